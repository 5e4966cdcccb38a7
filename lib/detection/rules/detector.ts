import type { FindingId, Severity } from '../../findings';
import type { PageSnapshot, PageText } from '../reader';

export interface Verdict {
  evidence: string;
  severity?: Severity;
}

/**
 * One finding's detector. A detector says what it looks for as data (message patterns, named elements),
 * and decides with a small predicate over the page snapshot.
 */
export interface Detector {
  id: FindingId;
  severity: Severity;
  /** Texts (folded: NFKC, lower case) that mean this finding, in Japanese, English and Chinese. A message is
   *  claimed by the first detector in registry order whose pattern matches it. */
  messages?: RegExp[];
  /** Elements whose visible presence is evidence: name → CSS selector (read once by the page reader). */
  elements?: Record<string, string>;
  /** The rule beyond text (structure, URL, events). Without it, the claimed messages decide. */
  decide?(page: PageSnapshot, claimed: PageText[]): Verdict | null;
  /** Findings this one makes redundant: the more specific one is shown. */
  supersedes?: FindingId[];
}

/** The innermost (shortest) claimed message: the alert's own sentence rather than its whole box. */
export function shortestMessage(claimed: PageText[]): Verdict | null {
  if (claimed.length === 0) return null;
  const best = claimed.reduce((a, b) => (b.text.length < a.text.length ? b : a));
  return { evidence: best.text };
}

/** An element's text is evidence while it reads like one message; a whole form is named instead. */
const ELEMENT_TEXT_MAX = 120;

/** The first named element present on the page, as evidence. */
export function firstElement(page: PageSnapshot, names: string[]): Verdict | null {
  for (const name of names) {
    const text = page.elements.get(name);
    if (text !== undefined) return { evidence: text.length <= ELEMENT_TEXT_MAX ? text : name };
  }
  return null;
}

export function matchesAny(patterns: RegExp[], folded: string): boolean {
  return patterns.some((p) => p.test(folded));
}
