/** Messages between the content scripts and the background, validated on receipt (a page cannot send
 *  them, but a frame's state can be anything). */
import { FINDING_DETAILS, FINDING_IDS, SITE_IDS, type Finding, type FindingId, type Lang, type Tip } from './findings';
import { EVIDENCE_MAX } from './detection/text';
import type { CookieStore } from './background/reset/plan';

/** From content scripts. */
export type Message =
  /** From the bootstrap script: a frame of a supported site has loaded. `detect`: it holds something
   *  sign-in related (the gate is open), so the detector is wanted there. The top frame also says when
   *  its document began, so that frames of the previous document are dropped. `lang`: the frame's
   *  `<html lang>`, for the lexicon's chunks the detector comes with (lib/detection/languages.ts). */
  | { type: 'boot'; detect: boolean; documentSince?: number; lang?: string }
  | { type: 'frame-findings'; findings: Finding[] }
  | { type: 'tab-findings' }
  | { type: 'browser-status' }
  | { type: 'tips'; findings: Finding[]; lang: Lang }
  /** The card's buttons (design §9), from the tab's top frame, on the user's click: they act on the
   *  sender's own tab and site only. */
  | { type: 'card-reset' }
  | { type: 'card-undo' }
  | { type: 'support-message' }
  | { type: 'open-popup'; finding: FindingId | null };

/** From the extension's own pages (popup, options); never accepted from a content script. */
export type PageMessage =
  | { type: 'tab-state'; tabId: number }
  /** `domains`: what the user confirmed; the reset is refused if the tab's site has changed since. */
  | { type: 'reset'; tabId: number; domains: string[] }
  | { type: 'undo' }
  | { type: 'support-message'; tabId: number };

/** Session storage: the tab and finding a card's 「くわしく」 opened the popup on. */
export const POPUP_FOCUS_KEY = 'popup-focus';

export interface TabState {
  tabId: number;
  url: string | null;
  site: Finding['site'] | null;
  findings: Finding[];
  /** The findings that came back in this tab after they had gone (a robot check that loops): their cards
   *  are the looping ones, in the popup as on the page (lib/background/tab-findings.ts, returnedInTab). */
  back: Finding['id'][];
  /** The tab's cookie store: what a reset from here would touch. */
  store: CookieStore | null;
  /** False when the extension's scripts are not in the page (it was open before the extension came, or
   *  the browser refused): the popup asks for a reload rather than saying nothing was found. */
  reachable: boolean;
}

/** Sent by the background to the tips in a tab's top frame when the findings of any of its frames change. */
export interface TabFindingsPush {
  type: 'tab-findings-changed';
  findings: Finding[];
}

export interface ShownTip {
  finding: Finding;
  tip: Tip;
}

/** The background's answer to `tips`. */
export interface TipsAnswer {
  tips: ShownTip[];
  /** The site's data was reset less than 30 minutes ago (a blank page after that: try another browser). */
  afterReset: boolean;
}

export type CardResetAnswer = { ok: true; cookies: number; storageCleared: boolean; undoUntil: number } | { ok: false };
export type CardUndoAnswer = { restored: number; failed: number } | null;

/** Sent by the background to the tips in a tab's top frame: the extension's shortcut was pressed. */
export interface FocusTips {
  type: 'focus-tips';
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

function isFinding(value: unknown): value is Finding {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return (
    FINDING_IDS.includes(f.id as FindingId) &&
    SITE_IDS.includes(f.site as Finding['site']) &&
    SEVERITIES.has(f.severity as string) &&
    typeof f.evidence === 'string' &&
    f.evidence.length <= EVIDENCE_MAX &&
    (f.detail === undefined || ((FINDING_DETAILS as Partial<Record<string, readonly string[]>>)[f.id as string] ?? []).includes(f.detail as string))
  );
}

/** Keeps only well-formed findings (at most one per id). */
export function parseFindings(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [];
  const byId = new Map<FindingId, Finding>();
  for (const item of value.slice(0, FINDING_IDS.length * 4)) {
    if (isFinding(item) && !byId.has(item.id)) {
      byId.set(item.id, { id: item.id, site: item.site, severity: item.severity, evidence: item.evidence, ...(item.detail ? { detail: item.detail } : {}) });
    }
  }
  return [...byId.values()];
}

export function parsePageMessage(value: unknown): PageMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  const tabId = typeof m.tabId === 'number' && Number.isInteger(m.tabId) && m.tabId >= 0 ? m.tabId : null;
  if (m.type === 'tab-state' && tabId !== null) return { type: m.type, tabId };
  if (m.type === 'reset' && tabId !== null && Array.isArray(m.domains) && m.domains.every((d) => typeof d === 'string')) {
    return { type: m.type, tabId, domains: m.domains as string[] };
  }
  if (m.type === 'undo') return { type: 'undo' };
  if (m.type === 'support-message' && tabId !== null) return { type: m.type, tabId };
  return null;
}

export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'boot':
      return {
        type: m.type,
        detect: m.detect === true,
        ...(Number.isFinite(m.documentSince) ? { documentSince: m.documentSince as number } : {}),
        ...(typeof m.lang === 'string' && m.lang.length <= 35 ? { lang: m.lang } : {}),
      };
    case 'frame-findings':
      return { type: m.type, findings: parseFindings(m.findings) };
    case 'tips':
      return { type: m.type, findings: parseFindings(m.findings), lang: m.lang === 'ja' ? 'ja' : 'en' };
    case 'tab-findings':
    case 'browser-status':
    case 'card-reset':
    case 'card-undo':
    case 'support-message':
      return { type: m.type };
    case 'open-popup':
      return { type: m.type, finding: FINDING_IDS.includes(m.finding as FindingId) ? (m.finding as FindingId) : null };
    default:
      return null;
  }
}

/** Findings of several frames merged: one per id, the most severe first kept (its detail with it); of
 *  two as severe, one that says its step. */
export function mergeFindings(lists: Finding[][]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const byId = new Map<FindingId, Finding>();
  for (const f of lists.flat()) {
    const kept = byId.get(f.id);
    if (!kept || rank[f.severity] < rank[kept.severity] || (rank[f.severity] === rank[kept.severity] && f.detail && !kept.detail)) byId.set(f.id, f);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
