/** Findings per tab and frame, kept in session storage so a restarted service worker still knows them. */
import { storage } from '#imports';
import { shownInTab } from '../detection/detect';
import type { Finding } from '../findings';
import { mergeFindings, parseFindings } from '../messages';

interface FrameReport {
  findings: Finding[];
  /** When the frame last reported (ms since epoch). */
  at: number;
}
type FramesOfTab = Record<string, FrameReport>;

const PREFIX = 'tab-findings-';
const key = (tabId: number) => `session:${PREFIX}${tabId}` as const;

async function read(tabId: number): Promise<FramesOfTab> {
  const stored = await storage.getItem<unknown>(key(tabId));
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(
    Object.entries(stored as Record<string, Partial<FrameReport>>).map(([frame, report]) => [
      frame,
      { findings: parseFindings(report?.findings), at: typeof report?.at === 'number' ? report.at : 0 },
    ]),
  );
}

/** Updates are read-modify-write of one stored value per tab: run them one at a time, or two frames
 *  reporting together would overwrite each other (a login iframe's findings lost to the top frame's). */
let updates: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(update: () => Promise<T>): Promise<T> {
  const next = updates.then(update, update);
  updates = next.catch(() => undefined);
  return next;
}

/** Stores a frame's findings (an empty list removes the frame). */
export function setFrameFindings(tabId: number, frameId: number, findings: Finding[]): Promise<void> {
  return oneAtATime(async () => {
    const frames = await read(tabId);
    if (findings.length === 0) delete frames[frameId];
    else frames[frameId] = { findings, at: Date.now() };
    await storage.setItem(key(tabId), frames);
  });
}

/**
 * The tab's top document began at `since` (its time origin, sent by the top frame): what frames reported
 * before belongs to an earlier document (after a reload or navigation their frame ids are gone).
 * Says whether anything was dropped.
 */
export function newTopDocument(tabId: number, since: number): Promise<boolean> {
  return oneAtATime(async () => {
    const frames = await read(tabId);
    const stale = Object.entries(frames).filter(([, report]) => report.at < since);
    if (stale.length === 0) return false;
    for (const [frame] of stale) delete frames[frame];
    await storage.setItem(key(tabId), frames);
    return true;
  });
}

/** Everything the tab shows, as the page's panel shows it (a more specific finding hides the redundant one). */
export async function tabFindings(tabId: number): Promise<Finding[]> {
  return shownInTab(mergeFindings(Object.values(await read(tabId)).map((report) => report.findings)));
}

/** The tabs with stored findings. */
export async function tabsWithFindings(): Promise<number[]> {
  const stored = await browser.storage.session.get(null);
  return Object.keys(stored)
    .filter((name) => name.startsWith(PREFIX))
    .map((name) => Number(name.slice(PREFIX.length)))
    .filter(Number.isInteger);
}

export function forgetTab(tabId: number): Promise<void> {
  return oneAtATime(() => storage.removeItem(key(tabId)));
}
