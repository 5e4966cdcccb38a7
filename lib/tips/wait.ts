/** When the page says the send limit lifts: in so many hours or minutes, or tomorrow. The card says it in
 *  its own words (components/card/strings.ts `waitHours`, `waitMinutes`, `waitTomorrow`). */
export type PageWait = { hours: number } | { minutes: number } | 'tomorrow';

/** What the page says about when the send limit lifts (「24時間後」, "in 24 hours", "tomorrow", 「明日」,
 *  「24小时之后」, 「30分後」), read from the finding's evidence; null where it says nothing of it. */
export function waitFromEvidence(evidence: string): PageWait | null {
  const n = /(\d{1,3})\s*(?:hours?|hrs?|時間|小时|小時)/i.exec(evidence);
  if (n) return { hours: Number(n[1]) };
  const m = /(\d{1,3})\s*(?:minutes?|mins?|分|分钟|分鐘)/i.exec(evidence);
  if (m) return { minutes: Number(m[1]) };
  return /tomorrow|明日|明天|翌日/i.test(evidence) ? 'tomorrow' : null;
}
