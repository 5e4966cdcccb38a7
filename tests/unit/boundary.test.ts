/** The message boundary: every hostile or malformed message is refused, each kind of sender in its place. */
import { describe, expect, it } from 'vitest';
import { route, type Sender } from '@/lib/background/boundary';

const EXT = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const popup: Sender = { id: EXT.id, url: `${EXT.origin}popup.html` };
const aliTab = { id: 7, url: 'https://login.aliexpress.com/' };
const topFrame: Sender = { id: EXT.id, url: 'https://login.aliexpress.com/', frameId: 0, tab: aliTab };
const loginFrame: Sender = { id: EXT.id, url: 'https://passport.aliexpress.com/mini_login.htm', frameId: 3, tab: aliTab };
const finding = { id: 'wrong-password', site: 'aliexpress', severity: 'error', evidence: 'Your password is incorrect' };
const reset = { type: 'reset', tabId: 7, domains: ['aliexpress.com'] };
/** The card's own page in a frame of the AliExpress tab (components/mount-tips.ts). */
const TOKEN = '0123456789abcdef0123456789abcdef';
const cardFrame: Sender = { id: EXT.id, url: `${EXT.origin}card.html#${TOKEN}`, frameId: 5, tab: aliTab };
/** Chrome's use_dynamic_url: the card's page at the extension's per-session address. */
const dynamicCardFrame: Sender = { ...cardFrame, url: `chrome-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/card.html#${TOKEN}` };

describe('message boundary: refused', () => {
  it.each<[string, unknown, Sender]>([
    ['another extension, even with a valid reset', reset, { ...popup, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['a content script asking to reset a tab it names (whatever its page does)', reset, topFrame],
    ['a content script asking to undo as the popup does', { type: 'undo' }, topFrame],
    ['the card\'s reset from a child frame (a login iframe, an ad)', { type: 'card-reset' }, loginFrame],
    ['the card\'s undo from a child frame', { type: 'card-undo' }, loginFrame],
    ['the support message from a child frame', { type: 'support-message' }, loginFrame],
    ['the popup opened by a child frame', { type: 'open-popup', finding: null }, loginFrame],
    // The card's buttons come from the card's frame only: a content script (even the top frame's) cannot send them.
    ['the card\'s reset from the top frame\'s content script', { type: 'card-reset' }, topFrame],
    ['the card\'s undo from the top frame\'s content script', { type: 'card-undo' }, topFrame],
    ['the support message from the top frame\'s content script', { type: 'support-message' }, topFrame],
    ['the popup opened by the top frame\'s content script', { type: 'open-popup', finding: null }, topFrame],
    ['the card\'s frame asking for a tab\'s state as the popup does', { type: 'tab-state', tabId: 7 }, cardFrame],
    ['the card\'s frame resetting a tab it names as the popup does', reset, cardFrame],
    ['the card\'s frame undoing as the popup does', { type: 'undo' }, cardFrame],
    ['the card\'s frame sending findings', { type: 'frame-findings', findings: [finding] }, cardFrame],
    ['the card\'s frame in a tab of no site', { type: 'card-reset' }, { ...cardFrame, tab: { id: 9, url: 'https://blog.example.net/' } }],
    ['the card\'s frame with no tab', { type: 'card-reset' }, { id: EXT.id, url: cardFrame.url }],
    ['a relay with no token', { type: 'card-relay', message: { type: 'hello', frameId: 3 } }, cardFrame],
    ['a relay from a content script', { type: 'card-relay', token: TOKEN, message: { type: 'reload' } }, topFrame],
    ['a push from a child frame\'s content script', { type: 'card-push', token: TOKEN, frameId: 5, message: {} }, loginFrame],
    ['a push to no frame', { type: 'card-push', token: TOKEN, frameId: 0, message: {} }, topFrame],
    ['the card\'s reset from a site\'s frame inside another site\'s page', { type: 'card-reset' }, { ...topFrame, tab: { id: 9, url: 'https://blog.example.net/' } }],
    ['the popup\'s support message asked by a content script', { type: 'support-message', tabId: 7 }, { ...topFrame, url: 'https://www.rakuten.co.jp/' }],
    ['a content script asking for a tab\'s state', { type: 'tab-state', tabId: 7 }, topFrame],
    ['findings from a site\'s frame inside another site\'s page', { type: 'frame-findings', findings: [finding] }, { ...loginFrame, tab: { id: 9, url: 'https://blog.example.net/' } }],
    ['findings from a tab whose address the browser does not tell', { type: 'frame-findings', findings: [finding] }, { ...loginFrame, tab: { id: 9 } }],
    ['findings from a page of no site', { type: 'frame-findings', findings: [finding] }, { ...topFrame, url: 'https://www.rakuten.co.jp/' }],
    ['findings from a look-alike host', { type: 'frame-findings', findings: [finding] }, { ...topFrame, url: 'https://aliexpress.com.example.net/', tab: { id: 7, url: 'https://aliexpress.com.example.net/' } }],
    ['findings with no tab (a worker, another context)', { type: 'frame-findings', findings: [finding] }, { id: EXT.id, url: 'https://login.aliexpress.com/' }],
    ['the tab\'s findings asked by a child frame', { type: 'tab-findings' }, loginFrame],
    ['tips asked by a child frame', { type: 'tips', findings: [finding], lang: 'ja' }, loginFrame],
    ['an unknown type', { type: 'eval', code: '1' }, topFrame],
    ['not an object', 'reset', popup],
    ['null', null, topFrame],
    ['a reset without domains', { type: 'reset', tabId: 7 }, popup],
    ['a reset with a negative tab', { type: 'reset', tabId: -1, domains: [] }, popup],
    ['a reset with a tab that is no number', { type: 'reset', tabId: '7', domains: [] }, popup],
    ['a reset whose domains are no strings', { type: 'reset', tabId: 7, domains: [{}] }, popup],
  ])('%s', (_label, raw, sender) => {
    expect(route(raw, sender, EXT)).toBeNull();
  });
});

describe('message boundary: accepted, and reshaped to what it may say', () => {
  it('a reset from the popup', () => {
    expect(route(reset, popup, EXT)).toEqual({ from: 'extension-page', message: reset });
  });

  it('findings from a login frame of a site\'s tab, malformed ones dropped', () => {
    const raw = { type: 'frame-findings', findings: [finding, { ...finding, id: 'no-such-id' }, { ...finding, id: 'bot-check', evidence: 'x'.repeat(5000) }, 'junk'], extra: 1 };
    expect(route(raw, loginFrame, EXT)).toEqual({ from: 'content', message: { type: 'frame-findings', findings: [finding] }, frame: { tabId: 7, frameId: 3, url: loginFrame.url } });
  });

  it.each([[{ type: 'card-reset' }], [{ type: 'card-undo' }], [{ type: 'support-message' }]])('the card\'s %o from the card\'s frame: for its own tab only (no tab id can be named)', (raw) => {
    const own = { from: 'card', message: raw, frame: { tabId: 7, frameId: 0, url: aliTab.url } };
    expect(route({ ...raw, tabId: 99 }, cardFrame, EXT)).toEqual(own);
    expect(route({ ...raw, tabId: 99 }, dynamicCardFrame, EXT)).toEqual(own);
  });

  it('「くわしく」 names a finding; anything else becomes no finding', () => {
    expect(route({ type: 'open-popup', finding: 'account-locked' }, cardFrame, EXT)).toMatchObject({ message: { type: 'open-popup', finding: 'account-locked' } });
    expect(route({ type: 'open-popup', finding: '<script>' }, cardFrame, EXT)).toMatchObject({ message: { type: 'open-popup', finding: null } });
  });

  it('Firefox: the card\'s frame and the tips script of the same tab pass messages through the background, to that tab only', () => {
    expect(route({ type: 'card-relay', token: TOKEN, message: { type: 'reload' }, tabId: 99 }, cardFrame, EXT)).toEqual({ from: 'card-relay', tabId: 7, token: TOKEN, message: { type: 'reload' } });
    expect(route({ type: 'card-push', token: TOKEN, frameId: 5, message: { type: 'focus' }, tabId: 99 }, topFrame, EXT)).toEqual({ from: 'card-push', tabId: 7, frameId: 5, token: TOKEN, message: { type: 'focus' } });
    expect(route({ type: 'card-confirm', finding: 'blank-login-page', tabId: 99 }, cardFrame, EXT)).toEqual({ from: 'card-confirm', tabId: 7, finding: 'blank-login-page', close: false });
    expect(route({ type: 'card-confirm', finding: 'account-locked', close: true }, cardFrame, EXT)).toEqual({ from: 'card-confirm', tabId: 7, finding: 'account-locked', close: true });
    expect(route({ type: 'card-confirm', finding: 'account-locked' }, topFrame, EXT)).toBeNull();
  });

  it('the popup asks for the support message of a tab', () => {
    expect(route({ type: 'support-message', tabId: 7 }, popup, EXT)).toEqual({ from: 'extension-page', message: { type: 'support-message', tabId: 7 } });
  });

  it('the tab\'s findings asked by its top frame', () => {
    expect(route({ type: 'tab-findings' }, topFrame, EXT)).toMatchObject({ from: 'content', message: { type: 'tab-findings' } });
  });
});
