/** Property-based: random and adversarial DOM trees never make a detector throw, hang or answer twice
 *  differently, and findings stay well-formed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS } from '@/lib/findings';
import { findingsFor } from './helpers';

const TAGS = ['div', 'span', 'p', 'form', 'h1', 'h4', 'li', 'ul', 'section', 'dialog', 'center', 'i', 'a', 'b', 'noscript', 'template', 'script', 'style'];
const CLASSES = ['', 'error', 'a-alert', 'a-alert-content', 'aok-hidden', 'hidden', 'nc-container', 'nc_wrapper', 'errloading', 'nc-lang-cnt', 'login-dialog', 'fm-error', 'baxia-dialog', 'auth-inlined-error-message', 'warn', 'review'];
const IDS = ['', 'nc_1_n1z', 'nc_2_wrapper', 'auth-error-message-box', 'fm-login-id', 'baxia-punish', 'challenge-container', 'intent-confirmation-form', 'captchacharacters', 'nocaptcha'];
const TEXTS = [
  'パスワードが正しくありません', 'Your password is incorrect', '账号名或登录密码不正确', 'アカウントは一時的にロックされています', '账号已被冻结',
  'Sorry, we have detected unusual traffic from your network.', '验证失败，点击框体重试', 'Net Err. Please refresh, or feedback', 'このEメールアドレスを持つアカウントが見つかりません',
  'already registered', '请输入手机号', 'verify your email', '<img src=x onerror=alert(1)>', '\u202Eevil\u202C', '\u200B', 'a'.repeat(5000),
];
const STYLES = ['', 'display:none', 'visibility:hidden', 'display:block', 'color:red'];
const INPUTS = ['password', 'text', 'email', 'tel', 'hidden', 'checkbox'];
const URLS = [
  'https://login.aliexpress.com/', 'https://www.aliexpress.com/item/1.html', 'https://www.amazon.co.jp/ap/signin', 'https://www.amazon.co.jp/dp/B0',
  'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=1', 'https://login.1688.com/', 'https://www.amazon.co.jp/errors/validateCaptcha', 'https://example.com/',
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const attrs = fc.record({ cls: fc.constantFrom(...CLASSES), id: fc.constantFrom(...IDS), style: fc.constantFrom(...STYLES), role: fc.constantFrom('', 'alert', 'dialog'), hidden: fc.boolean() });
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ unit: 'binary', maxLength: 40 }));

const tree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(escape),
    fc.tuple(fc.constantFrom(...INPUTS), fc.constantFrom(...IDS), fc.string({ maxLength: 10 })).map(([type, id, value]) => `<input type="${type}" id="${id}" value="${escape(value).replace(/"/g, '')}">`),
    fc.tuple(fc.constantFrom(...TAGS), attrs, fc.array(tie('node'), { maxLength: 5 })).map(
      ([tag, a, children]) =>
        `<${tag} class="${a.cls}" id="${a.id}" style="${a.style}"${a.role ? ` role="${a.role}"` : ''}${a.hidden ? ' hidden' : ''}>${children.join('')}</${tag}>`,
    ),
  ),
}));

describe('fuzzing the detectors', () => {
  it('random pages: no exception, no hang, same answer twice, well-formed findings', async () => {
    await fc.assert(
      fc.asyncProperty(tree.node, fc.constantFrom(...URLS), async (body, url) => {
        const html = `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
        const errors: string[] = [];
        const started = performance.now();
        const first = await findingsFor(html, url, { onDetectorError: (id, e) => errors.push(`${id}: ${String(e)}`) });
        // A hang guard, not a benchmark: catastrophic backtracking would take far longer than this.
        expect(performance.now() - started).toBeLessThan(5000);
        expect(errors).toEqual([]);
        expect(await findingsFor(html, url)).toEqual(first);
        for (const f of first) {
          expect(FINDING_IDS).toContain(f.id);
          expect(f.evidence.length).toBeLessThanOrEqual(200);
          expect(f.evidence).not.toMatch(/[\u200B\u202E]/);
        }
        expect(new Set(first.map((f) => f.id)).size).toBe(first.length);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
