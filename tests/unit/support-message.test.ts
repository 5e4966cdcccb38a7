import { describe, expect, it } from 'vitest';
import { supportMessage } from '@/lib/background/support-message';

const at = new Date('2026-11-22T05:00:00Z');

describe('support message', () => {
  it('AliExpress: English (its chat is English only), with finding, page without query, time, browser', () => {
    const { lang, text } = supportMessage({
      site: 'aliexpress',
      findings: [{ id: 'account-locked', site: 'aliexpress', severity: 'error', evidence: 'Your account has been temporarily locked' }],
      pageUrl: 'https://login.aliexpress.com/buyer.htm?token=SECRET&email=a@b.c',
      at,
      browser: 'Google Chrome 158.0.1',
    });
    expect(lang).toBe('en');
    expect(text).toContain('https://login.aliexpress.com/buyer.htm');
    expect(text).not.toContain('SECRET');
    expect(text).toContain('Your account has been temporarily locked');
    expect(text).toContain('2026-11-22T05:00:00.000Z');
    expect(text).toContain('Google Chrome 158.0.1');
    expect(text).toMatch(/\[fill in\]/);
    expect(text.toLowerCase()).not.toContain('password:');
  });

  it('Amazon: Japanese for amazon.co.jp, English for another marketplace', () => {
    const lang = (pageUrl: string) => supportMessage({ site: 'amazon', findings: [], pageUrl, at, browser: 'x' }).lang;
    expect(lang('https://www.amazon.co.jp/ap/signin')).toBe('ja');
    expect(lang('https://www.amazon.com/ap/signin')).toBe('en');
  });

  it.each(['amazon', 'alibaba'] as const)('%s: Japanese, with placeholders', (site) => {
    const { lang, text } = supportMessage({ site, findings: [], pageUrl: null, at, browser: 'Firefox 160' });
    expect(lang).toBe('ja');
    expect(text).toContain('[ここに記入]');
    expect(text).toContain('特定のエラーは表示されていません');
  });
});
