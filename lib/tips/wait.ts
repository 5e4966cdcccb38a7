import type { Lang } from '../findings';

/** What the page says about when the send limit lifts (「24時間後」, "in 24 hours", "tomorrow", 「明日」,
 *  「24小时之后」, 「30分後」), read from the finding's evidence: the card says it in its own words. */
export function waitFromEvidence(evidence: string, lang: Lang): string | null {
  const n = /(\d{1,3})\s*(?:hours?|hrs?|時間|小时|小時)/i.exec(evidence);
  const m = /(\d{1,3})\s*(?:minutes?|mins?|分|分钟|分鐘)/i.exec(evidence);
  const tomorrow = /tomorrow|明日|明天|翌日/i.test(evidence);
  if (n) return lang === 'ja' ? `ページによると、${n[1]}時間後に、また送信を依頼できます。` : `The page says you can ask for a new code in ${n[1]} hours.`;
  if (m) return lang === 'ja' ? `ページによると、${m[1]}分後に、また送信を依頼できます。` : `The page says you can ask for a new code in ${m[1]} minutes.`;
  if (tomorrow) return lang === 'ja' ? 'ページによると、明日になれば、また送信を依頼できます。' : 'The page says you can ask for a new code tomorrow.';
  return null;
}
