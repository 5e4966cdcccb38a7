/**
 * The card's frame and the tips script in the page talk through the extension's messaging only, never
 * `window.postMessage` (a page can post into any frame, but it cannot send or read extension messages).
 * Chrome: one port, `tabs.connect` from the frame to the tab's top frame. Firefox gives an extension page
 * framed in a web page no `tabs` API: the frame's messages go through the background (`card-relay`, sent
 * on to the tab's top frame only), and the tips script's go through it too (`card-push`, sent on to the
 * card's frame, by the frame id the frame said in its `hello`). The frame is an extension page
 * (`card.html`), loaded in an iframe inside the tips host's closed shadow root; its address carries a
 * one-time token that the tips script checks, so that only the frame it made is served.
 */
import { PAGE_CONTROLS, type Lang, type PageControl } from './findings';
import type { ShownTip } from './messages';

/** The card's page (entrypoints/card/), web-accessible to the sites' https pages only (wxt.config.ts). */
export const CARD_PAGE = '/card.html';
/** The port's name: this prefix and the frame's token. */
export const CARD_PORT = 'login-rescue-card:';
/** Firefox: the frame's message to the tips script, through the background. */
export const CARD_RELAY = 'card-relay';
/** Firefox: the tips script's message to its frame, through the background. */
export const CARD_PUSH = 'card-push';

export interface CardDock {
  corner: 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';
  pill: boolean;
}

/** What the card knows of the page, live (read in the page by the tips script). */
export interface CardPage {
  /** The page's own controls, by the label the page shows. */
  controls: Partial<Record<PageControl, string>>;
  /** Lines about what the user typed (a phone number's leading 0, a mistyped mail domain). */
  hints: string[];
  /** The site's data was reset from a card and this problem is still here: the next step is another browser. */
  afterReset: boolean;
  /** The page's address without its query, for opening it elsewhere. */
  address: string;
  /** False when the page has no password field: steps that need one are left out. */
  hasPasswordField: boolean;
  /** The page's own links by control (its forgot-password link: https, on the site's own hosts). */
  links?: Partial<Record<PageControl, string>>;
  /** What the user typed that one press corrects (on click only): the phone number without its trunk 0
   *  after +81, a mail domain one slip off. */
  fixes?: TypedFix[];
  /** The extension's shortcut to the card, as the browser has it bound (commands.getAll()). */
  shortcut?: string;
  /** The whole message a finding's words are in, by finding id (where the page says when a limit lifts). */
  around?: Partial<Record<string, string>>;
}

/** What the card shows; sent by the tips script whenever it changes. */
export interface CardState {
  type: 'state';
  lang: Lang;
  tips: ShownTip[];
  /** Everything but the shortcut, which the frame reads from the browser itself. */
  page: Omit<CardPage, 'shortcut'>;
  dock: CardDock;
  /** The page's viewport: the frame is sized from it (the card is at most 360 px wide, 24 px inside it). */
  viewport: { width: number; height: number };
}

/** A correction of what the user typed, offered as the card's primary button. */
export interface TypedFix {
  kind: 'phone' | 'email';
  /** What the field will hold: 9012345678, taro@gmail.com. */
  value: string;
  /** What the button names: the digits, the domain. */
  shown: string;
}

/** From the tips script to the frame. */
export type ToFrame = CardState | { type: 'focus' } | { type: 'fixed'; ok: boolean };

/** From the frame to the tips script: the frame's size, and what needs the page. */
export type ToPage =
  /** The frame is ready (Firefox, where no port opening says so), and its frame id in the tab. */
  | { type: 'hello'; frameId: number }
  | { type: 'size'; width: number; height: number }
  | { type: 'expand' }
  | { type: 'collapse' }
  | { type: 'locate'; kind: PageControl }
  | { type: 'fix-width'; evidence: string }
  /** Writes the typed fix into its field (on the user's click only): `value` is the one the card showed. */
  | { type: 'fix-typed'; kind: TypedFix['kind']; value: string }
  /** Points at the page's own control and presses it (on the user's click in the frame only): `label` is
   *  the one the card quoted ('' where the control has no short label of its own). */
  | { type: 'press'; kind: PageControl; label: string }
  | { type: 'reload' };


/** The frame's messages, checked: the tips script acts on these only. */
export function parseToPage(value: unknown): ToPage | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'size':
      return Number.isFinite(m.width) && Number.isFinite(m.height) ? { type: 'size', width: Math.max(0, m.width as number), height: Math.max(0, m.height as number) } : null;
    case 'hello':
      return Number.isInteger(m.frameId) && (m.frameId as number) > 0 ? { type: 'hello', frameId: m.frameId as number } : null;
    case 'expand':
    case 'collapse':
    case 'reload':
      return { type: m.type };
    case 'locate':
      return typeof m.kind === 'string' && (PAGE_CONTROLS as readonly string[]).includes(m.kind) ? { type: 'locate', kind: m.kind as PageControl } : null;
    case 'fix-width':
      return { type: 'fix-width', evidence: typeof m.evidence === 'string' ? m.evidence.slice(0, 200) : '' };
    case 'fix-typed':
      return (m.kind === 'phone' || m.kind === 'email') && typeof m.value === 'string' && m.value.length > 0 && m.value.length <= SHOWN_MAX ? { type: 'fix-typed', kind: m.kind, value: m.value } : null;
    case 'press':
      return typeof m.kind === 'string' && (PAGE_CONTROLS as readonly string[]).includes(m.kind) && typeof m.label === 'string' && m.label.length <= SHOWN_MAX
        ? { type: 'press', kind: m.kind as PageControl, label: m.label }
        : null;
    default:
      return null;
  }
}
/** Longer than any label the card quotes or value it writes: a message saying more is not the card's. */
const SHOWN_MAX = 200;

/** The page's control a `press` may press: the one chosen for that kind when the card's state was pushed
 *  (so a control of the shown tips), and only where the card quoted that very label. */
export function chosenControl<E>(request: { kind: PageControl; label: string }, chosen: ReadonlyMap<PageControl, { element: E; label: string }>): E | null {
  const kept = chosen.get(request.kind);
  return kept && kept.label === request.label ? kept.element : null;
}

/** The typed fix a `fix-typed` may write: the one of that kind whose value is the one the card showed. */
export function shownFix<F extends TypedFix>(request: { kind: TypedFix['kind']; value: string }, fixes: readonly F[]): F | null {
  return fixes.find((f) => f.kind === request.kind && f.value === request.value) ?? null;
}
