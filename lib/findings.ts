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
  'page-error',
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export const SITE_IDS = ['aliexpress', 'amazon', 'alibaba'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** The step of a journey a finding's page says it is at (design §2), per id: a code asked for, wrong,
 *  expired, sent too often (wait, do not resend) or tried too often; a lock the user can lift (SMS,
 *  identity check) or one only the site's support can (restricted, suspended, terminated, closed). */
export const FINDING_DETAILS = {
  'verification-code': ['asked', 'wrong', 'expired', 'send-limit', 'try-limit'],
  'account-locked': ['locked', 'restricted'],
} as const satisfies Partial<Record<FindingId, readonly string[]>>;

export type FindingDetail = (typeof FINDING_DETAILS)[keyof typeof FINDING_DETAILS][number];

export interface Finding {
  id: FindingId;
  site: SiteId;
  severity: Severity;
  /** Short visible text or selector that triggered the finding: plain text, at most 200 characters. */
  evidence: string;
  /** Where the page says which step it is at: one of FINDING_DETAILS[id]. */
  detail?: FindingDetail;
}

export type Lang = 'ja' | 'en';

/** A link or phone number the user can act on. */
export interface Contact {
  label: string;
  /** https URL, or tel: URI for a phone number */
  href: string;
}

/** A control on the site's own page that a step is done with. The card looks for it on the page and
 *  quotes its label as the page shows it, with 「ここ」 to scroll to it and outline it. */
export const PAGE_CONTROLS = ['forgot-password', 'verify-identity', 'social-sign-in', 'slider-refresh', 'resend-code', 'sign-in', 'contact-support'] as const;
export type PageControl = (typeof PAGE_CONTROLS)[number];

/** One numbered step: one action. */
export interface Step {
  /** With a control, `%s` marks where its label goes (the card adds the quotation marks). */
  text: string;
  control?: { kind: PageControl; /** The label to quote when the page's own control is not found. */ label?: string };
  /** Without a fallback label: the step as said when the page's control is not found. */
  otherwise?: string;
  /** Shown only where the page has what the step acts on (Amazon's robot check comes with or without the
   *  password field). */
  needs?: 'password-field';
}

/** What a card can do on the page besides what every card offers (copy the support message, open the popup). */
export type CardAction = 'reset' | 'fix-width';

/** The card's first, visually primary button: the one press that does the fix (issue 19). `site-page`: the
 *  site's own page for the situation (the password reset, the contact page); `reset`: the site-data reset in
 *  the card; `fix-width`: 「半角に直す」; `press`: the page's own control (「本人確認へ進む」, a resend or
 *  contact button), pointed at and pressed on the user's click, where the page has it. */
/** `ownLink`: the page's own link of that kind goes first (it carries the sign-in's parameters), then the
 *  site's page, then pressing it. */
export type PrimaryAction = { do: 'site-page'; ownLink?: PageControl } | { do: 'reset' } | { do: 'fix-width' } | { do: 'press'; control: PageControl };

/** One situation's card: what happened, why in one line, at most three steps, and what to press. */
export interface Tip {
  title: string;
  /** One line: the likeliest reason. */
  why: string;
  /** At most three, one action each, in order. */
  steps: Step[];
  /** The other causes to rule out, folded away under the card's details. */
  causes: string[];
  /** The site's own page for this situation (reset the password, retrieve the account, unlock, appeal, contact). */
  sitePage?: Contact;
  /** Without a page of its own, the situation is for the site's support: the card links the contact or
   *  help page of the marketplace the tab is on (amazon.co.jp or amazon.com, 1688 or Alibaba.com). */
  sitePageIsSupport?: boolean;
  actions?: CardAction[];
  /** Further official routes (phone numbers, help pages), in the card's details. */
  contacts?: Contact[];
  /** The one button that does the fix (lib/tips/situations.ts sets it per situation). */
  primary?: PrimaryAction;
  /** The card quotes the page's own words (the finding's evidence, as text): a `page-error`. */
  quotesPage?: boolean;
}

/** A tip table: a site-independent tip for every finding, plus site-specific overrides. */
export interface TipTable {
  common: Record<FindingId, Tip>;
  bySite: Record<SiteId, Partial<Record<FindingId, Tip>>>;
}
