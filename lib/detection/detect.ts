/**
 * The one detection path: the content script and the scan command both call `detectFindings`.
 */
import { DETECTOR_ELEMENTS, DETECTORS, FALLBACK_ID, type Detector, type Verdict } from './rules';
import { matchesAny, shortestMessage } from './rules/detector';
import type { Finding, FindingId } from '../findings';
import { readPage, type PageEvents, type PageSnapshot, type PageText } from './reader';
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
  const claimed = claimMessages(page);
  const verdicts = new Map<FindingId, Verdict & { detector: Detector }>();
  for (const detector of DETECTORS) {
    try {
      const mine = claimed.get(detector) ?? [];
      const verdict = detector.decide ? detector.decide(page, mine) : shortestMessage(mine);
      if (verdict) verdicts.set(detector.id, { ...verdict, detector });
    } catch (error) {
      options.onDetectorError?.(detector.id, error);
    }
  }
  if (!hasProblem(verdicts)) {
    const unknown = fallbackMessage(page, claimed, new Set([...verdicts.values()].map((v) => v.evidence)));
    if (unknown) verdicts.set(FALLBACK_ID, { evidence: unknown.text, detector: DETECTORS.find((d) => d.id === FALLBACK_ID)! });
  }
  const findings = [...verdicts.entries()].map(([id, v]) => ({ id, site: site.id, severity: v.severity ?? v.detector.severity, evidence: toEvidence(v.evidence) }));
  return withoutSuperseded(findings).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Drops findings that a more specific one makes redundant, also across frames (a slider stuck inside
 *  the captcha dialog explains the dialog). */
export function withoutSuperseded(findings: Finding[]): Finding[] {
  const present = new Set(findings.map((f) => f.id));
  const redundant = new Set(DETECTORS.filter((d) => present.has(d.id)).flatMap((d) => d.supersedes ?? []));
  return findings.filter((f) => !redundant.has(f.id));
}

/** Each message goes to the first detector (registry order) whose pattern matches it. */
function claimMessages(page: PageSnapshot): Map<Detector, PageText[]> {
  const claimed = new Map<Detector, PageText[]>();
  for (const message of page.messages) {
    // A question is help text ("Locked out of your account?", 「已注册？立即登录」), unless styled as an error.
    if (!message.errorStyled && message.folded.includes('?')) continue;
    const owner = DETECTORS.find((d) => d.messages && matchesAny(d.messages, message.folded));
    if (owner) claimed.set(owner, [...(claimed.get(owner) ?? []), message]);
  }
  return claimed;
}

function hasProblem(verdicts: Map<FindingId, Verdict & { detector: Detector }>): boolean {
  return [...verdicts.values()].some((v) => (v.severity ?? v.detector.severity) !== 'info');
}

/** An error-styled message beside a credential field that no pattern claimed: the site said "no" in
 *  words nobody has seen yet. */
function fallbackMessage(page: PageSnapshot, claimed: Map<Detector, PageText[]>, explained: Set<string>): PageText | null {
  const known = new Set([...claimed.values()].flat());
  return page.messages.find((m) => m.kind === 'alert' && m.nearField && !known.has(m) && !explained.has(m.text) && m.text.length >= 2) ?? null;
}
