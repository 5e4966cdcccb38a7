/** The lexicon is data people edit: each term must compile, each concept speak the three main languages,
 *  and each concept be asked for by the rules (no dead words). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON, type Concept } from '@/lib/detection/lexicon';
import { sentences } from '@/lib/detection/meaning';
import { foldText } from '@/lib/detection/text';

const CONCEPTS = Object.keys(LEXICON) as Concept[];
/** Concepts that only some languages need: Amazon's "you're new here" page has no Chinese. */
const NOT_IN_EVERY_LANGUAGE = new Set<Concept>(['new-customer']);
const RULES = ['lib/detection/meaning.ts', ...readdirSync('lib/detection/rules').map((f) => `lib/detection/rules/${f}`)].map((f) => readFileSync(f, 'utf8')).join('\n');

describe('lexicon', () => {
  it.each(CONCEPTS)('%s: every language\'s terms compile on their own', (concept) => {
    for (const terms of Object.values(LEXICON[concept])) {
      expect(() => new RegExp(terms!, 'u')).not.toThrow();
      // An empty alternative would match everything.
      expect(terms!.split('|').every((term) => term.length > 0)).toBe(true);
    }
  });

  it.each(CONCEPTS.filter((c) => !NOT_IN_EVERY_LANGUAGE.has(c)))('%s speaks Japanese, English and Chinese', (concept) => {
    expect(Object.keys(LEXICON[concept])).toEqual(expect.arrayContaining(['ja', 'en', 'zh']));
  });

  it.each(CONCEPTS)('%s is asked for by a rule', (concept) => {
    expect(RULES).toContain(`'${concept}'`);
  });
});

describe('sentences', () => {
  const judged = (text: string) => sentences(text, foldText).map((s) => s.text);

  it.each([
    ['an error and a question', 'Your password is incorrect. Forgot your password?', ['Your password is incorrect.', 'Forgot your password?']],
    ['Japanese full stops', 'パスワードが正しくありません。もう一度お試しください。', ['パスワードが正しくありません。', 'もう一度お試しください。']],
    ['no split inside an address or a number', 'Sent to k.mori@example.jp at 10.30 today', ['Sent to k.mori@example.jp at 10.30 today']],
  ])('%s', (_label, text, expected) => {
    expect(judged(text)).toEqual(expected);
  });

  it.each([
    ['a rule ("will be locked after 5 tries")', 'Your account will be locked after 5 failed attempts', 'locked', false],
    ['a condition in its own clause is left out, the state kept', '你输入的密码和账户名不匹配，如果你近期修改过密码，请使用新密码登录', 'wrong', true],
    ['a Japanese rule (「…とロックされます」)', 'パスワードを5回間違えるとアカウントがロックされます', 'locked', false],
    ['a purpose clause ("To protect your account, …")', 'To protect your account from unauthorized access, we may ask for a code.', 'suspicious', false],
    ['caps lock is no lock', 'キャップスロックがオンになっています', 'locked', false],
    ['a zip code is no one-time code', 'Zip code is invalid', 'code', false],
    // Blind set 8: a violation of the terms is why a state was set (a fact), not a rule that may apply.
    ['a state set for a violation of the terms (ja) is stated', 'お客様のアカウントは、利用規約に違反する行為が確認されたため凍結されました。', 'locked', true],
    ['a state set for violating the terms (en) is stated', 'Your account has been suspended for violating our Terms of Use.', 'restricted', true],
    ['the terms as a rule still state nothing (ja)', '利用規約に基づき、アカウントを停止することがあります。', 'restricted', false],
    ['a policy as a rule still states nothing (en)', 'Accounts may be suspended under our policy.', 'restricted', false],
    // Blind set 10: a settings page's status badge 「登録済み」 beside a phone number states no refusal.
    ['a status badge 「登録済み」 is no "already registered"', '電話番号 +81 80****5678 登録済み', 'already-registered', false],
    ['「このメールアドレスは登録済みです」 is already registered', 'このメールアドレスは登録済みです。', 'already-registered', true],
    // English is read on every page: another language's coupon code is no one-time code either.
    ['a French promo code is no one-time code', "Le code promo n'est pas valide.", 'code', false],
    ['a Russian discount code is no one-time code', 'Код скидки недействителен', 'code', false],
    // Blind set 8: Taobao's restriction the owner lifts with the bound phone (自助解除限制) is a lock they can lift.
    ['「自助解除限制」 offers an unlock', '您可以通过已绑定的手机号自助解除限制。', 'unlock', true],
    // Blind set 7: Amazon's 「通常とは異なる」 (with は) is unusual activity.
    ['「通常とは異なるサインイン」 is suspicious activity', 'お客様のアカウントで、通常とは異なるサインインのアクティビティが検出されました。', 'suspicious', true],
    // Blind set 9: a freeze for a violation of the rules is lifted by an appeal to support, not by the user.
    ['a freeze for a violation (ja) is restricted', 'お客様のアカウントは、利用規約に違反する行為が確認されたため凍結されています。', 'restricted', true],
    ['a freeze for a violation (zh) is restricted', '您的账号存在违规行为已冻结，如有疑问请联系客服。', 'restricted', true],
    ['a suspension for violating the terms (en) is restricted', 'Your account has been suspended for violating our Terms of Use.', 'restricted', true],
    // Blind set 23: the clause after a condition is its consequence, a rule.
    ['「…失敗すると、アカウントは…ロックされます」 is a rule', 'セキュリティ保護のため、5回連続でサインインに失敗すると、アカウントは30分間一時的にロックされます。', 'locked', false],
    ['"If you fail 5 times, your account is locked" is a rule', 'If you fail to sign in 5 times, your account is locked for 30 minutes.', 'locked', false],
    ['a reason, not a condition, keeps the state', 'パスワードを5回間違えたため、アカウントは一時的にロックされました。', 'locked', true],
    // Blind set 8: AliExpress's banner asks to finish confirming the address.
    ['「確認を完了してください」 is an email not yet confirmed', 'メール内のリンクから確認を完了してください。', 'unverified', true],
  ] as const)('%s', (_label, text, concept, expected) => {
    expect(sentences(text, foldText)[0]!.has(concept)).toBe(expected);
  });
});
