import type { Site, SiteSupport } from './types';

/** Marketplaces whose sign-in works like amazon.co.jp's (`/ap/...`); each is its own account store. */
const MARKETPLACES = ['amazon.co.jp', 'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca', 'amazon.com.au', 'amazon.in', 'amazon.com.mx', 'amazon.com.br', 'amazon.sg', 'amazon.nl', 'amazon.pl', 'amazon.se', 'amazon.com.be', 'amazon.com.tr', 'amazon.ae', 'amazon.sa', 'amazon.eg'];
const ALL_HOSTS = MARKETPLACES.map((d) => `*.${d}`);

/**
 * The shop (an allow-list: README, Sites): on each marketplace the bare domain (it redirects to www) and
 * www, where the store, the account, sign-in (`/ap/signin`, `/ax/claim`), two-step verification (`/ap/mfa`,
 * `/ap/cvf`) and the robot check (`/errors/validateCaptcha`) are served (../shared/page-anatomy.md §1.1;
 * tests/fixtures/amazon-real, saved from www.amazon.com); and account-status.amazon.com, where an account on
 * hold is recovered (page-anatomy §1.1), and amazon.co.jp's own account-status host (a public list of
 * amazon.co.jp's hosts). Its pages' static files come from other domains (media-amazon.com,
 * ssl-images-amazon.com). Every other host of these domains is another service (AWS, Seller / Vendor
 * Central, brand registry, advertising, KDP, Merch, Relay, the affiliate programmes…): left alone.
 */
const SHOP_HOSTS = [...MARKETPLACES.flatMap((d) => [d, `www.${d}`]), 'account-status.amazon.com', 'account-status.amazon.co.jp'];

export const amazon: Site = {
  id: 'amazon',
  name: { ja: 'Amazon', en: 'Amazon' },
  domains: MARKETPLACES,
  hosts: SHOP_HOSTS,
  pages: [
    { kind: 'recovery', hosts: ALL_HOSTS, paths: [/^\/ap\/(forgotpassword|fpp)/i], matchPaths: ['/ap/*'] },
    { kind: 'signup', hosts: ALL_HOSTS, paths: [/^\/ap\/register/i], matchPaths: ['/ap/*'] },
    { kind: 'verification', hosts: ALL_HOSTS, paths: [/^\/ap\/(mfa|cvf|challenge|accountfixup)/i], matchPaths: ['/ap/*'] },
    { kind: 'bot-check', hosts: ALL_HOSTS, paths: [/^\/errors\/validateCaptcha/i], matchPaths: ['/errors/validateCaptcha*'] },
    { kind: 'login', hosts: ALL_HOSTS, paths: [/^\/ap\/(signin|sign-in)/i, /^\/ax\/claim/i, /^\/login\b/i], matchPaths: ['/ap/*', '/ax/*', '/login*'] },
    { kind: 'account', hosts: ['account-status.amazon.com', 'account-status.amazon.co.jp'] },
  ],
  resetPerDomain: true,
  hiddenUntilShown: ['.auth-inlined-error-message', '#auth-cookie-warning-message'],
};

/** Official routes and the reset's warning (popup only). The contact page is amazon.co.jp's here and the tab's
 *  own marketplace's in the popup (`forMarketplace`); no phone number (README, Links and their sources). */
export const amazonSupport: SiteSupport = {
  contacts: {
    ja: [
      { label: 'Amazon.co.jpカスタマーサービス（問い合わせページ）', href: 'https://www.amazon.co.jp/gp/help/customer/contact-us' },
      { label: 'アカウントの状態の確認（Amazon、英語のページ）', href: 'https://account-status.amazon.com/' },
    ],
    en: [
      { label: 'Amazon.co.jp Customer Service (contact page)', href: 'https://www.amazon.co.jp/gp/help/customer/contact-us' },
      { label: 'Account status (Amazon, a page in English)', href: 'https://account-status.amazon.com/' },
    ],
  },
  resetWarning: {
    ja: 'amazon.comでは、同じドメインのAWS・Seller Centralなどからもログアウトされます。',
    en: 'On amazon.com this also signs you out of AWS, Seller Central and other services on the same domain.',
  },
};
