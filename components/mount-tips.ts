import { MARKER_TAG } from '@/lib/marker';
import type { PageContext } from '@/lib/content/context';
import { CARD_PAGE, CARD_PORT, CARD_PUSH, CARD_RELAY, parseToPage, type CardState, type ToFrame, type ToPage } from '@/lib/card-frame';
import type { ShownTip } from '@/lib/messages';
import { chooseDock, NARROW_PX, PILL_GUESS, roomToOpen, type Dock } from './card/dock';

export type TipsState = Omit<CardState, 'type' | 'dock' | 'viewport'>;

export interface TipsView {
  show(state: TipsState): void;
  /** Opens the panel and puts the keyboard in its card (the extension's shortcut). */
  focus(): void;
  /** Outlines a box of the page for a few seconds (a control a step points at). */
  outline(rect: DOMRect): void;
}

/** What the frame asks of the page (the tips script answers; `fix-width` is answered with `fixed`). */
export type PageRequest = Exclude<ToPage, { type: 'hello' } | { type: 'size' } | { type: 'expand' } | { type: 'collapse' }>;

/** The card's size before it was ever measured (it is measured on every render). */
const FIRST_GUESS = { width: 360, height: 420 };
const OUTLINE_MS = 3000;
/** A frame that goes (the page navigated it away) is made again, but not in a loop. */
const MAX_FRAMES = 5;

/** Severity order, as the frame shows them (the marker lists the ids sorted anyway). */
const shownIds = (tips: ShownTip[]) => tips.map((t) => t.finding.id).sort().join(' ');

/** The host's own styles: the frame sits in a corner, the outline over the page's control. */
const HOST_CSS = `
:host { all: initial; }
iframe {
  position: fixed; z-index: 2147483646; border: 0; margin: 0; padding: 0; display: block;
  background: transparent; color-scheme: light dark; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
iframe.pill { border-radius: 999px; }
.outline {
  position: fixed; z-index: 2147483647; pointer-events: none;
  border: 3px solid #cf222e; border-radius: 6px; box-shadow: 0 0 0 4px rgba(207, 34, 46, 0.25);
}
`;

/**
 * The host stays in the page as its marker (design §4); its shadow root is closed, and the card itself is
 * an extension page in an iframe inside it (Bitwarden's inline menu design): a script of the page can
 * neither find, read nor press it. This side places and sizes the frame and does what needs the page.
 */
export function createTipsView(ctx: PageContext, onRequest: (request: PageRequest, reply: (message: ToFrame) => void) => void): TipsView {
  let host: HTMLElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let outlineBox: HTMLElement | null = null;
  let port: Browser.runtime.Port | null = null;
  let token = '';
  /** Whether the frame of this token has been served (its port, or its `hello`): the first only. */
  let tokenUsed = false;
  /** Frames made while the card is shown, across hosts the page removed (reset only when the card goes). */
  let framesMade = 0;
  /** Firefox: the card frame's id in the tab, from its `hello`. */
  let frameId: number | null = null;
  let state: TipsState | null = null;
  let dock: Dock = { corner: 'bottom-right', pill: innerWidth < NARROW_PX };
  /** The open card's size, as its frame last said. */
  let size = FIRST_GUESS;
  /** The pill's size as last drawn (dock.ts's guess before): the frame takes it at once when the card
   *  folds, before the frame has drawn the pill and said its size (else the open card's frame would stand
   *  where the pill goes, over what the card just moved off). */
  let pillSize = PILL_GUESS;
  let outlineTimer: ReturnType<typeof setTimeout> | undefined;
  let focusWanted = false;
  /** The open card's height where it must fit between the site's dialog or message and the window's edge. */
  let room: number | null = null;

  const send = (message: ToFrame) => {
    if (!frame) return;
    if (!port) {
      // Firefox: through the background, to the card's frame only; the frame checks the token too.
      if (frameId !== null) void browser.runtime.sendMessage({ type: CARD_PUSH, token, frameId, message }).catch(() => undefined);
      return;
    }
    try {
      port.postMessage(message);
    } catch {
      port = null;
    }
  };
  /** Where the frame is and the window it is told (with a room, that height: the panel scrolls inside it). */
  const placing = () => ({ dock, viewport: { width: innerWidth, height: room !== null && !dock.pill ? room + 24 : innerHeight } });
  /** The placing last pushed: place() pushes only when it changed. */
  let pushedPlacing = '';
  const push = () => {
    if (!state) return;
    const where = placing();
    pushedPlacing = JSON.stringify(where);
    send({ type: 'state', ...state, ...where });
  };

  const remove = () => {
    port?.disconnect();
    host?.remove();
    host = frame = outlineBox = port = null;
    removeEventListener('focusin', onPageChange, true);
    removeEventListener('resize', onPageChange);
  };
  ctx.onInvalidated(remove);

  /** The frame where the dock says, at the size the frame last reported. */
  const layout = () => {
    if (!frame) return;
    const margin = 12;
    const drawn = dock.pill ? pillSize : size;
    const width = Math.min(drawn.width, innerWidth - 2 * margin);
    const height = Math.min(drawn.height, innerHeight - 2 * margin, room !== null && !dock.pill ? room : Infinity);
    const [vertical, horizontal] = dock.corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
    Object.assign(frame.style, { width: `${Math.max(1, width)}px`, height: `${Math.max(1, height)}px`, top: '', bottom: '', left: '', right: '' });
    frame.style[vertical] = `${margin}px`;
    frame.style[horizontal] = `${margin}px`;
    frame.classList.toggle('pill', dock.pill);
  };

  /** Re-placed whenever the page's focus or size changes: never over the field being typed in or the
   *  site's dialog (a pill then). `userAsked`: opened by the user's click, so it opens wherever it must.
   *  The frame is told only when its dock, room or window changed; says whether it was. */
  const place = (wantOpen: boolean, userAsked = false, alsoAvoid: DOMRect[] = []): boolean => {
    if (!host) return false;
    // The pill's corner for the pill's own size (dock.ts's guess until the frame has drawn one).
    const next = chooseDock(size, host, !wantOpen, alsoAvoid, pillSize);
    room = null;
    if (userAsked && next.pill) {
      // Opened by the user where no corner is free: where it covers neither the site's dialog nor its message.
      const open = roomToOpen(Math.min(size.width, innerWidth - 24), host);
      room = open?.height ?? null;
      dock = { corner: open?.corner ?? next.corner, pill: false };
    } else dock = next;
    layout();
    if (JSON.stringify(placing()) === pushedPlacing) return false;
    push();
    return true;
  };
  const expand = () => {
    focusWanted = true;
    place(true, true);
    frame?.focus();
    send({ type: 'focus' });
  };
  let scheduled = false;
  function onPageChange(event: Event) {
    if (scheduled || (event.type === 'focusin' && host?.contains(event.target as Node))) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      place(!dock.pill);
    });
  }

  const onFrameMessage = (raw: unknown) => {
    const message = parseToPage(raw);
    if (!message || ctx.isInvalid) return;
    switch (message.type) {
      case 'hello':
        // One frame per token: a second hello (or one after the port) never takes the card over.
        if (tokenUsed) return;
        tokenUsed = true;
        frameId = message.frameId;
        push();
        if (focusWanted) send({ type: 'focus' });
        return;
      case 'size': {
        const reported = { width: Math.ceil(message.width), height: Math.ceil(message.height) };
        if (dock.pill) pillSize = reported;
        else size = reported;
        layout();
        return;
      }
      case 'expand':
        return expand();
      case 'collapse':
        dock = { ...dock, pill: true };
        layout();
        return push();
      default:
        onRequest(message, send);
    }
  };

  /** A new frame, with a new token: only the frame made here is served. */
  const makeFrame = () => {
    if (!host || framesMade >= MAX_FRAMES) return;
    framesMade++;
    port?.disconnect();
    port = null;
    frame?.remove();
    frameId = null;
    tokenUsed = false;
    token = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    frame = document.createElement('iframe');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('title', 'Login Rescue');
    frame.src = `${browser.runtime.getURL(CARD_PAGE as '/card.html')}#${token}`;
    // Loaded once: a second load is the page navigating the frame away (it can, as its parent). A new one.
    let loads = 0;
    const made = frame;
    made.addEventListener('load', () => {
      if (++loads > 1 && made === frame && host?.isConnected && !ctx.isInvalid) makeFrame();
    });
    layout();
    outlineBox!.before(frame);
  };

  const onConnect = (incoming: Browser.runtime.Port) => {
    if (!token || incoming.name !== CARD_PORT + token || !host) return;
    // The frame's own address (an extension page), as the browser reports it.
    const from = incoming.sender?.url ?? '';
    if (!/^(chrome|moz)-extension:\/\//.test(from) || new URL(from).pathname !== CARD_PAGE) return;
    // One port per token: a second one with the same token is refused, never put in the first one's place.
    if (tokenUsed) return incoming.disconnect();
    tokenUsed = true;
    port = incoming;
    incoming.onMessage.addListener(onFrameMessage);
    incoming.onDisconnect.addListener(() => {
      if (port !== incoming) return;
      port = null;
      // The frame went while the card is shown (the page navigated it, or the frame crashed): a new one.
      if (host?.isConnected && !ctx.isInvalid) makeFrame();
    });
    push();
    if (focusWanted) send({ type: 'focus' });
  };
  browser.runtime.onConnect.addListener(onConnect);
  // Firefox: the frame's messages, relayed by the background (lib/background/boundary.ts: from the card's
  // frame of this tab only).
  const onRelayed = (raw: unknown) => {
    const m = raw as { type?: unknown; token?: unknown; message?: unknown };
    if (m?.type !== CARD_RELAY || !token || m.token !== token) return;
    onFrameMessage(m.message);
  };
  browser.runtime.onMessage.addListener(onRelayed);
  ctx.onInvalidated(() => {
    browser.runtime.onConnect.removeListener(onConnect);
    browser.runtime.onMessage.removeListener(onRelayed);
  });

  return {
    show(next) {
      if (next.tips.length === 0 || ctx.isInvalid) {
        state = null;
        framesMade = 0;
        return remove();
      }
      state = next;
      let pushed = false;
      if (!host || !host.isConnected) {
        // A host the page removed: made again, but its frames count on (MAX_FRAMES), not from 0.
        remove();
        host = document.createElement(MARKER_TAG);
        // Closed: the page's scripts cannot reach in (the card is in the frame in any case).
        const shadow = host.attachShadow({ mode: 'closed' });
        const style = document.createElement('style');
        style.textContent = HOST_CSS;
        outlineBox = document.createElement('div');
        outlineBox.className = 'outline';
        outlineBox.hidden = true;
        shadow.append(style, outlineBox);
        (document.body ?? document.documentElement).append(host);
        dock = { corner: 'bottom-right', pill: innerWidth < NARROW_PX };
        makeFrame();
        addEventListener('focusin', onPageChange, true);
        addEventListener('resize', onPageChange);
        pushed = place(innerWidth >= NARROW_PX);
      }
      host.setAttribute('data-findings', shownIds(next.tips));
      // Once: a new host's place() has pushed the state already where it placed the frame anew.
      if (!pushed) push();
    },
    focus: () => expand(),
    outline(rect) {
      if (!outlineBox) return;
      Object.assign(outlineBox.style, { left: `${rect.left - 4}px`, top: `${rect.top - 4}px`, width: `${rect.width + 8}px`, height: `${rect.height + 8}px` });
      outlineBox.hidden = false;
      // The card moves off the control it points at (a pill where it cannot): the user is to press it.
      place(!dock.pill, false, [rect]);
      // A newer outline's few seconds start again (an older timer never hides it early).
      clearTimeout(outlineTimer);
      outlineTimer = setTimeout(() => outlineBox && (outlineBox.hidden = true), OUTLINE_MS);
    },
  };
}
