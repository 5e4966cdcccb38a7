/** Findings per tab and frame, kept in session storage so a restarted service worker still knows them. */
import { storage } from '#imports';
import { withoutSuperseded } from './detect';
import type { Finding } from './findings';
import { mergeFindings, parseFindings } from './messages';

interface FrameReport {
  findings: Finding[];
  /** When the frame last reported (ms since epoch). */
  at: number;
}
type FramesOfTab = Record<string, FrameReport>;

const key = (tabId: number) => `session:tab-findings-${tabId}` as const;

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

/**
 * Stores a frame's findings. `documentSince` (the top document's time origin, sent by the top frame)
 * drops what frames of an earlier document reported: after a reload or navigation their frame ids are gone.
 */
export function setFrameFindings(tabId: number, frameId: number, findings: Finding[], documentSince?: number): Promise<void> {
  return oneAtATime(async () => {
    const frames = await read(tabId);
    if (documentSince !== undefined) {
      for (const [frame, report] of Object.entries(frames)) if (report.at < documentSince) delete frames[frame];
    }
    if (findings.length === 0) delete frames[frameId];
    else frames[frameId] = { findings, at: Date.now() };
    await storage.setItem(key(tabId), frames);
  });
}

/** Findings of the tab's child frames (a login iframe, a slider dialog), merged. */
export async function childFindings(tabId: number): Promise<Finding[]> {
  const frames = await read(tabId);
  return mergeFindings(Object.entries(frames).filter(([frame]) => frame !== '0').map(([, report]) => report.findings));
}

/** Everything the tab shows, as the page's panel shows it (a more specific finding hides the redundant one). */
export async function tabFindings(tabId: number): Promise<Finding[]> {
  return withoutSuperseded(mergeFindings(Object.values(await read(tabId)).map((report) => report.findings)));
}

export function forgetTab(tabId: number): Promise<void> {
  return oneAtATime(() => storage.removeItem(key(tabId)));
}
