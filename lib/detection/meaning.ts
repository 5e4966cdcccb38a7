/**
 * Sentences and what they mean: a message is cut into sentences, each judged on its own, and a
 * sentence's concepts (lexicon.ts) are looked up only when a rule asks for them.
 */
import { conceptPattern, LEXICON, type Concept } from './lexicon';

const PATTERNS = new Map<Concept, RegExp>();

function pattern(concept: Concept): RegExp {
  let found = PATTERNS.get(concept);
  if (!found) PATTERNS.set(concept, (found = conceptPattern(concept)));
  return found;
}

/** The attributive states of a sentence, all of them at once: compiled once, not per sentence. */
let ATTRIBUTES: RegExp | undefined;

/** Words that can make a sentence worth judging at all: any state a rule looks for. Asked once per message,
 *  it keeps a page's ordinary text (labels, footers, review snippets) out of the per-concept work. */
const STATE_CONCEPTS: Concept[] = [
  'wrong', 'not-found', 'already-registered', 'locked', 'restricted', 'too-many', 'code', 'expired', 'robot', 'slide', 'failed',
  'suspicious', 'unverified', 'required', 'bad-format', 'contact-support', 'verify', 'done',
];

/** Whether a text holds any word of a state (folded text): each state's own expression, the ones the rules
 *  ask anyway. Not one expression of all their terms: the engine took 8–15 ms to compile that one (more
 *  than all the concepts' own, 3–4 ms in all), in a single step no idle callback could split, for the same
 *  answer (a text holds a word of one of them exactly when it holds a word of their union) at about the same
 *  cost per message (a few µs). */
export function mentionsState(folded: string): boolean {
  return STATE_CONCEPTS.some((concept) => pattern(concept).test(folded));
}

/** What the detector does in idle time before its first pass (lib/content/watch.ts), a small step at a time,
 *  so that the first pass compiles nothing: the expressions compiled, each for Latin and then for Japanese
 *  text in steps of their own (the engine compiles an expression for each kind of string, run twice: the
 *  second run compiles it to machine code). The rehearsal that follows (a whole pass on a form of the
 *  detector's own) runs the reader and every rule (README, Performance). */
export function warmUpSteps(): Array<() => void> {
  const run = (concept: Concept, text: string) => () => [text, text].forEach((t) => pattern(concept).test(t));
  return (Object.keys(LEXICON) as Concept[]).flatMap((concept) => [run(concept, 'a'), run(concept, 'あ')]);
}

/** Clause ends within a sentence: commas, semicolons, colons (Latin and CJK). */
const CLAUSE_END = /[,，、;；:：]/;

export class Sentence {
  private readonly known = new Map<Concept, boolean>();
  /** What the sentence states: its clauses less those that set a rule, a possibility or a condition
   *  ("If you changed your password recently, …", 「…場合は」, "will be locked after 5 tries"), and less
   *  the states it names as a thing's attribute ("sent to the registered phone number", 「登録済みの電話番号」):
   *  the sentence's claim, not its nouns. */
  private readonly stated: string;

  constructor(
    /** As shown (evidence). */
    readonly text: string,
    /** Folded for matching. */
    readonly folded: string,
  ) {
    const conditional = pattern('conditional');
    const stated = conditional.test(folded) ? statedClauses(folded, conditional) : folded;
    const attribute = pattern('attributive');
    this.stated = attribute.test(stated) ? stated.replace((ATTRIBUTES ??= new RegExp(attribute.source, 'g')), ' ') : stated;
  }

  /** Whether what the sentence states holds the concept. */
  has(concept: Concept): boolean {
    let value = this.known.get(concept);
    if (value === undefined) this.known.set(concept, (value = pattern(concept).test(this.stated)));
    return value;
  }

  /** Whether the whole sentence, conditions included, holds the concept (a heading that names a task:
   *  「パスワードを忘れた場合」). */
  says(concept: Concept): boolean {
    return pattern(concept).test(this.folded);
  }

  /** Every one of the concepts. */
  all(...concepts: Concept[]): boolean {
    return concepts.every((c) => this.has(c));
  }

  /** Any one of the concepts. */
  any(...concepts: Concept[]): boolean {
    return concepts.some((c) => this.has(c));
  }

  /** A question leads somewhere ("Forgot your password?", 「ロックされた場合は？」): it states nothing. */
  get question(): boolean {
    return /[?？]\s*$/.test(this.folded);
  }

  /** A sentence wholly in quotation marks cites a message (a help page's table of errors: 「パスワードが正しく
   *  ありません」): it states nothing. */
  get quoted(): boolean {
    return /^[「『"“].*[」』"”]$/.test(this.folded);
  }
}

/** The clauses of a sentence that state something: not those that set a rule, a possibility or a condition,
 *  nor the clause that follows a condition (its consequence: 「5回失敗すると、アカウントはロックされます」, "If you
 *  fail 5 times, your account is locked"). */
function statedClauses(folded: string, conditional: RegExp): string {
  const kept: string[] = [];
  let consequence = false;
  for (const clause of folded.split(CLAUSE_END).map((c) => c.trim())) {
    if (consequence) consequence = false;
    else if (conditional.test(clause)) consequence = pattern('condition').test(clause);
    else kept.push(clause);
  }
  return kept.join(' ');
}

/** Sentence ends: 。！？ and .!? followed by a space or the end (not the dots of an address or a number). */
const SENTENCE_END = /(?<=[。！？!?])|(?<=\.)(?=\s|$)|\n/u;

/** A message cut into sentences, each cleaned; empty ones dropped. */
export function sentences(text: string, fold: (clean: string) => string): Sentence[] {
  return text
    .split(SENTENCE_END)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0)
    .map((part) => new Sentence(part, fold(part)));
}
