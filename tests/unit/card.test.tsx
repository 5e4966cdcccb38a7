/** The card as a user meets it: its title, why, at most three steps, and buttons that do what they say
 *  (design §9 hooks). Every situation, every site, both languages. */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Card, runPrimary, type CardHandlers, type CardPage } from '@/components/card/Card';
import { Panel } from '@/components/card/Panel';
import { CARD_STRINGS } from '@/components/card/strings';
import { FINDING_IDS, SITE_IDS, type FindingId, type Lang, type SiteId } from '@/lib/findings';
import { tipFor, tipOnPage } from '@/lib/tips';
import { resetConsequences } from '@/lib/reset-consequences';

const PAGE: CardPage = { controls: {}, hints: [], afterReset: false, address: 'https://login.aliexpress.com/', hasPasswordField: true };
const flush = () => new Promise((done) => setTimeout(done, 0));

function show(site: SiteId, id: FindingId, lang: Lang, on: CardHandlers = {}, page: Partial<CardPage> = {}) {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  render(<Card shown={{ finding: { id, site, severity: 'error', evidence: 'x' }, tip: tipFor(site, id, lang) }} lang={lang} page={{ ...PAGE, ...page }} on={on} />, container);
  const press = async (action: string) => {
    container.querySelector<HTMLElement>(`[data-action="${action}"]`)!.click();
    await flush();
  };
  return { card: container.querySelector(`[data-finding="${id}"]`)!, container, press };
}

const EVERY = SITE_IDS.flatMap((site) => FINDING_IDS.flatMap((id) => (['ja', 'en'] as const).map((lang) => [site, id, lang] as const)));

describe('every card', () => {
  it.each(EVERY)('%s %s (%s): a title, one line of why, one to three steps, nothing unfilled', (site, id, lang) => {
    const { card } = show(site, id, lang, { copySupport: async () => true, openPopup: () => undefined });
    expect(card.querySelector('h2')!.textContent!.length).toBeGreaterThan(0);
    expect(card.querySelector('.why')!.textContent!.length).toBeGreaterThan(0);
    const steps = card.querySelectorAll('.steps > li');
    expect(steps.length).toBeGreaterThanOrEqual(1);
    expect(steps.length).toBeLessThanOrEqual(3);
    expect(card.textContent).not.toContain('%s');
    expect(card.querySelector('[data-action="copy-support"]')).not.toBeNull();
    expect(card.querySelector('[data-action="open-popup"]')).not.toBeNull();
    const link = card.querySelector<HTMLAnchorElement>('[data-action="site-page"]');
    if (link) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
  });
});

describe('the reset in the card', () => {
  const reset = (['ja', 'en'] as const).map((lang) => [lang] as const);
  it.each(reset)('(%s) asks in the card naming the site in words, says the result in one line, offers undo and reload', async (lang) => {
    const t = CARD_STRINGS[lang];
    const on: CardHandlers = {
      reset: vi.fn(async () => ({ ok: true as const, cookies: 12, storageCleared: true, undoUntil: Date.now() + 60_000 })),
      undo: vi.fn(async () => ({ restored: 12, failed: 0 })),
      reload: vi.fn(),
    };
    const { card, press } = show('aliexpress', 'blank-login-page', lang, on);
    expect(card.querySelector('[data-action="reset"]')!.textContent).toContain(lang === 'ja' ? 'リセット' : 'Reset');
    await press('reset');
    // The words of lib/reset-consequences.ts: what is lost on this site, and what undo brings back.
    const c = resetConsequences('aliexpress', lang, 'login.aliexpress.com');
    expect([...card.querySelectorAll('.confirm .lose li')].map((li) => li.textContent)).toEqual(c.lose);
    expect(card.querySelector('.confirm .undo-note')!.textContent).toBe(c.undo);
    expect(card.querySelector('.confirm')!.textContent).toContain(c.lead);
    expect(card.querySelector('.confirm')!.textContent).not.toMatch(/aliexpress\.(com|us|ru)/);
    expect(on.reset).not.toHaveBeenCalled();
    await press('confirm-reset');
    expect(on.reset).toHaveBeenCalledOnce();
    expect(card.querySelector('.result')!.textContent).toContain(t.resetDone(12, true));
    await press('reload');
    expect(on.reload).toHaveBeenCalledOnce();
    await press('undo');
    expect(card.querySelector('.result')!.textContent).toContain(t.undone(12));
  });

  it('on amazon.com: the confirmation names Amazon.com and AWS (the page\'s host), not a generic site', async () => {
    const { card, press } = show('amazon', 'blank-login-page', 'en', { reset: async () => ({ ok: false }) }, { address: 'https://www.amazon.com/ap/signin' });
    await press('reset');
    expect(card.querySelector('.confirm')!.textContent).toContain('You will be signed out of Amazon.com.');
    expect(card.querySelector('.confirm')!.textContent).toContain('AWS');
  });

  it('a failed reset says so and where to go next', async () => {
    const { card, press } = show('amazon', 'blank-login-page', 'ja', { reset: async () => ({ ok: false }) });
    await press('reset');
    await press('confirm-reset');
    expect(card.textContent).toContain(CARD_STRINGS.ja.resetFailed);
  });

  it('cancel asks nothing of the background', async () => {
    const on = { reset: vi.fn() };
    const { card, press } = show('aliexpress', 'blank-login-page', 'en', on);
    await press('reset');
    await press('cancel-reset');
    expect(on.reset).not.toHaveBeenCalled();
    expect(card.querySelector('[data-action="reset"]')).not.toBeNull();
  });
});

describe("the page's own controls in the steps", () => {
  const withControl = SITE_IDS.flatMap((site) =>
    FINDING_IDS.flatMap((id) => tipFor(site, id, 'ja').steps.flatMap((step) => (step.control ? [[site, id, step.control.kind] as const] : []))),
  );
  it('some card points at a control of the page', () => expect(withControl.length).toBeGreaterThan(0));

  it.each(withControl)('%s %s: quotes the label as the page shows it and offers 「ここ」', async (site, id, kind) => {
    const locate = vi.fn();
    const { card, press } = show(site, id, 'ja', { locate }, { controls: { [kind]: 'ページの表示どおりのラベル' } });
    expect(card.querySelector('.steps')!.textContent).toContain('「ページの表示どおりのラベル」');
    await press('locate');
    expect(locate).toHaveBeenCalledWith(kind);
  });

  it.each(withControl)('%s %s: without the control on the page, the usual label (or the step without it) and no 「ここ」', (site, id, kind) => {
    const { card } = show(site, id, 'ja', { locate: () => undefined });
    const step = tipFor(site, id, 'ja').steps.find((s) => s.control?.kind === kind)!;
    expect(card.querySelector('.steps')!.textContent).toContain(step.control!.label === undefined ? step.otherwise! : `「${step.control!.label}」`);
    expect(card.querySelector('[data-action="locate"]')).toBeNull();
  });
});

describe('a control found without a short label of its own', () => {
  it("AliExpress's slider: the whole error message is the retry button; the step is said without quoting it, and 「ここ」 points at it", async () => {
    const locate = vi.fn();
    const { card, press } = show('aliexpress', 'slider-stuck', 'ja', { locate }, { controls: { 'slider-refresh': '' } });
    const step = tipFor('aliexpress', 'slider-stuck', 'ja').steps[0]!;
    expect(card.querySelector('.steps > li')!.textContent).toContain(step.otherwise!);
    await press('locate');
    expect(locate).toHaveBeenCalledWith('slider-refresh');
  });
});

describe('help with what was typed', () => {
  it('full-width text: 「半角に直す」 only on click, and says what it did', async () => {
    const fixWidth = vi.fn(() => true);
    const { card, press } = show('amazon', 'full-width-input', 'ja', { fixWidth });
    expect(fixWidth).not.toHaveBeenCalled();
    expect(card.querySelector('[data-action="fix-width"]')!.textContent).toBe('半角に直す');
    await press('fix-width');
    expect(fixWidth).toHaveBeenCalledOnce();
    expect(card.textContent).toContain(CARD_STRINGS.ja.fixedWidth);
  });

  it('live hints (the +81 number, a mail slip) are shown in the card', () => {
    const hint = CARD_STRINGS.ja.phoneHint('9012345678');
    const { card } = show('aliexpress', 'verification-code', 'ja', {}, { hints: [hint] });
    expect(card.querySelector('.hint')!.textContent).toBe('国番号で「+81」を選んだ場合は、先頭の0を除いて9012345678と入力します。');
  });

  it('a blank page after a reset: the next step is another browser, with the address to copy', async () => {
    const copyText = vi.fn(async () => true);
    const { card, press } = show('aliexpress', 'blank-login-page', 'ja', { copyText }, { afterReset: true });
    expect(card.querySelector('.steps')!.textContent).toContain(CARD_STRINGS.ja.otherBrowser);
    await press('copy-address');
    expect(copyText).toHaveBeenCalledWith('https://login.aliexpress.com/');
    expect(card.textContent).toContain(CARD_STRINGS.ja.addressCopied);
  });

  it("Amazon's robot check without a password field: no step asks to type the password", () => {
    const withField = show('amazon', 'bot-check', 'ja').card.querySelectorAll('.steps > li').length;
    const { card } = show('amazon', 'bot-check', 'ja', {}, { hasPasswordField: false });
    expect(card.querySelectorAll('.steps > li').length).toBe(withField - 1);
    expect(card.querySelector('.steps')!.textContent).not.toContain('パスワード');
  });

  it('copying the support message says where to paste it, or that it failed', async () => {
    const { card, press } = show('amazon', 'account-locked', 'en', { copySupport: async () => false });
    await press('copy-support');
    expect(card.textContent).toContain(CARD_STRINGS.en.copyFailed);
  });
});

describe("a situation for the site's support links the tab's own marketplace", () => {
  it.each([
    ['amazon', 'account-not-found', 'https://www.amazon.co.jp/ap/signin', 'https://www.amazon.co.jp/gp/help/customer/contact-us'],
    ['amazon', 'account-not-found', 'https://www.amazon.com/ap/signin', 'https://www.amazon.com/gp/help/customer/contact-us'],
    ['amazon', 'account-not-found', 'https://www.amazon.de/ap/signin', 'https://www.amazon.de/gp/help/customer/contact-us'],
    ['alibaba', 'account-locked', 'https://login.1688.com/member/signin.htm', 'https://www.1688.com/'],
    ['alibaba', 'account-locked', 'https://login.taobao.com/member/login.jhtml', 'https://consumerservice.taobao.com/'],
    ['alibaba', 'account-locked', 'https://passport.alibaba.com/icbu_login.htm', 'https://service.alibaba.com/page/home'],
    ['aliexpress', 'suspicious-activity', 'https://login.aliexpress.com/', 'https://helppage.aliexpress.com/buyercenter/index.html'],
  ] as const)('%s %s on %s → %s', (site, id, url, href) => {
    expect(tipOnPage(site, id, 'ja', url).sitePage?.href).toBe(href);
  });
});

describe("no phone number on any Amazon marketplace; the details' contact page is the tab's marketplace's", () => {
  it.each(FINDING_IDS)('%s', (id) => {
    for (const [url, domain] of [['https://www.amazon.com/ap/signin', 'amazon.com'], ['https://www.amazon.de/ap/signin', 'amazon.de'], ['https://www.amazon.co.jp/ap/signin', 'amazon.co.jp']] as const) {
      const contacts = tipOnPage('amazon', id, 'ja', url).contacts ?? [];
      expect(contacts.filter((c) => c.href.startsWith('tel:'))).toEqual([]);
      for (const c of contacts.filter((c) => c.href.includes('/gp/help/customer/contact-us'))) expect(new URL(c.href).hostname).toBe(`www.${domain}`);
    }
    expect((tipFor('amazon', id, 'ja').contacts ?? []).filter((c) => c.href.startsWith('tel:'))).toEqual([]);
  });
});

describe('destructive actions need the card really visible (the page frame asks IntersectionObserver v2)', () => {
  const on = (visible: boolean) => ({
    reset: vi.fn(async () => ({ ok: true as const, cookies: 3, storageCleared: true, undoUntil: Date.now() + 60_000 })),
    undo: vi.fn(async () => ({ restored: 3, failed: 0 })),
    close: vi.fn(),
    visible: () => visible,
  });

  it('while it is not visible: reset asks nothing, close does nothing, and the card says why', async () => {
    const handlers = on(false);
    const { card, press } = show('aliexpress', 'blank-login-page', 'en', handlers);
    await press('reset');
    expect(card.querySelector('.confirm')).toBeNull();
    expect(card.querySelector('.note')!.textContent).toBe(CARD_STRINGS.en.notVisible);
    await press('close');
    expect(handlers.close).not.toHaveBeenCalled();
  });

  it('a card that turns invisible between reset and confirm-reset does not reset, nor undo', async () => {
    let visible = true;
    const handlers = { ...on(true), visible: () => visible };
    const { card, press } = show('aliexpress', 'blank-login-page', 'en', handlers);
    await press('reset');
    visible = false;
    await press('confirm-reset');
    expect(handlers.reset).not.toHaveBeenCalled();
    visible = true;
    await press('confirm-reset');
    expect(handlers.reset).toHaveBeenCalledOnce();
    visible = false;
    await press('undo');
    expect(handlers.undo).not.toHaveBeenCalled();
    expect(card.querySelector('.note')!.textContent).toBe(CARD_STRINGS.en.notVisible);
  });

  it('where the browser cannot tell (Firefox): reset, undo and close go to the popup instead', async () => {
    const confirmElsewhere = vi.fn();
    const handlers = { ...on(true), visible: undefined, confirmElsewhere };
    const { card, press } = show('aliexpress', 'blank-login-page', 'en', handlers);
    await press('reset');
    await press('close');
    expect(confirmElsewhere.mock.calls).toEqual([['reset'], ['close']]);
    expect(card.querySelector('.confirm')).toBeNull();
    expect(handlers.reset).not.toHaveBeenCalled();
    expect(handlers.close).not.toHaveBeenCalled();
  });
});

describe('the support message where the browser refuses to copy', () => {
  it('is shown in the card to select, as text', async () => {
    const { card, press } = show('amazon', 'account-locked', 'en', { copySupport: async () => ({ text: 'Hello <b>support</b>' }) });
    await press('copy-support');
    expect(card.querySelector('.note')!.textContent).toBe(CARD_STRINGS.en.copyByHand);
    expect(card.querySelector<HTMLTextAreaElement>('[data-action="support-text"]')!.value).toBe('Hello <b>support</b>');
    expect(card.querySelector('b')).toBeNull();
  });
});

describe("the narrow pill's primary button: the card's runner, and it says what happened", () => {
  const tip = { finding: { id: 'account-locked' as const, site: 'aliexpress' as const, severity: 'error' as const, evidence: 'x' }, tip: tipOnPage('aliexpress', 'account-locked', 'ja', PAGE.address) };
  function pill(on: CardHandlers) {
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const page = { ...PAGE, controls: { 'verify-identity': '本人確認' } };
    render(<Panel tips={[tip]} lang="ja" page={page} dock={{ corner: 'bottom-right', pill: true }} handlersFor={() => on} onExpand={() => undefined} onCollapse={() => undefined} narrow />, container);
    return container;
  }

  it.each([
    [true, CARD_STRINGS.ja.pressed],
    [false, CARD_STRINGS.ja.notPressed],
  ])('press answered %s: the pill says %s', async (found, line) => {
    const press = vi.fn(async () => found);
    const container = pill({ press });
    container.querySelector<HTMLElement>('[data-primary][data-action="press"]')!.click();
    await flush();
    expect(press).toHaveBeenCalledWith('verify-identity');
    expect(container.querySelector('.pill [role="status"].note')!.textContent).toBe(line);
  });

  it('a press that throws is said as not done, not dropped', async () => {
    const container = pill({ press: async () => Promise.reject(new Error('gone')) });
    container.querySelector<HTMLElement>('[data-primary]')!.click();
    await flush();
    expect(container.querySelector('.pill .note')!.textContent).toBe(CARD_STRINGS.ja.notPressed);
  });

  it('runPrimary: the same lines in the card', async () => {
    const t = CARD_STRINGS.en;
    expect(await runPrimary({ kind: 'fix-width', label: '' }, { fixWidth: () => false }, t)).toBe(t.nothingToFix);
    expect(await runPrimary({ kind: 'fix-width', label: '' }, { fixWidth: async () => true }, t)).toBe(t.fixedWidth);
    expect(await runPrimary({ kind: 'fix-typed', fix: { kind: 'phone', shown: '90' } as never, label: '' }, { fixTyped: async () => true }, t)).toBe(t.fixedPhone);
    expect(await runPrimary({ kind: 'fix-typed', fix: { kind: 'email', shown: 'a' } as never, label: '' }, {}, t)).toBe(t.notFixed);
  });
});

describe('a Chinese label on 1688 and Taobao (review 20, M6)', () => {
  const TAOBAO = 'https://login.taobao.com/member/login.jhtml';
  it.each([
    ['ja', '「刷新」（再読み込み）'],
    ['en', '“刷新” (reload)'],
  ] as const)('(%s) the page\'s 「刷新」 is quoted as the page shows it and glossed', (lang, shown) => {
    const { card } = show('alibaba', 'slider-stuck', lang, { locate: () => undefined }, { address: TAOBAO, controls: { 'slider-refresh': '刷新' } });
    expect(card.querySelector('.steps > li')!.textContent).toContain(shown);
  });

  it('a label with kana is not glossed (「再読み込み」 on a Japanese page)', () => {
    const { card } = show('alibaba', 'slider-stuck', 'ja', {}, { address: 'https://login.alibaba.com/', controls: { 'slider-refresh': '再読み込み' } });
    expect(card.querySelector('.steps > li')!.textContent).toContain('「再読み込み」を押して');
    expect(card.querySelector('.steps > li')!.textContent).not.toContain('（');
  });

  it.each(['https://login.1688.com/member/signin.htm', TAOBAO])('%s: no Japanese label quoted as if the page showed it; the step\'s other wording', (address) => {
    const tip = tipFor('alibaba', 'slider-stuck', 'ja');
    const { card } = show('alibaba', 'slider-stuck', 'ja', {}, { address, controls: {} });
    const first = card.querySelector('.steps > li')!.textContent!;
    expect(first).toBe(tip.steps[0]!.otherwise);
    expect(first).not.toContain('「リロード」');
  });

  it('on Alibaba.com the usual label is still quoted where the page has none found', () => {
    const { card } = show('alibaba', 'slider-stuck', 'ja', {}, { address: 'https://login.alibaba.com/', controls: {} });
    expect(card.querySelector('.steps > li')!.textContent).toContain('「リロード」');
  });
});
