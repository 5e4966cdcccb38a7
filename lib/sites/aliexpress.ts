import { RECOVERY_PATH, type Site, type SiteSupport } from './types';

export const aliexpress: Site = {
  id: 'aliexpress',
  name: { ja: 'AliExpress', en: 'AliExpress' },
  domains: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'],
  hosts: [
    // The marketplace, its mobile site and its share links' landing (with a sign-in sheet): tests/fixtures.
    'aliexpress.com', 'www.aliexpress.com', 'm.aliexpress.com', 'a.aliexpress.com', 'my.aliexpress.com',
    // The marketplace in its site languages: ja, ko, pt, es, fr in tests/fixtures; the others are the
    // languages AliExpress serves (search tool: the AliExpress API's language list, AR…VI).
    ...['ar', 'de', 'es', 'fr', 'he', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'th', 'tr', 'vi'].map((lang) => `${lang}.aliexpress.com`),
    // Sign-in (login, and its iframe on passport), account retrieval and security: design §1, page-anatomy §3.1.
    'login.aliexpress.com', 'passport.aliexpress.com', 'accounts.aliexpress.com',
    // My AliExpress (home.aliexpress.com/index.htm), where the "verify your email" bar shows.
    'home.aliexpress.com',
    // The US and Russian marketplaces and their sign-in: design §1.
    'aliexpress.us', 'www.aliexpress.us', 'login.aliexpress.us', 'passport.aliexpress.us',
    'aliexpress.ru', 'www.aliexpress.ru', 'login.aliexpress.ru',
  ],
  pages: [
    { kind: 'retrieval', hosts: ['accounts.aliexpress.com'], paths: [/retrieve_account/i], matchPaths: ['/*retrieve_account*'] },
    { kind: 'recovery', hosts: ['*.aliexpress.com', '*.aliexpress.us', '*.aliexpress.ru'], paths: [RECOVERY_PATH], matchPaths: ['/*forget*', '/*forgot*', '/*password*'] },
    { kind: 'signup', hosts: ['login.aliexpress.com', 'passport.aliexpress.com', 'login.aliexpress.us', 'login.aliexpress.ru'], paths: [/join|register|signup|sign_up|reg\b|\/reg/i] },
    { kind: 'login', hosts: ['login.aliexpress.com', 'passport.aliexpress.com', 'login.aliexpress.us', 'passport.aliexpress.us', 'login.aliexpress.ru'] },
    // Mobile and in-site sign-in pages on the shop's own hosts.
    { kind: 'login', hosts: ['*.aliexpress.com', '*.aliexpress.us', '*.aliexpress.ru'], paths: [/\/(login|signin|sign-in|sign_in)\b/i], matchPaths: ['/*login*', '/*signin*', '/*sign-in*', '/*sign_in*'] },
    { kind: 'verification', hosts: ['accounts.aliexpress.com', 'passport.aliexpress.com'], paths: [/verify|verification|identity|security|unlock/i], matchPaths: ['/*verif*', '/*identity*', '/*security*', '/*unlock*'] },
    { kind: 'bot-check', hosts: ['*.aliexpress.com', '*.aliexpress.us', '*.aliexpress.ru'], paths: [/_____tmd_____/], matchPaths: ['/*_____tmd_____*'] },
    // My Account and account settings, where the "verify your email" prompt lives.
    { kind: 'account', hosts: ['*.aliexpress.com', '*.aliexpress.us', '*.aliexpress.ru'], paths: [/^\/p\/(my-)?account\b|\/account\/|\/member\b|\/user\/account|\/settings?\b|\/usercenter\b/i] },
    { kind: 'account', hosts: ['home.aliexpress.com'] },
  ],
};

/** Official routes and the reset's warning (popup only). */
export const aliexpressSupport: SiteSupport = {
  contacts: {
    ja: [
      { label: 'アカウント照会（公式）', href: 'https://accounts.aliexpress.com/user/account/retrieve_account.htm' },
      { label: 'AliExpressのヘルプセンター', href: 'https://helppage.aliexpress.com/buyercenter/index.html' },
    ],
    en: [
      { label: 'Retrieve your account (official)', href: 'https://accounts.aliexpress.com/user/account/retrieve_account.htm' },
      { label: 'AliExpress Help Center', href: 'https://helppage.aliexpress.com/buyercenter/index.html' },
    ],
  },
};
