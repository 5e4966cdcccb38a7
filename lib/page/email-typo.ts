/** A mail domain one slip away from a common one (gmial.com, gmail.com1, yahoo.co.jo): the likely meant
 *  address, or null. Only suggested; the user decides. */
const COMMON_DOMAINS = [
  'gmail.com',
  'yahoo.co.jp',
  'ymail.ne.jp',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'outlook.com',
  'outlook.jp',
  'hotmail.com',
  'hotmail.co.jp',
  'live.jp',
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'au.com',
  'softbank.ne.jp',
  'i.softbank.jp',
  'nifty.com',
  'biglobe.ne.jp',
  'ybb.ne.jp',
  'qq.com',
  '163.com',
];

/** Edit distance with transpositions (gmial ↔ gmail is one slip), stopped once past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** One whole address, and nothing else but a slip stuck on its end (gmail.com, gmail.com.): a field or a
 *  page's text that says more ("Call 0570-… to unlock @gmial.com") is no address, and never quoted. */
const ONE_ADDRESS = new RegExp(`^${EMAIL.source}[.,;:]*$`);

export function emailTypo(email: string): string | null {
  if (!ONE_ADDRESS.test(email)) return null;
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  if (COMMON_DOMAINS.includes(domain)) return null;
  // A common domain with something stuck on the end: gmail.com1, gmail.com.
  const trailing = COMMON_DOMAINS.find((d) => domain.startsWith(d) && /^[\d.,;:]+$/.test(domain.slice(d.length)));
  if (trailing) return `${local}@${trailing}`;
  const near = COMMON_DOMAINS.filter((d) => distance(domain, d, 1) === 1);
  return near.length === 1 ? `${local}@${near[0]}` : null;
}

/** The addresses in a text (an error that echoes the email back, a field's value). */
export const emailsIn = (text: string): string[] => text.match(EMAIL) ?? [];
