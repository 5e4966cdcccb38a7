import { describe, expect, it } from 'vitest';
import type { Finding, SiteId } from '@/lib/findings';
import { pageWords, supportMessage, TEXTS, type JourneyEvent, type SupportContext } from '@/lib/background/support-message';

/** 19:17 in Tokyo, 11:17 in Paris. */
const at = new Date('2026-11-28T10:17:00Z');
const minute = 60_000;
/** Minutes before `at`. */
const ago = (minutes: number) => at.getTime() - minutes * minute;

const PAGE = { aliexpress: 'https://login.aliexpress.com/buyer.htm', amazon: 'https://www.amazon.co.jp/ap/signin', alibaba: 'https://login.1688.com/member/signin.htm' } as const;

function context(overrides: Partial<SupportContext> & { site: SiteId }): SupportContext {
  return { findings: [], pageUrl: PAGE[overrides.site], at, timeZone: 'Asia/Tokyo', browser: 'Google Chrome 142.0.7444.60', tried: [], ...overrides };
}

const finding = (site: SiteId, id: Finding['id'], evidence: string, severity: Finding['severity'] = 'error'): Finding => ({ id, site, severity, evidence });

/** The lines of the message between a heading and the next blank line. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

const HEADINGS = { ja: { seen: '【状況】', tried: '【これまでの経過】' }, en: { seen: 'What happens:', tried: 'What has happened so far:' }, zh: { seen: '【遇到的问题】', tried: '【处理经过】' } };

describe('support message: language by who answers, and where to send it', () => {
  it.each([
    ['aliexpress', 'https://login.aliexpress.com/buyer.htm', 'en', 'https://helppage.aliexpress.com/buyercenter/index.html', 'Hello,'],
    ['aliexpress', 'https://ja.aliexpress.com/p/login/index.html', 'en', 'https://helppage.aliexpress.com/buyercenter/index.html', 'Hello,'],
    ['aliexpress', null, 'en', 'https://helppage.aliexpress.com/buyercenter/index.html', 'Hello,'],
    ['amazon', 'https://www.amazon.co.jp/ap/signin', 'ja', 'https://www.amazon.co.jp/gp/help/customer/contact-us', 'お世話になっております。'],
    ['amazon', null, 'ja', 'https://www.amazon.co.jp/gp/help/customer/contact-us', 'お世話になっております。'],
    ['amazon', 'https://www.amazon.com/ap/signin', 'en', 'https://www.amazon.com/gp/help/customer/contact-us', 'Hello,'],
    // Each marketplace's own contact page, on that marketplace.
    ['amazon', 'https://www.amazon.de/ap/signin', 'en', 'https://www.amazon.de/gp/help/customer/contact-us', 'Hello,'],
    ['amazon', 'https://www.amazon.co.uk/ap/signin', 'en', 'https://www.amazon.co.uk/gp/help/customer/contact-us', 'Hello,'],
    ['amazon', 'https://www.amazon.com.au/ap/signin', 'en', 'https://www.amazon.com.au/gp/help/customer/contact-us', 'Hello,'],
    ['amazon', 'https://account-status.amazon.com/', 'en', 'https://www.amazon.com/gp/help/customer/contact-us', 'Hello,'],
    // 1688: no shopper help address is confirmed, so 1688 itself; Taobao: its shoppers' service, not the sellers'.
    ['alibaba', 'https://login.1688.com/member/signin.htm', 'zh', 'https://www.1688.com/', '您好'],
    ['alibaba', 'https://passport.1688.com/member/reg/fast_reg.htm', 'zh', 'https://www.1688.com/', '您好'],
    ['alibaba', 'https://login.taobao.com/member/login.jhtml', 'zh', 'https://consumerservice.taobao.com/', '您好'],
    // Alibaba.com's Help Center is English, for its Japanese UI too: the message is in the help desk's language.
    ['alibaba', 'https://japanese.alibaba.com/login.htm', 'en', 'https://service.alibaba.com/page/home', 'Hello,'],
    ['alibaba', null, 'en', 'https://service.alibaba.com/page/home', 'Hello,'],
    ['alibaba', 'https://passport.alibaba.com/icbu_login.htm', 'en', 'https://service.alibaba.com/page/home', 'Hello,'],
  ] as const)('%s %s → %s, contact %s', (site, pageUrl, lang, href, opening) => {
    const message = supportMessage(context({ site, pageUrl }));
    expect(message.lang).toBe(lang);
    expect(message.contact.href).toBe(href);
    expect(message.contact.label.length).toBeGreaterThan(0);
    expect(message.text.split('\n')[0]).toContain(opening);
  });
});

describe('support message: local time with its zone, never UTC alone', () => {
  it.each([
    ['amazon', 'Asia/Tokyo', at, '【日時】2026年11月28日 19:17（日本時間）'],
    ['aliexpress', 'Asia/Tokyo', at, 'Time: 2026-11-28 19:17 JST (UTC+9)'],
    ['alibaba', 'Asia/Tokyo', at, '【时间】2026年11月28日 19:17（日本时间，UTC+9）'],
    ['aliexpress', 'Europe/Paris', at, 'Time: 2026-11-28 11:17 CET (UTC+1)'],
    ['aliexpress', 'Europe/Paris', new Date('2026-07-01T10:00:00Z'), 'Time: 2026-07-01 12:00 CEST (UTC+2)'],
    ['amazon', 'Europe/Paris', at, '【日時】2026年11月28日 11:17（中央ヨーロッパ標準時、UTC+1）'],
    ['alibaba', 'Europe/Paris', at, '【时间】2026年11月28日 11:17（中欧标准时间，UTC+1）'],
    ['aliexpress', 'Asia/Kolkata', at, 'Time: 2026-11-28 15:47 UTC+5:30'],
    ['aliexpress', 'America/New_York', at, 'Time: 2026-11-28 05:17 EST (UTC-5)'],
    // An unknown zone falls back to UTC, said as such.
    ['aliexpress', 'Not/AZone', at, 'Time: 2026-11-28 10:17 UTC'],
  ] as const)('%s in %s', (site, timeZone, when, line) => {
    const { text } = supportMessage(context({ site, timeZone, at: when }));
    expect(text.split('\n')).toContain(line);
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });
});

describe("support message: what the page showed is the page's own words, apart from the situation's name", () => {
  it.each([
    // A Japanese page quoted as it was in an English message, with its meaning as the situation's name.
    // AliExpress's lock is its own word, not Amazon's hold.
    ['aliexpress', finding('aliexpress', 'account-locked', 'お客様のアカウントは一時的にロックされています'), ['- Account temporarily locked', '  The page said (in Japanese): "お客様のアカウントは一時的にロックされています"']],
    ['amazon', finding('amazon', 'account-locked', 'アカウントが保留されています'), ['・アカウントの保留・ロック', '　画面の表示：「アカウントが保留されています」']],
    ['aliexpress', finding('aliexpress', 'wrong-password', 'Your account name or password is incorrect.'), ['- Wrong password', '  The page said: "Your account name or password is incorrect."']],
    ['amazon', finding('amazon', 'wrong-password', 'パスワードが正しくありません'), ['・パスワードの誤り', '　画面の表示：「パスワードが正しくありません」']],
    ['amazon', finding('amazon', 'account-not-found', 'There was a problem We cannot find an account with that email address'), ['・アカウントが見つからない', '　画面の表示：「There was a problem We cannot find an account with that email address」']],
    ['amazon', finding('amazon', 'verification-code', 'The code you entered is not valid'), ['・確認コードが通らない', '　画面の表示：「The code you entered is not valid」']],
    ['alibaba', finding('alibaba', 'slider-stuck', '验证失败，请点击框体重试'), ['· 滑块验证一直通不过', '  页面提示：“验证失败，请点击框体重试”']],
    ['alibaba', finding('alibaba', 'account-locked', '您的账号已被冻结'), ['· 账号被冻结或限制', '  页面提示：“您的账号已被冻结”']],
    // A phone number the page showed is masked in the quote.
    ['amazon', finding('amazon', 'verification-code', '090-1234-5678 に確認コードを送信しました', 'info'), ['・確認コードの入力を求められる', '　画面の表示：「***-****-**78 に確認コードを送信しました」']],
    ['aliexpress', finding('aliexpress', 'verification-code', 'We sent a code to +81 90 1234 5678', 'info'), ['- Verification code requested', '  The page said: "We sent a code to +** ** **** **78"']],
  ] as const)('%s: %s', (site, f, lines) => {
    const message = supportMessage(context({ site, findings: [f] }));
    expect(section(message.text, HEADINGS[message.lang].seen)).toEqual(lines);
  });

  it.each([
    // Selectors, element names, keyboard states, paths and the extension's own notes are never quoted.
    ['aliexpress', finding('aliexpress', 'slider-stuck', 'slider-error'), '- The slider check fails', 'slider-error'],
    ['aliexpress', finding('aliexpress', 'slider-stuck', 'slide failed 2 times'), '- The slider check fails', 'slide failed'],
    ['aliexpress', finding('aliexpress', 'blank-login-page', 'login.aliexpress.com/: no form'), '- The sign-in page stays blank', 'no form'],
    ['aliexpress', finding('aliexpress', 'outdated-browser', 'Chrome 120 (3 versions behind 123)', 'warning'), '- My browser is out of date', 'versions behind'],
    ['amazon', finding('amazon', 'verification-code', 'amazon-otp-form', 'info'), '・確認コードの入力を求められる', 'amazon-otp-form'],
    ['amazon', finding('amazon', 'verification-code', 'one-time code field', 'info'), '・確認コードの入力を求められる', 'one-time code field'],
    ['amazon', finding('amazon', 'bot-check', '/errors/validateCaptcha', 'warning'), '・ロボット確認', 'validateCaptcha'],
    ['alibaba', finding('alibaba', 'bot-check', '/_____tmd_____/punish', 'warning'), '· 人机验证（验证码）', '_____tmd_____'],
    ['alibaba', finding('alibaba', 'bot-check', '#baxia-dialog-content', 'warning'), '· 人机验证（验证码）', 'baxia'],
  ] as const)('%s: %s is said by its situation only', (site, f, line, hidden) => {
    const message = supportMessage(context({ site, findings: [f] }));
    expect(section(message.text, HEADINGS[message.lang].seen)).toEqual([line]);
    expect(message.text).not.toContain(hidden);
  });

  it('the same situation twice is named once, with each distinct quote under it', () => {
    const { text } = supportMessage(
      context({
        site: 'aliexpress',
        findings: [
          finding('aliexpress', 'account-locked', 'Your account has been temporarily locked'),
          finding('aliexpress', 'account-locked', 'Your account has been temporarily locked'),
          finding('aliexpress', 'account-locked', 'アカウントがロックされています'),
        ],
      }),
    );
    expect(section(text, 'What happens:')).toEqual([
      '- Account temporarily locked',
      '  The page said: "Your account has been temporarily locked"',
      '  The page said (in Japanese): "アカウントがロックされています"',
    ]);
  });

  it.each([
    // The keyboard's state is context, said after what the page showed (here: nothing), never its evidence.
    ['aliexpress', finding('aliexpress', 'caps-lock-on', 'CapsLock', 'warning'), '- While typing, Caps Lock was on', 'CapsLock'],
    ['aliexpress', finding('aliexpress', 'full-width-input', 'input#fm-login-id', 'warning'), '- While typing, Japanese (full-width) input was on in a sign-in field', '#fm-login-id'],
    ['amazon', finding('amazon', 'num-lock-off', 'NumLock', 'warning'), '・テンキーで入力中、Num Lockがオフになっていました', 'NumLock'],
    ['alibaba', finding('alibaba', 'caps-lock-on', 'CapsLock', 'warning'), '· 输入时大写锁定（Caps Lock）是开着的', 'CapsLock'],
  ] as const)('%s: %s is context, after what the page showed', (site, f, line, hidden) => {
    const message = supportMessage(context({ site, findings: [f] }));
    expect(section(message.text, HEADINGS[message.lang].seen)).toEqual([`${TEXTS[message.lang].bullet}${TEXTS[message.lang].nothingShown}`, line]);
    expect(message.text).not.toContain(hidden);
  });

  it('the page said first; the keyboard state after it, as context', () => {
    const { text } = supportMessage(
      context({ site: 'aliexpress', findings: [finding('aliexpress', 'caps-lock-on', 'CapsLock', 'warning'), finding('aliexpress', 'wrong-password', 'Your account name or password is incorrect.')] }),
    );
    expect(section(text, 'What happens:')).toEqual(['- Wrong password', '  The page said: "Your account name or password is incorrect."', '- While typing, Caps Lock was on']);
    expect(text).not.toMatch(/Problem: .*Caps Lock/);
  });

  it('the keyboard state said beside the page is not said again under what was tried', () => {
    const { text } = supportMessage(
      context({ site: 'aliexpress', findings: [finding('aliexpress', 'caps-lock-on', 'CapsLock', 'warning')], tried: [{ at: ago(5), kind: 'seen', what: 'caps-lock-on' }, { at: ago(4), kind: 'seen', what: 'num-lock-off' }] }),
    );
    expect(section(text, 'What has happened so far:')).toEqual(['- 19:13 While typing on the number keypad, Num Lock was off']);
  });

  it('only the keyboard state: no error shown, then the context', () => {
    const { text } = supportMessage(context({ site: 'amazon', findings: [finding('amazon', 'caps-lock-on', 'CapsLock', 'warning')] }));
    expect(section(text, '【状況】')).toEqual(['・特定のエラーは表示されていません', '・入力中、Caps Lockがオンになっていました']);
  });

  it.each([
    ['amazon', '・特定のエラーは表示されていません'],
    ['aliexpress', '- No specific error message is shown'],
    ['alibaba', '· 页面没有显示具体的错误提示'],
  ] as const)('%s without findings says no error was shown', (site, line) => {
    const message = supportMessage(context({ site }));
    expect(section(message.text, HEADINGS[message.lang].seen)).toEqual([line]);
  });

  it('pageWords keeps page text and drops what is not', () => {
    expect(pageWords(finding('amazon', 'wrong-password', '  パスワードが\n正しくありません '))).toBe('パスワードが 正しくありません');
    expect(pageWords(finding('amazon', 'verification-code', 'form#auth-mfa-form'))).toBeNull();
    expect(pageWords(finding('amazon', 'field-error', ''))).toBeNull();
    expect(pageWords(finding('amazon', 'password-reset', '/ap/forgotpassword'))).toBeNull();
    expect(pageWords(finding('amazon', 'password-reset', 'パスワードアシスタント'))).toBe('パスワードアシスタント');
  });
});

describe('support message: what I tried, with local times', () => {
  const cases: Array<[string, SiteId, JourneyEvent[], string[], string?]> = [
    ['a ticked item, ja', 'amazon', [{ at: ago(15), kind: 'ticked', what: 'caps-lock' }], ['・19:02　Caps Lockがオフであることを確認しました']],
    ['a ticked item, en', 'aliexpress', [{ at: ago(15), kind: 'ticked', what: 'caps-lock' }], ['- 19:02 I checked that Caps Lock is off']],
    ['a ticked item, zh', 'alibaba', [{ at: ago(15), kind: 'ticked', what: 'browser-version' }], ['· 19:02 已确认浏览器是最新版本']],
    // What was looked at, never a conclusion that a quoted lock would contradict.
    ['the lock notice, en', 'aliexpress', [{ at: ago(15), kind: 'ticked', what: 'lock-notice' }], ['- 19:02 I checked the page for a lock, hold or restriction notice']],
    ['takeover signs, en', 'amazon', [{ at: ago(15), kind: 'ticked', what: 'takeover-signs' }], ['・19:02　覚えのないログインや端末の登録がないかどうかを確認しました']],
    ['an action item said as tried, not as done (cold read 20c, M2)', 'amazon', [{ at: ago(15), kind: 'ticked', what: 'password-reset' }], ['・19:02　パスワードの再設定を試しました']],
    ['the usual device and network, said as tried (cold read 20c, L8)', 'amazon', [{ at: ago(15), kind: 'ticked', what: 'device-network' }], ['・19:02　ふだん使っている端末と回線で、VPNを使わずに試しました']],
    [
      'reset, failed reset and undo, in time order',
      'aliexpress',
      [
        { at: ago(5), kind: 'undo', what: 'aliexpress' },
        { at: ago(12), kind: 'reset-failed', what: 'aliexpress' },
        { at: ago(10), kind: 'reset', what: 'aliexpress' },
      ],
      [
        "- 19:05 Tried to remove this site's cookies and stored data, but it did not complete",
        "- 19:07 Removed this site's cookies and stored data",
        '- 19:12 Restored the cookies I had removed',
      ],
    ],
    ['reset in Japanese', 'amazon', [{ at: ago(10), kind: 'reset', what: 'amazon' }], ['・19:07　このサイトのCookieと保存データを削除しました']],
    ['reset in Chinese', 'alibaba', [{ at: ago(10), kind: 'reset', what: 'alibaba' }], ['· 19:07 清除了本站的 Cookie 和网站数据']],
    ['a finding seen', 'aliexpress', [{ at: ago(20), kind: 'seen', what: 'wrong-password' }], ['- 18:57 Problem: Wrong password']],
    ['a finding seen, ja', 'amazon', [{ at: ago(20), kind: 'seen', what: 'account-locked' }], ['・18:57　状況：アカウントの保留・ロック']],
    // The keyboard's state is context, not the problem.
    ['Caps Lock seen, en', 'aliexpress', [{ at: ago(20), kind: 'seen', what: 'caps-lock-on' }], ['- 18:57 While typing, Caps Lock was on']],
    ['Num Lock seen, zh', 'alibaba', [{ at: ago(20), kind: 'seen', what: 'num-lock-off' }], ['· 18:57 用小键盘输入时数字锁定（Num Lock）没有打开']],
    [
      'a repeat counts once, at its latest time',
      'aliexpress',
      [
        { at: ago(30), kind: 'ticked', what: 'caps-lock' },
        { at: ago(10), kind: 'ticked', what: 'caps-lock' },
        { at: ago(20), kind: 'ticked', what: 'caps-lock' },
      ],
      ['- 19:07 I checked that Caps Lock is off'],
    ],
    [
      'reset, undo, reset again ends with the reset',
      'amazon',
      [
        { at: ago(30), kind: 'reset', what: 'amazon' },
        { at: ago(20), kind: 'undo', what: 'amazon' },
        { at: ago(10), kind: 'reset', what: 'amazon' },
      ],
      ['・18:57　削除したCookieを元に戻しました', '・19:07　このサイトのCookieと保存データを削除しました'],
    ],
    ['an unknown item or finding is left out (no internal ids)', 'aliexpress', [{ at: ago(5), kind: 'ticked', what: 'no-such-item' }, { at: ago(4), kind: 'seen', what: 'not-a-finding' }], ['- [fill in]'], 'no-such-item'],
    ['nothing tried: a placeholder (ja)', 'amazon', [], ['・[ここに記入]']],
    ['nothing tried: a placeholder (en)', 'aliexpress', [], ['- [fill in]']],
    ['nothing tried: a placeholder (zh)', 'alibaba', [], ['· [请填写]']],
  ];
  it.each(cases)('%s', (_name, site, tried, lines, hidden) => {
    const message = supportMessage(context({ site, tried }));
    expect(section(message.text, HEADINGS[message.lang].tried)).toEqual(lines);
    if (hidden) expect(message.text).not.toContain(hidden);
  });

  it('an event on an earlier local day carries its date (Europe/Paris)', () => {
    const { text } = supportMessage(
      context({ site: 'aliexpress', timeZone: 'Europe/Paris', tried: [{ at: Date.parse('2026-11-27T22:40:00Z'), kind: 'reset', what: 'aliexpress' }, { at: ago(2), kind: 'ticked', what: 'num-lock' }] }),
    );
    expect(section(text, 'What has happened so far:')).toEqual(["- 2026-11-27 23:40 Removed this site's cookies and stored data", '- 11:15 I checked that Num Lock is on for the number keypad']);
  });

  it('an event on an earlier local day carries its date (ja)', () => {
    const { text } = supportMessage(context({ site: 'amazon', tried: [{ at: Date.parse('2026-11-27T14:30:00Z'), kind: 'ticked', what: 'right-email' }] }));
    expect(section(text, '【これまでの経過】')).toEqual(['・11月27日 23:30　登録したメールアドレスで入力していることを確認しました']);
  });
});

describe('support message: safe to send', () => {
  it.each([
    ['aliexpress', 'https://login.aliexpress.com/buyer.htm?token=SECRET&email=taro%40example.jp#frag', 'Page: https://login.aliexpress.com/buyer.htm'],
    ['amazon', 'https://www.amazon.co.jp/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.co.jp&email=taro@example.jp&SECRET=1', '【ページ】https://www.amazon.co.jp/ap/signin'],
    ['alibaba', 'https://login.1688.com/member/signin.htm?redirectURL=SECRET', '【页面】https://login.1688.com/member/signin.htm'],
    ['amazon', 'https://www.amazon.co.jp/ap/cvf/taro@example.jp?SECRET', '【ページ】https://www.amazon.co.jp/'],
    ['amazon', 'not a url SECRET', '【ページ】-'],
    ['amazon', 'javascript:SECRET', '【ページ】-'],
  ] as const)('%s: %s → origin and path only', (site, pageUrl, line) => {
    const { text } = supportMessage(context({ site, pageUrl }));
    expect(text.split('\n')).toContain(line);
    expect(text).not.toContain('SECRET');
    expect(text).not.toMatch(/https?:\/\/\S*[?#]/);
    expect(text).not.toContain('example.jp');
  });

  it.each([
    // On Amazon the account is its email address or mobile number.
    ['amazon', '【アカウントのメールアドレスまたは携帯電話番号】[ここに記入]', '【最近の注文番号】[ここに記入]'],
    ['aliexpress', 'Account email or ID: [fill in]', 'A recent order number: [fill in]'],
    ['alibaba', '【账号（会员名或手机号）】[请填写]', '【最近的订单号】[请填写]'],
  ] as const)('%s: placeholders for the account and a recent order', (site, account, order) => {
    const lines = supportMessage(context({ site })).text.split('\n');
    expect(lines).toContain(account);
    expect(lines).toContain(order);
  });

  it.each([
    ['aliexpress', 'We sent a code to t***@gmail.com', '"We sent a code to [email]"'],
    ['amazon', 'taro.yamada@example.jp のパスワードが正しくありません', '「[メールアドレス] のパスワードが正しくありません」'],
  ] as const)('%s: an email address in the page words is left out', (site, evidence, quote) => {
    const { text } = supportMessage(context({ site, findings: [finding(site, 'verification-code', evidence, 'info')] }));
    expect(text).toContain(quote);
    expect(text).not.toMatch(/@/);
  });

  it('no password, cookie or ISO/UTC-only time appears', () => {
    const { text } = supportMessage(context({ site: 'aliexpress', findings: [finding('aliexpress', 'wrong-password', 'Password is incorrect')], tried: [{ at: ago(3), kind: 'reset', what: 'aliexpress' }] }));
    expect(text.toLowerCase()).not.toMatch(/password:|cookie:|set-cookie|\d{4}-\d\d-\d\dt/);
  });
});
