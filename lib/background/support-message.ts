/** A ready-to-copy message for the site's support, filled with what the extension saw. Pure. */
import type { Finding, Lang, SiteId } from '../findings';
import { tipFor } from '../tips';

export interface SupportContext {
  site: SiteId;
  findings: Finding[];
  /** The page's address; only its origin and path are used (queries can carry tokens or an email). */
  pageUrl: string | null;
  at: Date;
  browser: string;
}

/** AliExpress's chat answers in English only; Amazon Japan and Alibaba Japan in Japanese (Amazon's other
 *  marketplaces in English). */
export const SUPPORT_LANG: Record<SiteId, Lang> = { aliexpress: 'en', amazon: 'ja', alibaba: 'ja' };

function supportLang(site: SiteId, pageUrl: string | null): Lang {
  if (site !== 'amazon' || !pageUrl) return SUPPORT_LANG[site];
  try {
    return /(^|\.)amazon\.co\.jp$/.test(new URL(pageUrl).hostname) ? 'ja' : 'en';
  } catch {
    return SUPPORT_LANG[site];
  }
}

const TEXT = {
  ja: {
    greeting: 'お世話になっております。アカウントにログインできず困っています。',
    seen: '画面に表示された内容',
    none: '（特定のエラーは表示されていません）',
    page: 'ページ',
    time: '日時',
    browser: 'ブラウザー',
    account: 'アカウントID またはメールアドレス: [ここに記入]',
    order: '最近の注文番号: [ここに記入]',
    tried: 'これまでに試したこと: [ここに記入]',
    ask: 'ログインできるよう、ご確認をお願いいたします。',
    quote: (s: string) => `「${s}」`,
  },
  en: {
    greeting: 'Hello, I cannot sign in to my account and need your help.',
    seen: 'What the page showed',
    none: '(no specific error was shown)',
    page: 'Page',
    time: 'Time',
    browser: 'Browser',
    account: 'Account ID or email: [fill in]',
    order: 'A recent order number: [fill in]',
    tried: 'What I have tried: [fill in]',
    ask: 'Could you please check my account so that I can sign in again?',
    quote: (s: string) => `"${s}"`,
  },
} as const;

function pageOf(url: string | null): string {
  if (!url) return '-';
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '-';
  }
}

export function supportMessage(context: SupportContext): { lang: Lang; text: string } {
  const lang = supportLang(context.site, context.pageUrl);
  const t = TEXT[lang];
  const seen = context.findings.length
    ? context.findings.map((f) => `- ${tipFor(f.site, f.id, lang).title}${f.evidence && !f.evidence.startsWith('/') ? ` (${t.quote(f.evidence)})` : ''}`)
    : [t.none];
  const text = [
    t.greeting,
    '',
    `${t.seen}:`,
    ...seen,
    '',
    `${t.page}: ${pageOf(context.pageUrl)}`,
    `${t.time}: ${context.at.toISOString()}`,
    `${t.browser}: ${context.browser}`,
    '',
    t.account,
    t.order,
    t.tried,
    '',
    t.ask,
  ].join('\n');
  return { lang, text };
}
