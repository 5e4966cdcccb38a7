/** The finding catalogue of design §2. The id is the public contract (tests, scan, page marker, popup). */
export const FINDING_IDS = [
  'wrong-password',
  'account-not-found',
  'field-error',
  'email-already-registered',
  'account-locked',
  'bot-check',
  'slider-stuck',
  'verification-code',
  'caps-lock-on',
  'num-lock-off',
  'full-width-input',
  'blank-login-page',
  'password-reset',
  'account-retrieval',
  'suspicious-activity',
  'email-unverified',
  'outdated-browser',
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export const SITE_IDS = ['aliexpress', 'amazon', 'alibaba'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export interface Finding {
  id: FindingId;
  site: SiteId;
  severity: Severity;
  /** Short visible text or selector that triggered the finding: plain text, at most 200 characters. */
  evidence: string;
}

export type Lang = 'ja' | 'en';

/** A link or phone number the user can act on. */
export interface Contact {
  label: string;
  /** https URL, or tel: URI for a phone number */
  href: string;
}

/** One in-page tip: what happened, the likely causes in order, and the next concrete step. */
export interface Tip {
  title: string;
  causes: string[];
  next: string;
  contacts?: Contact[];
}

/** A tip table: a site-independent tip for every finding, plus site-specific overrides. */
export interface TipTable {
  common: Record<FindingId, Tip>;
  bySite: Record<SiteId, Partial<Record<FindingId, Tip>>>;
}
