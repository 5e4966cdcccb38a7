import type { Contact, SiteId } from '../findings';

/** What kind of page a URL is, as far as signing in goes. */
export type PageKind = 'login' | 'signup' | 'recovery' | 'retrieval' | 'verification' | 'bot-check' | 'account' | 'other';

/** A URL rule: a host (exact, or `*.` for any subdomain) and optional path prefixes / patterns. */
export interface PageRule {
  kind: Exclude<PageKind, 'other'>;
  hosts: string[];
  /** Path patterns tested against `pathname + search`; none = every path on those hosts. */
  paths?: RegExp[];
  /** The same pages as match-pattern paths, in the spellings the sites use (match patterns are case
   *  sensitive, and coarser than `paths`): the bootstrap is declared there, so that it runs from the start
   *  even in a frame opened later (a login dialog, a captcha). Any other page of the site, a sign-in page
   *  spelt otherwise included, gets it once loaded. Rules without `paths` cover whole hosts. */
  matchPaths?: string[];
}

export interface Site {
  id: SiteId;
  name: { ja: string; en: string };
  /** Registrable domains the site's accounts live under: the scope of its domain-wide cookies (a cookie set
   *  for `.amazon.co.jp` is sent to every host of it, the shop's included), of the reset and of the host
   *  permissions (a browser lets an extension read a domain cookie only with access to its domain). */
  domains: string[];
  /**
   * The hosts that ARE the shop, exact names (an allow-list): sign-in, account, marketplace, captcha. Only
   * these get the content script and the card (over https), and only their cookies and storage, with the
   * domain-wide cookies of `domains`, are reset. Any other host under `domains` (AWS, Seller Central, brand
   * registry, affiliate programmes…) is another service and is left alone.
   */
  hosts: string[];
  pages: PageRule[];
  /** Elements the site's own stylesheet hides until its script shows them (with an inline style or an
   *  error class on the form): without that stylesheet (a saved page, a test server) they must not count. */
  hiddenUntilShown?: string[];
  /** Each domain is a separate account store (Amazon marketplaces): a reset covers only the tab's one. */
  resetPerDomain?: boolean;
}

/** What only the popup needs of a site: kept apart so that the content script's bundle leaves it out. */
export interface SiteSupport {
  /** Official recovery pages and support routes, in the order a user should try them. */
  contacts: { ja: Contact[]; en: Contact[] };
  /** Said in the reset's confirmation: what else signing out there affects. */
  resetWarning?: { ja: string; en: string };
}

/** A forgot-password page's address, as the sites spell it (`forget.htm`, `find-password`, `password_find`,
 *  `resetPassword`, `findPwd`): a task word next to the password. */
export const RECOVERY_PATH = /forget|forgot|(find|reset|retrieve|recover)[-_]?(pass|pwd)|(pass(word)?|pwd)[-_]?(find|reset|retrieve|recover)/i;
