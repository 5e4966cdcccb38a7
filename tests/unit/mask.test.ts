/**
 * Masking on NFKC-folded text (issue 17): full-width addresses and digits, dotted, spaced and hyphenated
 * phone numbers are masked in the evidence and in the support message's quotes; everything else the page
 * said keeps its own characters.
 */
import { describe, expect, it } from 'vitest';
import { supportMessage } from '@/lib/background/support-message';
import { toEvidence } from '@/lib/detection/text';
import type { Finding } from '@/lib/findings';
import { maskPersonal } from '@/lib/mask';

const CASES: Array<[label: string, page: string, evidence: string]> = [
  ['full-width address', 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ にコードを送りました', 't***@example.com にコードを送りました'],
  ['half-width address', 'taro.yamada@example.jp のパスワードが正しくありません', 't***@example.jp のパスワードが正しくありません'],
  ['full-width digits, full-width hyphens', '０９０－１２３４－５６７８ に SMS を送信しました', '***-****-**78 に SMS を送信しました'],
  ['dotted', 'Code sent to 090.1234.5678', 'Code sent to ***.****.**78'],
  ['spaced', 'Code sent to 090 1234 5678', 'Code sent to *** **** **78'],
  ['hyphenated', '携帯電話 090-1234-5678 に送信', '携帯電話 ***-****-**78 に送信'],
  ['long-vowel mark as a dash, full-width', '０９０ー１２３４ー５６７８', '***ー****ー**78'],
  ['with a country code and parentheses', '+81 (90) 1234-5678', '+** (**) ****-**78'],
  ['beside a date, not through it', '2026-12-07 090-1234-5678 に送信', '2026-12-07 ***-****-**78 に送信'],
];

const KEPT = ['エラー 404。5分後にもう一度お試しください。', 'パスワードが正しくありません（半角英数字）', '２段階認証の確認コードを入力', 'Try again in 24 hours.', '2026/12/07 14:30', '2026-12-07 に送信しました', 'Google Chrome 120.0.6099.109 (3 versions behind 123)', 'Firefox 153.8.0esr'];

describe('masking on NFKC-folded text', () => {
  it.each(CASES)('evidence: %s', (_label, page, evidence) => {
    expect(toEvidence(page)).toBe(evidence);
  });

  it.each(KEPT)('the page\'s own words stay as they are: %s', (page) => {
    expect(toEvidence(page)).toBe(page);
    expect(maskPersonal(page, () => '[email]')).toBe(page);
  });

  it('what is around a masked part keeps its own characters (full-width stays full-width)', () => {
    expect(maskPersonal('ＩＤ：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ（未確認）')).toBe('ＩＤ：t***@example.com（未確認）');
  });

  it.each(CASES)('support message: %s never leaves in a quote', (_label, page) => {
    const finding: Finding = { id: 'verification-code', site: 'amazon', severity: 'info', evidence: page };
    const { text } = supportMessage({ site: 'amazon', findings: [finding], pageUrl: 'https://www.amazon.co.jp/ap/signin', at: new Date('2026-11-28T10:17:00Z'), timeZone: 'Asia/Tokyo', browser: 'Chrome 142', tried: [] });
    const folded = text.normalize('NFKC');
    expect(folded).not.toMatch(/@|1234|5678|taro/);
    expect(folded).not.toMatch(/\d{3,}[\s.\-ー]\d{3,}/);
  });
});
