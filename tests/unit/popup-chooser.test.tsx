/**
 * The popup when nothing was found (issue 19, item 6): 「どうなっていますか？」 lists the situations, each
 * choice opens that situation's card (the tip the page would show); and the reset's confirmation in
 * consequences per site (item 3), hostnames folded.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoLine, autoResult } from '@/components/popup/Checklist';
import { Chooser, SITUATIONS, type Situation } from '@/components/popup/Lead';
import { CHECKLISTS } from '@/lib/checklist/items';
import { Reset } from '@/components/popup/Reset';
import { Popup } from '@/components/popup/Popup';
import type { TabState } from '@/lib/messages';
import { STRINGS } from '@/components/popup/strings';
import { SITE_IDS, type Finding, type Lang, type SiteId } from '@/lib/findings';
import { resetConsequences } from '@/lib/reset-consequences';
import { tipOnPage } from '@/lib/tips';
import { backWords } from '@/lib/tips/situations';
import { UNDO_WINDOW_MINUTES } from '@/lib/undo-window';

const flush = () => new Promise((done) => setTimeout(done, 0));
const URLS: Record<SiteId, string> = { aliexpress: 'https://login.aliexpress.com/', amazon: 'https://www.amazon.co.jp/ap/signin', alibaba: 'https://login.1688.com/member/signin.htm' };

function ChooserHost({ site, lang }: { site: SiteId; lang: Lang }) {
  const [chosen, setChosen] = useState<Situation | null>(null);
  return <Chooser tabId={1} site={site} url={URLS[site]} lang={lang} t={STRINGS[lang]} onReset={() => undefined} chosen={chosen} setChosen={setChosen} />;
}

function mount(node: preact.ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  render(node, container);
  return container;
}

const EVERY = SITE_IDS.flatMap((site) => (['ja', 'en'] as const).map((lang) => [site, lang] as const));

describe('「どうなっていますか？」', () => {
  it.each(EVERY)('%s (%s): every situation opens its card, and one can choose again', async (site, lang) => {
    const t = STRINGS[lang];
    const root = mount(<ChooserHost site={site} lang={lang} />);
    expect(root.querySelector('h2')!.textContent).toBe(lang === 'ja' ? 'どうなっていますか？' : 'What is happening?');
    const labels = [...root.querySelectorAll('[data-situation]')].map((b) => b.textContent);
    expect(labels).toHaveLength(SITUATIONS.length);
    for (const key of ['wrong-password', 'account-locked', 'code-not-arriving', 'code-rejected', 'slider-stuck', 'blank-login-page']) expect(root.querySelector(`[data-situation="${key}"]`)).not.toBeNull();
    // Each site's own word for a stopped account.
    const locked = root.querySelector('[data-situation="account-locked"]')!.textContent!;
    expect(locked).toMatch({ aliexpress: /ロック|locked/, amazon: /保留|on hold/, alibaba: /凍結|frozen/ }[site]);

    for (const situation of SITUATIONS) {
      root.querySelector<HTMLButtonElement>(`[data-situation="${situation.key}"]`)!.click();
      await flush();
      const card = root.querySelector(`section.card[data-finding="${situation.id}"]`);
      expect(card, situation.key).not.toBeNull();
      expect(card!.querySelector('h2')!.textContent).toBe(tipOnPage(site, situation.id, lang, URLS[site], situation.detail).title);
      expect(root.querySelector('[data-chosen]')!.getAttribute('data-chosen')).toBe(situation.key);
      root.querySelector<HTMLButtonElement>('[data-action="choose-again"]')!.click();
      await flush();
      expect(root.querySelector('section.card')).toBeNull();
      expect(root.querySelector('h2')!.textContent).toBe(t.chooserTitle);
    }
  });

  it('a card with a reset opens the popup\'s confirmation (the one in consequences), not its own', async () => {
    let opened = 0;
    function Host() {
      const [chosen, setChosen] = useState<Situation | null>(SITUATIONS.find((s) => s.key === 'blank-login-page')!);
      return <Chooser tabId={1} site="aliexpress" url={URLS.aliexpress} lang="ja" t={STRINGS.ja} onReset={() => opened++} chosen={chosen} setChosen={setChosen} />;
    }
    const root = mount(<Host />);
    root.querySelector<HTMLButtonElement>('[data-action="reset"]')!.click();
    await flush();
    expect(opened).toBe(1);
    expect(root.querySelector('[data-action="confirm-reset"]')).toBeNull();
  });
});

describe('the reset in consequences', () => {
  const lines = (site: SiteId, lang: Lang, host: string) => {
    const c = resetConsequences(site, lang, host);
    return { lose: c.lose.join(' '), undo: c.undo };
  };

  it('AliExpress: signed out; its language, currency and ship-to go back to defaults', () => {
    expect(lines('aliexpress', 'ja', 'login.aliexpress.com').lose).toBe('AliExpressからログアウトされます。 このブラウザーで選んだ言語・通貨・配送先の国が、初期設定に戻ります。');
    expect(lines('aliexpress', 'en', 'login.aliexpress.com').lose).toContain('The language, currency and ship-to country chosen in this browser go back to their defaults.');
  });

  it('Amazon: signed out of that marketplace; the next sign-in may ask for a code; AWS and Seller Central only on amazon.com', () => {
    const jp = lines('amazon', 'ja', 'www.amazon.co.jp');
    expect(jp.lose).toContain('Amazon.co.jpからログアウトされます。');
    expect(jp.lose).toContain('次のログインで確認コードを求められることがあります。');
    expect(jp.lose).not.toContain('AWS');
    const com = lines('amazon', 'en', 'www.amazon.com');
    expect(com.lose).toContain('You will be signed out of Amazon.com.');
    expect(com.lose).toContain('the next sign-in may ask for a verification code');
    expect(com.lose).toContain('AWS, Seller Central');
  });

  it('Alibaba.com / 1688: signed out of Taobao too', () => {
    expect(lines('alibaba', 'ja', 'login.1688.com').lose).toContain('Taobaoからもログアウトされます。');
    expect(lines('alibaba', 'en', 'www.alibaba.com').lose).toContain('you will also be signed out of Taobao');
  });

  it.each(EVERY)('%s (%s): undo brings back the cookies for the undo window, not stored data', (site, lang) => {
    const { undo } = lines(site, lang, new URL(URLS[site]).hostname);
    expect(undo).toContain(String(UNDO_WINDOW_MINUTES));
    expect(undo).toMatch(lang === 'ja' ? /Cookieを戻せます。.*保存データ（ローカルストレージなど）は戻りません。/ : /restores the cookies.*Stored data \(local storage etc\.\) does not\./);
  });

  it.each(EVERY)('%s (%s): the popup\'s confirmation says them in words; the hostnames fold away', (site, lang) => {
    const root = mount(
      <Reset tabId={1} site={site} url={URLS[site]} store={{ id: '0', kind: 'normal' }} lang={lang} t={STRINGS[lang]} confirming setConfirming={() => undefined} showButton onDone={() => undefined} />,
    );
    const group = root.querySelector('[role="group"]')!;
    const c = resetConsequences(site, lang, new URL(URLS[site]).hostname);
    expect([...group.querySelectorAll('.lose li')].map((li) => li.textContent)).toEqual(c.lose);
    expect(group.querySelector('.undo-note')!.textContent).toBe(c.undo);
    // Hostnames only inside the folded details.
    const details = group.querySelector('details')!;
    expect(details.open).toBe(false);
    const outside = [...group.children].filter((el) => el !== details).map((el) => el.textContent).join(' ');
    expect(outside).not.toMatch(/\b(login|www|passport|accounts)\.[a-z0-9.-]+/);
    expect(details.textContent).toMatch(/\b(login|www)\.[a-z0-9.-]+/);
  });

  it('the details, in Chrome: its own window names (no containers), addresses listed with 、 in Japanese', () => {
    const root = mount(
      <Reset tabId={1} site="alibaba" url={URLS.alibaba} store={{ id: '0', kind: 'normal' }} lang="ja" t={STRINGS.ja} confirming setConfirming={() => undefined} showButton onDone={() => undefined} />,
    );
    const details = root.querySelector('[role="group"] details')!.textContent!;
    expect(details).toContain('対象：通常のウィンドウだけです。シークレットウィンドウのログインは、そのままです。');
    expect(details).not.toMatch(/コンテナー|プライベートウィンドウ/);
    expect(details).not.toContain(', ');
    expect(details).toMatch(/[a-z]\.com、[a-z]/);
  });
});

describe('the checklist: things to check, and the extension\'s own checks as results in words', () => {
  const facts = { findings: [], cookiesEnabled: true, siteCookies: 12, version: null };
  it('cookies on, the site\'s cookies counted, no lock notice: 「確認済み：…」 / "Checked: …"', () => {
    expect(autoLine(autoResult('cookies-enabled', facts, STRINGS.ja, 'amazon'), STRINGS.ja)).toBe('確認済み：Cookieは有効です');
    expect(autoLine(autoResult('cookies-enabled', facts, STRINGS.en, 'amazon'), STRINGS.en)).toBe('Checked: cookies are on');
    expect(autoLine(autoResult('site-cookies', facts, STRINGS.ja, 'amazon'), STRINGS.ja)).toBe('確認済み：このサイトのCookieは12件です');
    expect(autoLine(autoResult('lock-notice', facts, STRINGS.en, 'amazon'), STRINGS.en)).toBe('Checked: no hold or lock notice on the page');
  });

  it('the lock notice is named in the site\'s own word: ロック, 保留・ロック, 凍結', () => {
    expect(autoLine(autoResult('lock-notice', facts, STRINGS.ja, 'aliexpress'), STRINGS.ja)).toBe('確認済み：ページにロックの表示はありません');
    expect(autoLine(autoResult('lock-notice', facts, STRINGS.ja, 'amazon'), STRINGS.ja)).toBe('確認済み：ページに保留・ロックの表示はありません');
    expect(autoLine(autoResult('lock-notice', facts, STRINGS.ja, 'alibaba'), STRINGS.ja)).toBe('確認済み：ページに凍結の表示はありません');
    const locked = { ...facts, findings: [{ id: 'account-locked' as const, site: 'alibaba' as const, severity: 'error' as const, evidence: '' }] };
    expect(autoLine(autoResult('lock-notice', locked, STRINGS.ja, 'alibaba'), STRINGS.ja)).toBe('要確認：ページに凍結の表示があります');
    expect(autoLine(autoResult('lock-notice', locked, STRINGS.en, 'alibaba'), STRINGS.en)).toBe('Check this: the page shows a freeze notice');
  });

  it('what was seen while typing is a thing to check; what was not seen yet says so', () => {
    const seen = { ...facts, findings: [{ id: 'caps-lock-on' as const, site: 'amazon' as const, severity: 'warning' as const, evidence: '' }] };
    expect(autoLine(autoResult('caps-lock', seen, STRINGS.ja, 'amazon'), STRINGS.ja)).toBe('要確認：Caps Lockがオンのまま入力されています');
    expect(autoLine(autoResult('caps-lock', facts, STRINGS.en, 'amazon'), STRINGS.en)).toBe('Not checked yet: Login Rescue checks this as you type');
  });

  it('every item is phrased as a thing to check, in both languages', () => {
    for (const site of SITE_IDS)
      for (const item of CHECKLISTS[site]) {
        expect(item.ja.check, `${site}/${item.id}`).toMatch(/確かめる$|してみる$|試す$|そろえる$/);
        expect(item.en.check, `${site}/${item.id}`).toMatch(/^(Check|Look for|Try|Sign in|Gather|Using the keypad\? Check)\b/);
      }
    expect(CHECKLISTS.amazon.find((i) => i.id === 'takeover-signs')!.en.check).toBe("Check for sign-ins you don't recognise");
  });
});

describe('one reset button in the popup', () => {
  afterEach(() => vi.restoreAllMocks());
  /** The popup for a tab whose state is `findings` on AliExpress (or none), with the browser's messages faked. */
  async function popupOn(findings: Finding[], back: TabState['back'] = []): Promise<HTMLElement> {
    fakeBrowser.reset();
    const state: TabState = { tabId: 1, url: URLS.aliexpress, site: 'aliexpress', findings, back, store: { id: '0', kind: 'normal' }, reachable: true };
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => (message.type === 'tab-state' ? state : null)) as never);
    vi.spyOn(browser.cookies, 'getAll').mockResolvedValue([] as never);
    // Not Firefox: the browser is named from its user agent.
    vi.spyOn(browser.runtime as typeof browser.runtime & { getBrowserInfo(): Promise<unknown> }, 'getBrowserInfo').mockRejectedValue(new Error('not Firefox'));
    const root = mount(<Popup tabId={1} lang="ja" focus={null} />);
    for (let i = 0; i < 5 && !root.querySelector('main > header'); i++) await flush();
    await flush();
    return root;
  }
  /** The card's reset button and the popup's own (the one in its reset section). */
  const resetButtons = (root: HTMLElement) => root.querySelectorAll('section.card [data-action="reset"], section.reset > button').length;

  it('AliExpress slider-stuck found: its card\'s primary is the reset, and the popup leaves its own out', async () => {
    const root = await popupOn([{ id: 'slider-stuck', site: 'aliexpress', severity: 'error', evidence: '' }]);
    expect(root.querySelector('section.card[data-primary="reset"]')).not.toBeNull();
    expect(resetButtons(root)).toBe(1);
  });

  it('AliExpress bot-check found (a first check: completed, not reset): no reset in its card, the popup offers its own', async () => {
    const root = await popupOn([{ id: 'bot-check', site: 'aliexpress', severity: 'warning', evidence: '' }]);
    expect(root.querySelector('section.card[data-finding="bot-check"]')).not.toBeNull();
    expect(root.querySelector('section.card [data-action="reset"]')).toBeNull();
    expect(resetButtons(root)).toBe(1);
  });

  it('AliExpress bot-check that came back in the tab (a loop): the popup leads with the looping card, its primary the reset, and leaves its own out', async () => {
    const root = await popupOn([{ id: 'bot-check', site: 'aliexpress', severity: 'warning', evidence: '' }], ['bot-check']);
    expect(root.querySelector('section.card[data-finding="bot-check"][data-primary="reset"]')).not.toBeNull();
    expect(root.querySelector('section.card h2, section.card h3')?.textContent).toBe(backWords('aliexpress', 'bot-check', 'ja', true)!.title);
    expect(resetButtons(root)).toBe(1);
  });

  it('AliExpress bot-check chosen in 「どうなっていますか？」: one reset button too', async () => {
    const root = await popupOn([]);
    root.querySelector<HTMLButtonElement>('[data-situation="bot-check"]')!.click();
    await flush();
    expect(resetButtons(root)).toBe(1);
  });

  it('a card without a reset: the popup offers its own', async () => {
    const root = await popupOn([{ id: 'wrong-password', site: 'aliexpress', severity: 'error', evidence: '' }]);
    expect(root.querySelector('section.card [data-action="reset"]')).toBeNull();
    expect(resetButtons(root)).toBe(1);
  });
});
