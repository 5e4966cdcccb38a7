/** Where the card goes: a corner where it covers neither the field being typed in nor the site's own
 *  dialog, and preferably no field or button at all; where no corner is free, or the window is narrow,
 *  it shrinks to a small pill that opens on click. */
export type Corner = 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';
export interface Dock {
  corner: Corner;
  pill: boolean;
}

const CORNERS: Corner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];
const MARGIN = 12;
/** The pill's size before it was measured (below 520 px it holds the answer and the primary button). */
export const PILL_GUESS = { width: 320, height: 120 };
/** Below this width a card would cover most of the page: it starts as a pill. */
export const NARROW_PX = 520;

const DIALOGS = 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]';
/** The site's own messages (its error box, a toast): the card never covers them. */
const MESSAGES = '[role=alert], [aria-live=assertive]';
const CONTROLS = 'input:not([type=hidden]), button, select, textarea, iframe';

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

const shown = (r: DOMRect) => r.width > 0 && r.height > 0;
const withText = (selector: string, except: Element) =>
  [...document.querySelectorAll(selector)].filter((el) => !except.contains(el) && (el.textContent ?? '').trim().length > 0).map((el) => el.getBoundingClientRect()).filter(shown);
const rects = (selector: string, except: Element) =>
  [...document.querySelectorAll(selector)].filter((el) => !except.contains(el)).map((el) => el.getBoundingClientRect()).filter(shown);

function at(corner: Corner, width: number, height: number): Box {
  const left = corner.endsWith('left') ? MARGIN : innerWidth - MARGIN - width;
  const top = corner.startsWith('top') ? MARGIN : innerHeight - MARGIN - height;
  return { left, top, right: left + width, bottom: top + height };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** `size`: the open card's size; `own`: the card's host, left out of what it must not cover; `alsoAvoid`:
 *  what the card is pointing at (a control of the page it just outlined). */
export function chooseDock(size: { width: number; height: number }, own: Element, wasPill: boolean, alsoAvoid: Box[] = [], pillSize: { width: number; height: number } = PILL_GUESS): Dock {
  const active = document.activeElement;
  const focused = active && active !== document.body && !own.contains(active) ? [active.getBoundingClientRect()].filter(shown) : [];
  const mustNotCover = [...focused, ...rects(DIALOGS, own), ...withText(MESSAGES, own), ...alsoAvoid];
  const ratherNot = rects(CONTROLS, own);
  const fits = (corner: Corner, avoid: Box[]) => !avoid.some((r) => overlaps(at(corner, size.width, size.height), r));
  const free = CORNERS.find((c) => fits(c, [...mustNotCover, ...ratherNot])) ?? CORNERS.find((c) => fits(c, mustNotCover));
  const narrow = innerWidth < NARROW_PX;
  if (!free || (narrow && wasPill)) {
    // The pill is small: any corner where the pill itself (its own size) is clear of the focused field,
    // the dialogs, the messages and what the card points at will do.
    const pillFits = (corner: Corner) => !mustNotCover.some((r) => overlaps(at(corner, pillSize.width, pillSize.height), r));
    const pillCorner = CORNERS.find(pillFits) ?? 'bottom-right';
    return { corner: pillCorner, pill: true };
  }
  return { corner: free, pill: false };
}

/** Opened by the user where no corner is free (a narrow window, the site's dialog in the middle): the corner
 *  with the most room above or below the site's dialog and messages, and that room's height, so that the
 *  open card never covers them (it scrolls inside). Null where no corner has a useful room. */
export function roomToOpen(width: number, own: Element): { corner: Corner; height: number } | null {
  const avoid = [...rects(DIALOGS, own), ...withText(MESSAGES, own)];
  let best: { corner: Corner; height: number } | null = null;
  for (const corner of CORNERS) {
    const left = corner.endsWith('left') ? MARGIN : innerWidth - MARGIN - width;
    const column = avoid.filter((r) => r.left < left + width && r.right > left);
    const height = corner.startsWith('top')
      ? Math.min(innerHeight - MARGIN, ...column.map((r) => r.top - MARGIN)) - MARGIN
      : innerHeight - MARGIN - Math.max(MARGIN, ...column.map((r) => r.bottom + MARGIN));
    if (!best || height > best.height) best = { corner, height };
  }
  return best && best.height >= MIN_ROOM ? best : null;
}
/** Less than this, an open card is no use: it covers what it must (the user asked for it). */
const MIN_ROOM = 160;
