/**
 * Personal data in what a page showed (evidence, the support message's quotes): email addresses and
 * phone-like numbers. Found on the text folded with NFKC, so that full-width letters and digits, ＠ and ．
 * (ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ, ０９０－１２３４－５６７８) are read as the half-width ones are; only what is
 * found is replaced, and the rest of the text keeps its own characters.
 */

/** An address; the local part may be masked already (`t***@gmail.com`). */
const EMAIL = /[\p{L}\p{N}._%+*-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Digits in a run, with the separators numbers are written with: spaces, hyphens and dashes, dots,
 *  parentheses and the long-vowel mark used as a dash (090 1234 5678, 090.1234.5678, (03) 1234-5678). */
const NUMBER = /\+?\d(?:[\s().\-\u2010-\u2015\u2212\u30fc]{0,3}\d)+/g;
/** A number this long is someone's (phone, card, order): 7 digits or more. */
const LONG = 7;
/** Digits that are nobody's: a date (2026-12-07, 2026/12/07) and a dotted version that does not start like a
 *  phone number (Chrome 120.0.6099.109; a dotted phone number starts with 0 or +). Numbers are looked for
 *  around them, never through them. */
const NOBODYS = /(?<![\d.+])(?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|[1-9]\d*(?:\.\d+){2,})(?![\d.])/g;
/** Text without a digit or an at sign has nothing to mask (most evidence): no folding then. */
const MAYBE_PERSONAL = /[\d@\uff10-\uff19\uff20]/;

interface Folded {
  text: string;
  /** For each folded code unit, where its character starts and ends in the original. */
  start: number[];
  end: number[];
}

/** NFKC character by character, keeping where each folded unit came from. */
function fold(original: string): Folded {
  const folded: Folded = { text: '', start: [], end: [] };
  let at = 0;
  for (const ch of original) {
    const f = ch.normalize('NFKC');
    for (let i = 0; i < f.length; i++) {
      folded.start.push(at);
      folded.end.push(at + ch.length);
    }
    folded.text += f;
    at += ch.length;
  }
  return folded;
}

/** The default for an address: its first character and its domain (the domain can show a typo). */
const keepDomain = (address: string) => `${address[0]}***@${address.slice(address.lastIndexOf('@') + 1)}`;

/**
 * `text` with every address replaced by `email(address)` (the address as folded) and every number of 7+
 * digits shown as its last two digits (`***-****-**78`, folded).
 */
export function maskPersonal(text: string, email: (address: string) => string = keepDomain): string {
  if (!MAYBE_PERSONAL.test(text)) return text;
  const folded = fold(text);
  const spans: Array<{ from: number; to: number; with: string }> = [];
  for (const m of folded.text.matchAll(EMAIL)) spans.push({ from: m.index, to: m.index + m[0].length, with: email(m[0]) });
  const guarded = folded.text.replace(NOBODYS, (kept) => '_'.repeat(kept.length));
  for (const m of guarded.matchAll(NUMBER)) {
    const from = m.index;
    const to = from + m[0].length;
    if (spans.some((s) => from < s.to && to > s.from)) continue;
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < LONG) continue;
    let shown = 0;
    const masked = [...m[0]].reverse().map((c) => (/\d/.test(c) && ++shown > 2 ? '*' : c)).reverse().join('');
    spans.push({ from, to, with: masked });
  }
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans.sort((a, b) => a.from - b.from)) {
    const from = folded.start[span.from]!;
    const to = folded.end[span.to - 1]!;
    if (from < at) continue;
    out += text.slice(at, from) + span.with;
    at = to;
  }
  return out + text.slice(at);
}
