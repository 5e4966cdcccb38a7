/**
 * The card's own page, in an iframe inside the tips host's closed shadow root (components/mount-tips.ts).
 * It is an extension page: the page's scripts can neither read nor press it. It talks to the tips script of
 * its tab over an extension port (never window.postMessage, which any page can send), and to the
 * background with runtime messages, which the background accepts from this page for its own tab only
 * (lib/background/boundary.ts). Its destructive actions run only on a trusted click while the card is
 * really visible (IntersectionObserver v2); where the browser cannot tell, they are confirmed in the popup.
 */
import { focusShortcut } from '@/lib/commands';
import { render } from 'preact';
import '@/components/card/card.css';
import './frame.css';
import type { CardHandlers } from '@/components/card/Card';
import { Panel } from '@/components/card/Panel';
import { NARROW_PX } from '@/components/card/dock';
import { CARD_PORT, CARD_PUSH, CARD_RELAY, type CardState, type ToFrame, type ToPage } from '@/lib/card-frame';
import type { CardResetAnswer, CardUndoAnswer, Message, ShownTip } from '@/lib/messages';
import { closeCardForADay } from '@/lib/settings';
import { copyInThisDocument } from '@/lib/page/clipboard';

const app = document.getElementById('app')!;
const token = location.hash.slice(1);
const send = <T,>(message: Message) => browser.runtime.sendMessage(message) as Promise<T>;

// --- Trusted clicks, once per gesture -------------------------------------------------------------------
/** Counts the user's own clicks (a key press on a button is one too); a script's click never acts. */
let gestures = 0;
let usedGesture = 0;
document.addEventListener(
  'click',
  (event) => {
    if (event.isTrusted) return void gestures++;
    event.stopImmediatePropagation();
    event.preventDefault();
  },
  true,
);
/** True once for each click of the user's, while the browser still counts it as an activation. */
function takeGesture(): boolean {
  const activation = (navigator as { userActivation?: { isActive: boolean } }).userActivation;
  if (activation && !activation.isActive) return false;
  if (gestures === usedGesture) return false;
  usedGesture = gestures;
  return true;
}

// --- Really visible (IntersectionObserver v2) ------------------------------------------------------------
/** Chromium's IntersectionObserver v2 tells whether the card is really visible to the user: no opacity,
 *  filter or transform on it or any element or frame above it, nothing of the page painted over it. */
const canTellVisibility = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
let visibleNow = false;
if (canTellVisibility) {
  const observer = new IntersectionObserver(
    (entries) => {
      visibleNow = (entries.at(-1) as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
      document.documentElement.dataset.visible = String(visibleNow);
    },
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(app);
}

// --- The tips script of this tab ------------------------------------------------------------------------
let state: CardState | null = null;
let port: Browser.runtime.Port | null = null;
let tabId: number | null = null;
let collapsing = false;
let fixed: ((ok: boolean) => void) | null = null;
/** Chrome: the port to the tips script. Firefox: through the background (no `tabs` API in this frame). */
const toPage = (message: ToPage) => {
  if (port) return port.postMessage(message);
  if (!direct) void browser.runtime.sendMessage({ type: CARD_RELAY, token, message }).catch(() => undefined);
};
const direct = typeof browser.tabs?.connect === 'function';

/** A request the tips script answers with `fixed` (one at a time: a newer one supersedes the last). */
function ask(message: ToPage): Promise<boolean> {
  fixed?.(false);
  return new Promise<boolean>((done) => {
    fixed = done;
    toPage(message);
    setTimeout(() => {
      if (fixed === done) {
        fixed = null;
        done(false);
      }
    }, 5000);
  });
}

/** The extension's shortcut to the card, as the browser has it bound (none when the user removed it). */
let shortcut: string | undefined;
void focusShortcut().then((bound) => {
  shortcut = bound ?? undefined;
  draw();
});

async function openPopup(finding: ShownTip['finding']['id'] | null): Promise<void> {
  if (!takeGesture()) return;
  await send({ type: 'open-popup', finding }).catch(() => undefined);
}

/** Firefox: reset, undo and × are confirmed in the popup's page, in a tab on this tab (the reset and undo
 *  are there; the card cannot tell whether it is visible). */
async function confirmInPopup(finding: ShownTip['finding']['id'], close: boolean): Promise<void> {
  if (!takeGesture()) return;
  await browser.runtime.sendMessage({ type: 'card-confirm', finding, close }).catch(() => undefined);
}

/** The support message, copied in this frame's document (the page never sees it), else shown to select. */
async function copySupport(): Promise<boolean | { text: string }> {
  const text = await send<string>({ type: 'support-message' });
  if (typeof text !== 'string') return false;
  return (await copyInThisDocument(text)) || { text };
}

/** What acts on the page (a field written, a control pressed) is asked only on the user's own click here:
 *  fix-width, fix-typed and press all pass through this one check. */
function onUsersClick(message: ToPage): Promise<boolean> {
  return takeGesture() ? ask(message) : Promise.resolve(false);
}

const handlersFor = (shown: ShownTip): CardHandlers => ({
  reset: () => send<CardResetAnswer>({ type: 'card-reset' }),
  undo: () => send<CardUndoAnswer>({ type: 'card-undo' }),
  reload: () => toPage({ type: 'reload' }),
  copySupport,
  copyText: copyInThisDocument,
  openPopup: () => void openPopup(shown.finding.id),
  locate: (kind) => toPage({ type: 'locate', kind }),
  fixWidth: () => onUsersClick({ type: 'fix-width', evidence: shown.finding.evidence }),
  // With what the card shows: the tips script presses only the control whose label the card quoted, and
  // writes only the value the card named.
  press: (kind) => {
    const label = state?.page.controls[kind];
    return label === undefined ? Promise.resolve(false) : onUsersClick({ type: 'press', kind, label });
  },
  fixTyped: (kind) => {
    const fix = state?.page.fixes?.find((f) => f.kind === kind);
    return fix ? onUsersClick({ type: 'fix-typed', kind, value: fix.value }) : Promise.resolve(false);
  },
  close: () => closeCardForADay(shown.finding.site, shown.finding.id),
  ...(canTellVisibility ? { visible: () => visibleNow } : { confirmElsewhere: (action) => void confirmInPopup(shown.finding.id, action === 'close') }),
});

function draw(): void {
  if (!state) return;
  document.documentElement.lang = state.lang;
  document.documentElement.style.setProperty('--vw', `${state.viewport.width}px`);
  document.documentElement.style.setProperty('--vh', `${state.viewport.height}px`);
  render(
    <Panel
      tips={state.tips}
      lang={state.lang}
      page={{ ...state.page, ...(shortcut ? { shortcut } : {}) }}
      dock={state.dock}
      narrow={state.viewport.width < NARROW_PX}
      handlersFor={handlersFor}
      onExpand={() => toPage({ type: 'expand' })}
      onCollapse={() => {
        collapsing = true;
        toPage({ type: 'collapse' });
      }}
    />,
    app,
  );
  if (collapsing && state.dock.pill) {
    collapsing = false;
    app.querySelector<HTMLElement>('.pill-button')?.focus();
  }
}

// The frame's size follows the card's: the tips script sizes the iframe to it.
new ResizeObserver(() => {
  const box = app.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) toPage({ type: 'size', width: box.width, height: box.height });
}).observe(app);

function onMessage(message: ToFrame): void {
  switch (message?.type) {
    case 'state':
      state = message;
      return draw();
    case 'focus':
      return void (app.querySelector<HTMLElement>('[data-finding]') ?? app.querySelector<HTMLElement>('.pill-button'))?.focus();
    case 'fixed':
      fixed?.(message.ok === true);
      fixed = null;
      return;
  }
}

async function connect(): Promise<void> {
  if (!token) return;
  if (!direct) {
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const m = raw as { type?: unknown; token?: unknown; message?: unknown };
      if (m?.type === CARD_PUSH && m.token === token) onMessage(m.message as ToFrame);
    });
    return toPage({ type: 'hello', frameId: (browser.runtime as unknown as { getFrameId(target: Window): number }).getFrameId(window) });
  }
  tabId ??= (await browser.tabs.getCurrent())?.id ?? null;
  if (tabId === null) return;
  port = browser.tabs.connect(tabId, { name: CARD_PORT + token, frameId: 0 });
  port.onMessage.addListener((message) => onMessage(message as ToFrame));
  port.onDisconnect.addListener(() => {
    port = null;
  });
}
void connect();
