/**
 * Stored state, validated on every read: a corrupt or old value falls back to safe defaults (or is
 * migrated) and says so, never crashes the popup or a content script.
 */
import { SITE_IDS, type FindingId, type SiteId } from './findings';

export interface Options {
  /** In-page tips on each site. */
  sites: Record<SiteId, boolean>;
  tips: boolean;
}

/** Where the options live in `storage.local` (the content script reads them without WXT's storage). */
export const OPTIONS_KEY = 'options';

export const DEFAULT_OPTIONS: Options = { sites: { aliexpress: true, amazon: true, alibaba: true }, tips: true };

/** Ticks per site: item id → ticked at (ms). */
export type ChecklistTicks = Record<SiteId, Record<string, number>>;
const NO_TICKS: ChecklistTicks = { aliexpress: {}, amazon: {}, alibaba: {} };

export interface Checked<T> {
  value: T;
  /** Set when the stored value was unusable and the defaults are shown instead. */
  repaired: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateOptions(raw: unknown): Checked<Options> {
  if (raw === null || raw === undefined) return { value: DEFAULT_OPTIONS, repaired: false };
  if (!isRecord(raw) || !isRecord(raw.sites)) return { value: DEFAULT_OPTIONS, repaired: true };
  const sites = raw.sites;
  const value: Options = {
    sites: Object.fromEntries(SITE_IDS.map((id) => [id, typeof sites[id] === 'boolean' ? sites[id] : true])) as Options['sites'],
    tips: typeof raw.tips === 'boolean' ? raw.tips : true,
  };
  const repaired = SITE_IDS.some((id) => sites[id] !== undefined && typeof sites[id] !== 'boolean') || (raw.tips !== undefined && typeof raw.tips !== 'boolean');
  return { value, repaired };
}

export function validateTicks(raw: unknown): Checked<ChecklistTicks> {
  if (raw === null || raw === undefined) return { value: NO_TICKS, repaired: false };
  if (!isRecord(raw)) return { value: NO_TICKS, repaired: true };
  let repaired = false;
  const value = Object.fromEntries(
    SITE_IDS.map((site) => {
      const ticks = raw[site];
      if (ticks === undefined) return [site, {}];
      if (!isRecord(ticks)) {
        repaired = true;
        return [site, {}];
      }
      const clean = Object.fromEntries(Object.entries(ticks).filter(([, at]) => typeof at === 'number' && Number.isFinite(at)));
      if (Object.keys(clean).length !== Object.keys(ticks).length) repaired = true;
      return [site, clean];
    }),
  ) as ChecklistTicks;
  return { value, repaired };
}

/** Reads an item; a store that throws counts as corrupt (defaults shown, nothing lost by reading). */
export async function readChecked<T>(item: { getValue(): Promise<unknown> }, validate: (raw: unknown) => Checked<T>): Promise<Checked<T>> {
  try {
    return validate(await item.getValue());
  } catch {
    return { ...validate(undefined), repaired: true };
  }
}

/** Where closed cards are remembered in `storage.local`: "site:finding" → closed until (ms). The tips read
 *  it in the page (without WXT's storage); the options page can clear it. */
export const CLOSED_CARDS_KEY = 'closed-cards';
/** A closed card stays closed for that finding on that site for a day. */
export const CLOSED_FOR_MS = 24 * 60 * 60_000;

export type ClosedCards = Record<string, number>;

/** Keeps the entries still in force; anything malformed is dropped (the card then shows again). */
export function validateClosedCards(raw: unknown, now: number): ClosedCards {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, number] => {
    const [key, until] = entry;
    return /^[a-z]+:[a-z-]+$/.test(key) && typeof until === 'number' && until > now && until <= now + CLOSED_FOR_MS;
  }));
}

/** A closed card's entry: that finding on that site. */
export const closedKey = (site: SiteId, id: FindingId): string => `${site}:${id}`;

/** Closes that finding's card on that site for a day (the card's ×, or its confirmation in the popup). */
export async function closeCardForADay(site: SiteId, id: FindingId, now = Date.now()): Promise<void> {
  const closed = validateClosedCards((await browser.storage.local.get(CLOSED_CARDS_KEY))[CLOSED_CARDS_KEY], now);
  await browser.storage.local.set({ [CLOSED_CARDS_KEY]: { ...closed, [closedKey(site, id)]: now + CLOSED_FOR_MS } });
}
