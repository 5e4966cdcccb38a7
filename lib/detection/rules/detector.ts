import type { FindingDetail, FindingId, Severity } from '../../findings';
import type { Sentence } from '../meaning';
import type { Message, PageSnapshot } from '../reader';

export interface Verdict {
  evidence: string;
  severity?: Severity;
  /** The step of the journey the page says it is at (design §2: FINDING_DETAILS of the id). */
  detail?: FindingDetail;
}

/** A sentence a rule took as its own, with the message it stands in. */
export interface Claim {
  sentence: Sentence;
  message: Message;
}

/**
 * One finding's detector: a rule over the concepts of a sentence (lexicon.ts), named elements it looks
 * for, and a small predicate over the page snapshot.
 */
export interface Detector {
  id: FindingId;
  severity: Severity;
  /** Whether a sentence means this finding. Each sentence goes to the first detector in registry order
   *  that takes it. */
  means?(sentence: Sentence, message: Message, page: PageSnapshot): boolean;
  /** Reads every sentence beside the detector that claims it: a fact that goes with others (a lock *and*
   *  the unusual activity that caused it). */
  alongside?: boolean;
  /** Elements whose visible presence is evidence: name → CSS selector (read once by the page reader). */
  elements?: Record<string, string>;
  /** The rule beyond sentences (structure, URL, events). Without it, the claimed sentences decide. */
  decide?(page: PageSnapshot, claimed: Claim[]): Verdict | null;
  /** Findings this one makes redundant: the more specific one is shown. */
  supersedes?: FindingId[];
  /** A cause rather than trouble of its own: shown only beside one of these findings of the tab (any of
   *  its frames), never as a card alone. */
  shownBeside?: FindingId[];
}

/** The shortest claimed sentence: the message's own words rather than its whole box. */
export function shortestClaim(claimed: Claim[]): Verdict | null {
  if (claimed.length === 0) return null;
  const best = claimed.reduce((a, b) => (b.sentence.text.length < a.sentence.text.length ? b : a));
  return { evidence: best.sentence.text };
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

/** Every sentence of the page's messages, with its message. */
export function allSentences(page: PageSnapshot): Claim[] {
  return page.messages.flatMap((message) => message.sentences.map((sentence) => ({ sentence, message })));
}
