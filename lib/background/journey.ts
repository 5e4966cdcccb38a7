/** What the user and the extension did and saw on a site (for the support message's "what I tried"), kept in
 *  session storage per site: the browser forgets it when it closes. */
import { storage } from '#imports';
import { FINDING_IDS, SITE_IDS, type SiteId } from '../findings';
import type { JourneyEvent } from './support-message';

export type { JourneyEvent } from './support-message';

/** The newest events kept. */
export const JOURNEY_MAX = 20;
/** Older events are dropped. */
export const JOURNEY_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** The same kind and what again within this time is the same event. */
export const JOURNEY_REPEAT_MS = 5 * 60 * 1000;

const KINDS: ReadonlySet<string> = new Set<JourneyEvent['kind']>(['seen', 'reset', 'reset-failed', 'undo', 'ticked']);
const FINDINGS: ReadonlySet<string> = new Set(FINDING_IDS);
const SITES: ReadonlySet<string> = new Set(SITE_IDS);
/** A checklist item id (lib/checklist/items.ts spells them in lower-case words and hyphens). */
const ITEM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function validWhat(kind: JourneyEvent['kind'], what: string): boolean {
  if (kind === 'seen') return FINDINGS.has(what);
  if (kind === 'ticked') return what.length <= 60 && ITEM_ID.test(what);
  return SITES.has(what);
}

const fresh = (event: JourneyEvent, now: number) => now - event.at <= JOURNEY_MAX_AGE_MS;

/**
 * The list with `event` added: events older than a day dropped, a repeat of the same kind and what within
 * five minutes ignored, the newest 20 kept (oldest first). Does not change `list`.
 */
export function addEvent(list: JourneyEvent[], event: JourneyEvent, now: number): JourneyEvent[] {
  const kept = list.filter((e) => fresh(e, now));
  const repeat = kept.some((e) => e.kind === event.kind && e.what === event.what && Math.abs(event.at - e.at) < JOURNEY_REPEAT_MS);
  const next = repeat || !fresh(event, now) ? kept : [...kept, event];
  return next.sort((a, b) => a.at - b.at).slice(-JOURNEY_MAX);
}

/** Stored events, validated: anything malformed is dropped. */
export function parseJourney(value: unknown): JourneyEvent[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): JourneyEvent[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { at, kind, what } = item as Record<string, unknown>;
    if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return [];
    if (typeof kind !== 'string' || !KINDS.has(kind) || typeof what !== 'string') return [];
    const event: JourneyEvent = { at, kind: kind as JourneyEvent['kind'], what };
    return validWhat(event.kind, what) ? [event] : [];
  });
}

const key = (site: SiteId) => `session:journey-${site}` as const;

/** The site's events of the last day, oldest first. */
export async function readJourney(site: SiteId): Promise<JourneyEvent[]> {
  const now = Date.now();
  return parseJourney(await storage.getItem<unknown>(key(site)))
    .filter((e) => fresh(e, now))
    .sort((a, b) => a.at - b.at);
}

/** Updates are read-modify-write of one stored value per site: one at a time, or two would overwrite each other. */
let updates: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(update: () => Promise<T>): Promise<T> {
  const next = updates.then(update, update);
  updates = next.catch(() => undefined);
  return next;
}

/** Adds an event to the site's journey (a malformed one is ignored). */
export function recordJourney(site: SiteId, event: JourneyEvent): Promise<void> {
  return oneAtATime(async () => {
    const [valid] = parseJourney([event]);
    if (!valid) return;
    const list = parseJourney(await storage.getItem<unknown>(key(site)));
    await storage.setItem(key(site), addEvent(list, valid, Date.now()));
  });
}
