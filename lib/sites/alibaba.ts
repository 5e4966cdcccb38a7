import { RECOVERY_PATH, type Site, type SiteSupport } from './types';

export const alibaba: Site = {
  id: 'alibaba',
  name: { ja: 'Alibaba / 1688', en: 'Alibaba / 1688' },
  // Taobao's sign-in pages (login.taobao.com, passport.taobao.com) serve 1688's sign-in too: their cookies
  // belong to it; the rest of taobao.com is another shop (`sharedDomains`).
  domains: ['alibaba.com', '1688.com', 'taobao.com'],
  sharedDomains: ['taobao.com'],
  // Taobao's passport (password, identity checks) and mobile login serve the same accounts as its login.
  loginHosts: ['passport.alibaba.com', 'login.alibaba.com', 'login.1688.com', 'login.taobao.com', 'login.m.taobao.com', 'passport.taobao.com', 'punish.1688.com', 'passport.1688.com'],
  pages: [
    { kind: 'recovery', hosts: ['*.alibaba.com', '*.1688.com', '*.taobao.com'], paths: [RECOVERY_PATH, /retrieve/i], matchPaths: ['/*forget*', '/*forgot*', '/*password*', '/*retrieve*'] },
    { kind: 'signup', hosts: ['*.alibaba.com', '*.1688.com', '*.taobao.com'], paths: [/\/(join|register|reg)\b|signup|newuser/i], matchPaths: ['/*join*', '/*register*', '/reg*', '/*/reg/*', '/*signup*', '/*newuser*'] },
    { kind: 'bot-check', hosts: ['*.alibaba.com', '*.1688.com', '*.taobao.com'], paths: [/_____tmd_____/], matchPaths: ['/*_____tmd_____*'] },
    { kind: 'bot-check', hosts: ['punish.1688.com'] },
    { kind: 'verification', hosts: ['passport.alibaba.com', 'passport.1688.com', 'passport.taobao.com'], paths: [/\/iv\/|identity|verif/i] },
    { kind: 'login', hosts: ['passport.alibaba.com', 'login.alibaba.com', 'login.1688.com', 'login.taobao.com', 'login.m.taobao.com', 'passport.taobao.com', 'passport.1688.com'] },
    { kind: 'login', hosts: ['*.alibaba.com', '*.1688.com'], paths: [/\/(login|signin|sign-in|sign_in)\b|member\/signin/i], matchPaths: ['/*login*', '/*signin*', '/*sign-in*', '/*sign_in*'] },
  ],
};

/** Official routes and the reset's warning (popup only). Sources: README, Links. */
export const alibabaSupport: SiteSupport = {
  contacts: {
    ja: [
      { label: '1688 ヘルプセンター（中国語）', href: 'https://helpcenter.1688.com/' },
      { label: 'Taobao ヘルプセンター（中国語）', href: 'https://helpcenter.taobao.com/' },
      { label: 'Alibaba.com ヘルプセンター（英語）', href: 'https://service.alibaba.com/page/home' },
    ],
    en: [
      { label: '1688 Help Center (Chinese)', href: 'https://helpcenter.1688.com/' },
      { label: 'Taobao Help Center (Chinese)', href: 'https://helpcenter.taobao.com/' },
      { label: 'Alibaba.com Help Center', href: 'https://service.alibaba.com/page/home' },
    ],
  },
  // The reset covers taobao.com's cookies (its sign-in pages serve these accounts: see `domains`).
  resetWarning: {
    ja: 'taobao.com の Cookie も削除するため、Taobao からもログアウトされます。',
    en: "Taobao's cookies are removed too, so you will also be signed out of Taobao.",
  },
};
