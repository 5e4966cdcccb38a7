import { RECOVERY_PATH, type Site, type SiteSupport } from './types';

export const alibaba: Site = {
  id: 'alibaba',
  name: { ja: 'Alibaba.com・1688', en: 'Alibaba / 1688' },
  // Taobao's sign-in pages (login.taobao.com, passport.taobao.com) serve 1688's sign-in too: their cookies
  // belong to it; the rest of taobao.com is another shop (not in `hosts`).
  domains: ['alibaba.com', '1688.com', 'taobao.com'],
  hosts: [
    // Alibaba.com: the marketplace, sign-in (design §1), registration and password recovery
    // (accounts.alibaba.com), My Alibaba (i.alibaba.com) and Alibaba Japan's sign-in: tests/fixtures.
    'alibaba.com', 'www.alibaba.com', 'login.alibaba.com', 'passport.alibaba.com', 'accounts.alibaba.com', 'i.alibaba.com', 'japanese.alibaba.com',
    // Its messenger, where a signed-in buyer meets security notices, and its mobile site. Its other language
    // sites (spanish.alibaba.com, …) are catalogues whose sign-in dialog is passport.alibaba.com's frame.
    'message.alibaba.com', 'm.alibaba.com',
    // 1688: the marketplace, its search and offers (where the robot check shows), mobile site, buyer's
    // workbench, registration (tests/fixtures), sign-in and the robot check's own host (design §1).
    '1688.com', 'www.1688.com', 's.1688.com', 'detail.1688.com', 'm.1688.com', 'work.1688.com', 'reg.1688.com',
    'login.1688.com', 'passport.1688.com', 'punish.1688.com',
    // Taobao's sign-in serves 1688's accounts (design §1, page-anatomy §3.1): only these hosts of taobao.com.
    'login.taobao.com', 'login.m.taobao.com', 'passport.taobao.com',
  ],
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

/** Official routes and the reset's warning (popup only). Sources: README, Links. On a page, only the tab's own
 *  site's (`forMarketplace`): Taobao's shopper service (helpcenter.taobao.com is its sellers'), 1688 itself (no
 *  shopper help address is confirmed). */
export const alibabaSupport: SiteSupport = {
  contacts: {
    ja: [
      { label: 'Alibaba.comのヘルプセンター（英語）', href: 'https://service.alibaba.com/page/home' },
      { label: '1688のサイト（ヘルプは中国語）', href: 'https://www.1688.com/' },
      { label: 'Taobaoの購入者向けカスタマーサービス（中国語）', href: 'https://consumerservice.taobao.com/' },
    ],
    en: [
      { label: 'Alibaba.com Help Center (English)', href: 'https://service.alibaba.com/page/home' },
      { label: '1688 (help in Chinese)', href: 'https://www.1688.com/' },
      { label: 'Taobao customer service for shoppers (Chinese)', href: 'https://consumerservice.taobao.com/' },
    ],
  },
  // The reset covers taobao.com's cookies (its sign-in pages serve these accounts: see `domains`).
  resetWarning: {
    ja: 'taobao.comのCookieも削除するため、Taobaoからもログアウトされます。',
    en: "Taobao's cookies are removed too, so you will also be signed out of Taobao.",
  },
};
