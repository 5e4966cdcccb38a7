import type { Site, SiteSupport } from './types';

/** Marketplaces whose sign-in works like amazon.co.jp's (`/ap/...`). */
const MARKETPLACES = ['amazon.co.jp', 'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca', 'amazon.com.au', 'amazon.in', 'amazon.com.mx', 'amazon.com.br', 'amazon.sg', 'amazon.nl'];
const ALL_HOSTS = MARKETPLACES.map((d) => `*.${d}`);

export const amazon: Site = {
  id: 'amazon',
  name: { ja: 'Amazon', en: 'Amazon' },
  domains: MARKETPLACES,
  excludedHosts: [
    'aws.amazon.com', '*.aws.amazon.com', 'sellercentral.amazon.com', 'sellercentral-japan.amazon.com', 'sellercentral.amazon.co.jp',
    'developer.amazon.com', 'advertising.amazon.com', 'kdp.amazon.com', 'kdp.amazon.co.jp', 'affiliate.amazon.co.jp', 'affiliate-program.amazon.com',
  ],
  loginHosts: [...MARKETPLACES.flatMap((d) => [`www.${d}`, d]), 'account-status.amazon.com'],
  pages: [
    { kind: 'recovery', hosts: ALL_HOSTS, paths: [/^\/ap\/(forgotpassword|fpp)/i], matchPaths: ['/ap/*'] },
    { kind: 'signup', hosts: ALL_HOSTS, paths: [/^\/ap\/register/i], matchPaths: ['/ap/*'] },
    { kind: 'verification', hosts: ALL_HOSTS, paths: [/^\/ap\/(mfa|cvf|challenge|accountfixup)/i], matchPaths: ['/ap/*'] },
    { kind: 'bot-check', hosts: ALL_HOSTS, paths: [/^\/errors\/validateCaptcha/i], matchPaths: ['/errors/validateCaptcha*'] },
    { kind: 'login', hosts: ALL_HOSTS, paths: [/^\/ap\/(signin|sign-in)/i, /^\/ax\/claim/i, /^\/login\b/i], matchPaths: ['/ap/*', '/ax/*', '/login*'] },
    { kind: 'account', hosts: ['account-status.amazon.com'] },
  ],
  resetPerDomain: true,
  hiddenUntilShown: ['.auth-inlined-error-message', '#auth-cookie-warning-message'],
};

/** Official routes and the reset's warning (popup only). */
export const amazonSupport: SiteSupport = {
  contacts: {
    ja: [
      { label: 'カスタマーサービス（フリーダイヤル）0120-999-373', href: 'tel:0120999373' },
      { label: 'カスタマーサービス（携帯・有料）011-330-3000', href: 'tel:0113303000' },
      { label: '保留中のアカウント', href: 'https://account-status.amazon.com/' },
    ],
    en: [
      { label: 'Amazon.co.jp customer service (toll-free) 0120-999-373', href: 'tel:0120999373' },
      { label: 'Amazon.co.jp customer service (mobile, paid) 011-330-3000', href: 'tel:0113303000' },
      { label: 'Account on hold', href: 'https://account-status.amazon.com/' },
    ],
  },
  resetWarning: {
    ja: 'amazon.com では、同じドメインの AWS・Seller Central などからもログアウトされます。',
    en: 'On amazon.com this also signs you out of AWS, Seller Central and other services on the same domain.',
  },
};
