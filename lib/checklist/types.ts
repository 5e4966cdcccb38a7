import type { SiteId } from '../findings';

/** What the extension can find out by itself for a checklist item. */
export type AutoCheck = 'caps-lock' | 'num-lock' | 'full-width' | 'cookies-enabled' | 'site-cookies' | 'browser-version' | 'lock-notice' | 'email-verified';

export interface ChecklistItem {
  /** Stable id: ticks are stored under it (never rename one; add a migration instead). */
  id: string;
  /** `label`: the state once checked (the support message says instead what was looked at: CHECKED in
   *  lib/background/support-message.ts);
   *  `check`: what to check, as the popup lists it (positive: "Check for sign-ins you don't recognise"). */
  ja: { label: string; check: string; howTo: string };
  en: { label: string; check: string; howTo: string };
  /** Set when the extension can check this item itself. */
  auto?: AutoCheck;
}

/** The ordered causes to rule out on one site, most likely and cheapest first. */
export type Checklists = Record<SiteId, ChecklistItem[]>;
