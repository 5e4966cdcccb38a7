/** Hostile pages: whatever a page puts in its error texts is read as plain text, never run or rendered. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Card } from '@/components/card/Card';
import { tipFor } from '@/lib/tips';
import { findingsFor } from './helpers';

const LOGIN = 'https://login.aliexpress.com/';
const page = (alert: string) => `<html><body><form><input id="fm-login-id"><input type="password"><div role="alert">${alert}</div></form></body></html>`;

describe('hostile error texts', () => {
  it('markup and scripts inside the error: evidence is its visible text only', async () => {
    const [f] = await findingsFor(page('<b>Your</b> password <script>window.pwned=1</script>is <img src=x onerror="window.pwned=1">incorrect'), LOGIN);
    expect(f).toMatchObject({ id: 'wrong-password', evidence: 'Your password is incorrect' });
  });

  it('escaped markup stays literal text', async () => {
    const [f] = await findingsFor(page('&lt;img src=x onerror=alert(1)&gt; Your password is incorrect'), LOGIN);
    expect(f?.evidence).toBe('<img src=x onerror=alert(1)> Your password is incorrect');
  });

  it('a 100 KB error text is no message (too long to be one): no finding, no crash', async () => {
    expect(await findingsFor(page(`Your password is incorrect ${'x'.repeat(100_000)}`), LOGIN)).toEqual([]);
  });

  it('zero-width and bidi controls do not hide a message, and are not kept in evidence', async () => {
    const [f] = await findingsFor(page('Your pass\u200Bword is in\u200Dcorrect\u202E'), LOGIN);
    expect(f).toMatchObject({ id: 'wrong-password', evidence: 'Your password is incorrect' });
  });

  it('look-alike letters (Cyrillic а): not read as the real word; an error box next to the form is still an error, quoted', async () => {
    const findings = await findingsFor(page('Your p\u0430ssword is incorrect'), LOGIN);
    expect(findings.map((f) => f.id)).toEqual(['page-error']);
    expect(findings[0]!.evidence).toBe('Your p\u0430ssword is incorrect');
  });

  it('a fake marker element is ordinary page content: its data-findings is never read as a finding', async () => {
    const html = page('Your password is incorrect').replace('<form>', '<login-rescue-tips data-findings="account-locked suspicious-activity"></login-rescue-tips><form>');
    expect((await findingsFor(html, LOGIN)).map((f) => f.id)).toEqual(['wrong-password']);
  });
});

describe('the card renders text, never HTML', () => {
  it('evidence from the page is not rendered; tip text is text', () => {
    const container = document.createElement('div');
    const finding = { id: 'wrong-password', site: 'aliexpress', severity: 'error', evidence: '<img src=x onerror=alert(1)>' } as const;
    const page = { controls: { 'forgot-password': '<b>Forgot?</b>' }, hints: ['<img src=y onerror=alert(2)>'], afterReset: false, address: 'https://login.aliexpress.com/', hasPasswordField: true };
    render(<Card shown={{ finding, tip: tipFor('aliexpress', 'wrong-password', 'ja') }} lang="ja" page={page} on={{}} />, container);
    expect(container.querySelector('img, b')).toBeNull();
    // The evidence is not shown at all; labels and hints taken from the page are shown as literal text.
    expect(container.textContent).not.toContain('alert(1)');
    expect(container.textContent).toContain('<img src=y onerror=alert(2)>');
    expect(container.textContent).toContain('「<b>Forgot?</b>」');
    expect(container.querySelector('h2')?.textContent).toBe(tipFor('aliexpress', 'wrong-password', 'ja').title);
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https:|tel:|mailto:)/);
  });
});
