/** Findings per tab and frame, kept in session storage so a restarted service worker still knows them. */
import { storage } from '#imports';
import type { Finding } from './findings';
import { mergeFindings, parseFindings } from './messages';

type FramesOfTab = Record<string, Finding[]>;

const key = (tabId: number) => `session:tab-findings-${tabId}` as const;

async function read(tabId: number): Promise<FramesOfTab> {
  const stored = await storage.getItem<FramesOfTab>(key(tabId));
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(Object.entries(stored).map(([frame, list]) => [frame, parseFindings(list)]));
}

/** Updates are read-modify-write of one stored value per tab: run them one at a time, or two frames
 *  reporting together would overwrite each other (a login iframe's findings lost to the top frame's). */
let updates: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(update: () => Promise<T>): Promise<T> {
  const next = updates.then(update, update);
  updates = next.catch(() => undefined);
  return next;
}

export function setFrameFindings(tabId: number, frameId: number, findings: Finding[]): Promise<void> {
  return oneAtATime(async () => {
    const frames = await read(tabId);
    if (findings.length === 0) delete frames[frameId];
    else frames[frameId] = findings;
    await storage.setItem(key(tabId), frames);
  });
}

/** Findings of the tab's child frames (a login iframe, a slider dialog), merged. */
export async function childFindings(tabId: number): Promise<Finding[]> {
  const frames = await read(tabId);
  return mergeFindings(Object.entries(frames).filter(([frame]) => frame !== '0').map(([, list]) => list));
}

export async function tabFindings(tabId: number): Promise<Finding[]> {
  return mergeFindings(Object.values(await read(tabId)));
}

export function forgetTab(tabId: number): Promise<void> {
  return oneAtATime(() => storage.removeItem(key(tabId)));
}
