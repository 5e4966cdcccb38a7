/** Findings per tab and frame, kept in session storage so a restarted service worker still knows them. */
import { storage } from '#imports';
import { shownInTab } from '../detection/detect';
import { FINDING_IDS, type Finding, type FindingId } from '../findings';
import { mergeFindings, parseFindings } from '../messages';

interface FrameReport {
  findings: Finding[];
  /** When the frame last reported (ms since epoch). */
  at: number;
}
type FramesOfTab = Record<string, FrameReport>;

const PREFIX = 'tab-findings-';
const key = (tabId: number) => `session:${PREFIX}${tabId}` as const;

/** A situation the tab stops showing and shows again within this time has come back: the user passed or
 *  tried the robot check, or the page was loaded again, and the check is there again (a loop). Later, it
 *  is a new one. */
export const RETURN_WITHIN_MS = 30 * 60 * 1000;
/** Per tab and situation: when the tab last stopped showing it, and whether it is shown again since, within
 *  RETURN_WITHIN_MS. The tab's own part of the journey (lib/background/journey.ts keeps the site's). */
type Returns = Partial<Record<FindingId, { left: number; back: boolean }>>;
const PAST_PREFIX = 'tab-returns-';
const pastKey = (tabId: number) => `session:${PAST_PREFIX}${tabId}` as const;
const IDS: ReadonlySet<string> = new Set(FINDING_IDS);

async function readReturns(tabId: number): Promise<Returns> {
  const stored = await storage.getItem<unknown>(pastKey(tabId));
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(
    Object.entries(stored as Record<string, unknown>).flatMap(([id, value]) => {
      const { left, back } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      return IDS.has(id) && typeof left === 'number' && Number.isFinite(left) && typeof back === 'boolean' ? [[id, { left, back }]] : [];
    }),
  );
}

const shownIds = (frames: FramesOfTab) => new Set(shownInTab(mergeFindings(Object.values(frames).map((report) => report.findings))).map((f) => f.id));

/** Stores the tab's frames, and what the tab stopped showing or shows again with this change. */
async function write(tabId: number, before: FramesOfTab, after: FramesOfTab): Promise<void> {
  const was = shownIds(before);
  const is = shownIds(after);
  const left = [...was].filter((id) => !is.has(id));
  const appeared = [...is].filter((id) => !was.has(id));
  if (left.length > 0 || appeared.length > 0) {
    const now = Date.now();
    const returns = await readReturns(tabId);
    for (const id of left) returns[id] = { left: now, back: false };
    for (const id of appeared) {
      const gone = returns[id];
      if (gone) returns[id] = { left: gone.left, back: now - gone.left <= RETURN_WITHIN_MS };
    }
    await storage.setItem(pastKey(tabId), returns);
  }
  await storage.setItem(key(tabId), after);
}

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
    const before = await read(tabId);
    const frames = { ...before };
    if (findings.length === 0) delete frames[frameId];
    else frames[frameId] = { findings, at: Date.now() };
    await write(tabId, before, frames);
  });
}

/**
 * The tab's top document began at `since` (its time origin, sent by the top frame): what frames reported
 * before belongs to an earlier document (after a reload or navigation their frame ids are gone).
 * Says whether anything was dropped.
 */
export function newTopDocument(tabId: number, since: number): Promise<boolean> {
  return oneAtATime(async () => {
    const before = await read(tabId);
    const stale = Object.entries(before).filter(([, report]) => report.at < since);
    if (stale.length === 0) return false;
    const frames = { ...before };
    for (const [frame] of stale) delete frames[frame];
    await write(tabId, before, frames);
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

/** The situations the tab shows again after it stopped showing them, within RETURN_WITHIN_MS: the robot
 *  check that comes back after the user passed or tried it, or on the page loaded again (a loop). */
export async function returnedInTab(tabId: number): Promise<FindingId[]> {
  const returns = await readReturns(tabId);
  return (await tabFindings(tabId)).filter((f) => returns[f.id]?.back === true).map((f) => f.id);
}

export function forgetTab(tabId: number): Promise<void> {
  return oneAtATime(() => storage.removeItems([key(tabId), pastKey(tabId)]));
}
