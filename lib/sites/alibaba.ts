import { RECOVERY_PATH, type Site, type SiteSupport } from './types';

export const alibaba: Site = {
  id: 'alibaba',
  name: { ja: 'Alibaba / 1688', en: 'Alibaba / 1688' },
  // Login for 1688 passes through taobao.com, so its cookies are the site's own too.
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

/** Official routes and the reset's warning (popup only). */
export const alibabaSupport: SiteSupport = {
  contacts: {
    ja: [
      { label: 'Alibaba 日本サポート（メール）alibabajapan.inqurity@alibaba-inc.jp', href: 'mailto:alibabajapan.inqurity@alibaba-inc.jp' },
    ],
    en: [
      { label: 'Alibaba Japan support (email) alibabajapan.inqurity@alibaba-inc.jp', href: 'mailto:alibabajapan.inqurity@alibaba-inc.jp' },
    ],
  },
  resetWarning: {
    ja: '1688 は Taobao 経由でログインするため、Taobao・Tmall からもログアウトされます。',
    en: '1688 signs in through Taobao, so you will also be signed out of Taobao and Tmall.',
  },
};
