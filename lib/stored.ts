/** The stored items of the extension pages (WXT storage, with versions and migrations). */
import { storage } from '#imports';
import { OPTIONS_KEY, type ChecklistTicks } from './settings';
import { SITE_IDS, type SiteId } from './findings';

export const optionsItem = storage.defineItem<unknown>(`local:${OPTIONS_KEY}`, { fallback: null, version: 1 });

/** v1 stored a flat list of ticked "site:item" strings; v2 keeps when each item was ticked, per site. */
export const ticksItem = storage.defineItem<unknown>('local:checklist-ticks', {
  fallback: null,
  version: 2,
  migrations: {
    2: (old: unknown) => {
      if (!Array.isArray(old)) return old;
      const ticks: ChecklistTicks = { aliexpress: {}, amazon: {}, alibaba: {} };
      for (const entry of old) {
        const [site, item] = typeof entry === 'string' ? entry.split(':') : [];
        if (site && item && (SITE_IDS as readonly string[]).includes(site)) ticks[site as SiteId][item] = 0;
      }
      return ticks;
    },
  },
});

