/**
 * The one detection path: the content script and the scan command both call `detectFindings`.
 */
import { DETECTOR_ELEMENTS, DETECTORS, FALLBACK_ID, type Detector, type Verdict } from './rules';
import { shortestClaim, type Claim } from './rules/detector';
import { unnamedError } from './rules/page-error';
import type { Finding, FindingId } from '../findings';
import { readPage, type Message, type PageEvents, type PageSnapshot } from './reader';
import { gate } from './gate';
import { pageKind, siteForUrl } from '../sites';
import { toEvidence } from './text';

export interface DetectOptions {
  live?: boolean;
  events?: PageEvents;
  /** Called when a detector throws: the others still run. */
  onDetectorError?: (id: FindingId, error: unknown) => void;
}

export function detectFindings(doc: Document, url: URL, options: DetectOptions = {}): Finding[] {
  const site = siteForUrl(url);
  if (!site) return [];
  // Keyboard and slider events need a password field or a slider, which open the gate themselves.
  const kind = pageKind(site, url);
  const { read, widgets } = gate(doc, kind);
  if (!read) return [];

  const events = options.events ?? { elapsedMs: Infinity };
  const page = readPage(doc, url, site, { kind, widgets, elements: DETECTOR_ELEMENTS, live: options.live ?? false, events });
  const claimed = withoutFollowUps(claimSentences(page, options.onDetectorError));
  const verdicts = new Map<FindingId, Verdict & { detector: Detector }>();
  for (const detector of DETECTORS) {
    try {
      const mine = claimed.get(detector) ?? [];
      const verdict = detector.decide ? detector.decide(page, mine) : shortestClaim(mine);
      if (verdict) verdicts.set(detector.id, { ...verdict, detector });
    } catch (error) {
      options.onDetectorError?.(detector.id, error);
    }
  }
  if (!hasProblem(verdicts)) {
    const unknown = fallbackMessage(page, claimed, new Set([...verdicts.values()].map((v) => v.evidence)));
    // About one field (its form item's message), it is that field's error; else the page's. A message that
    // says the page failed ("system error, try again later") is the page's, wherever it is drawn.
    const id: FindingId = unknown?.fieldMessage && !unknown.sentences.some((s) => s.any('failed', 'network')) ? 'field-error' : FALLBACK_ID;
    if (unknown) verdicts.set(id, { evidence: unknown.text, detector: DETECTORS.find((d) => d.id === id)! });
  }
  const findings = [...verdicts.entries()].map(
    ([id, v]): Finding => ({ id, site: site.id, severity: v.severity ?? v.detector.severity, evidence: toEvidence(v.evidence), ...(v.detail ? { detail: v.detail } : {}) }),
  );
  return withoutSuperseded(findings).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Findings that are a cause the extension works out (`shownBeside`), not something the page said. */
export const isCauseOnly = (id: FindingId): boolean => DETECTORS.some((d) => d.id === id && d.shownBeside);

/** A tab's findings as shown, merged over its frames: the redundant ones dropped, and a cause
 *  (`shownBeside`) kept only beside what it causes. */
export function shownInTab(findings: Finding[]): Finding[] {
  const kept = withoutSuperseded(findings);
  const present = new Set(kept.map((f) => f.id));
  const alone = new Set(DETECTORS.filter((d) => d.shownBeside && !d.shownBeside.some((id) => present.has(id))).map((d) => d.id));
  return kept.filter((f) => !alone.has(f.id));
}

/** Drops findings that a more specific one makes redundant, also across frames (a slider stuck inside
 *  the captcha dialog explains the dialog). */
export function withoutSuperseded(findings: Finding[]): Finding[] {
  const present = new Set(findings.map((f) => f.id));
  const redundant = new Set(DETECTORS.filter((d) => present.has(d.id)).flatMap((d) => d.supersedes ?? []));
  return findings.filter((f) => !redundant.has(f.id));
}

/** Each sentence goes to the first detector (registry order) that means it, and to every detector that
 *  reads alongside the others. A question leads somewhere ("Locked out of your account?", 「已注册？立即登录」):
 *  it is not claimed, unless a lone question is styled as an error; nor is a quotation (Sentence.quoted). */
function claimSentences(page: PageSnapshot, onDetectorError: DetectOptions['onDetectorError']): Map<Detector, Claim[]> {
  const claimed = new Map<Detector, Claim[]>();
  const failed = new Set<Detector>();
  for (const message of page.messages) {
    for (const sentence of message.sentences) {
      if ((sentence.question && !(message.errorStyled && message.sentences.length === 1)) || sentence.quoted) continue;
      const means = (d: Detector) => {
        if (!d.means || failed.has(d)) return false;
        try {
          return d.means(sentence, message, page);
        } catch (error) {
          failed.add(d);
          onDetectorError?.(d.id, error);
          return false;
        }
      };
      const owner = DETECTORS.find((d) => !d.alongside && means(d));
      const readers = DETECTORS.filter((d) => d.alongside && means(d));
      for (const d of owner ? [owner, ...readers] : readers) claimed.set(d, [...(claimed.get(d) ?? []), { sentence, message }]);
    }
  }
  return claimed;
}

/** A field error's words in a message a specific finding explains are its follow-up ("…正しくありません。
 *  もう一度入力してください。"): they are no error of their own. */
function withoutFollowUps(claimed: Map<Detector, Claim[]>): Map<Detector, Claim[]> {
  const explained = new Set([...claimed].filter(([d]) => d.id !== 'field-error').flatMap(([, claims]) => claims.map((c) => c.message)));
  for (const [detector, claims] of claimed) {
    if (detector.id === 'field-error') claimed.set(detector, claims.filter((c) => !explained.has(c.message)));
  }
  return claimed;
}

function hasProblem(verdicts: Map<FindingId, Verdict & { detector: Detector }>): boolean {
  return [...verdicts.values()].some((v) => (v.severity ?? v.detector.severity) !== 'info');
}

/** An error the page shows that no rule took: the site said "no" in words nobody has seen yet. */
function fallbackMessage(page: PageSnapshot, claimed: Map<Detector, Claim[]>, explained: Set<string>): Message | null {
  const known = new Set([...claimed.values()].flat().map((c) => c.message));
  return page.messages.find((m) => !known.has(m) && !explained.has(m.text) && unnamedError(m, page)) ?? null;
}
