/** The project's conventions, enforced: every finding id has one detector in its own file, a tip in
 *  Japanese and English, and fixtures that show it. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '@/lib/detection/rules';
import { FINDING_DETAILS, FINDING_IDS, PAGE_CONTROLS, SITE_IDS, type CardAction, type FindingDetail, type FindingId, type Lang, type Tip, type TipTable } from '@/lib/findings';
import { tipFor } from '@/lib/tips';
import { en } from '@/lib/tips/en';
import { ja } from '@/lib/tips/ja';
import { DEFAULT_DETAIL, DETAIL_EN, DETAIL_JA, type DetailTable } from '@/lib/tips/situations';
import { CHECKED, DONE } from '@/lib/background/support-message';
import { CHECKLISTS } from '@/lib/checklist/items';
import { AMAZON_REAL_CASES, EVENT_CASES, TRAINING_CASES, OWN_CASES } from './cases';

const TABLES: Record<Lang, TipTable> = { ja, en };
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const CARD_ACTIONS: readonly CardAction[] = ['reset', 'fix-width'];
/** What the card's reset button says: a step that uses it names it so. */
const RESET_BUTTON: Record<Lang, string> = { ja: '「このサイトのデータをリセット」', en: '“Reset this site\'s data”' };

/** Every tip of a table, named for the failure messages. */
function tipsOf(table: TipTable): Array<[string, Tip]> {
  return [
    ...Object.entries(table.common).map(([id, tip]) => [`common/${id}`, tip] as [string, Tip]),
    ...SITE_IDS.flatMap((site) => Object.entries(table.bySite[site]).map(([id, tip]) => [`${site}/${id}`, tip!] as [string, Tip])),
  ];
}

/** The card's texts, as shown (the labels quoted in 「」 are the sites' own and are left out of style checks). */
const texts = (tip: Tip) => [tip.title, tip.why, ...tip.steps.map((s) => s.text), ...tip.causes, ...[tip.sitePage, ...(tip.contacts ?? [])].flatMap((c) => (c ? [c.label] : []))];
const unquoted = (text: string) => text.replace(/「[^」]*」/g, '').replace(/%s/g, '');

/** Brackets never nest (a control's `%s` is shown in 「」 too). */
function maxBracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text.replace(/%s/g, '「」')) {
    if ('（(「『“'.includes(ch)) max = Math.max(max, ++depth);
    else if ('）)」』”'.includes(ch)) depth--;
  }
  return max;
}

function checkTip(tip: Tip, lang: Lang) {
  expect(tip.title.trim().length).toBeGreaterThan(0);
  expect(tip.title.length).toBeLessThanOrEqual(lang === 'ja' ? 20 : 50);

  // why: one line, one sentence.
  expect(tip.why.trim().length).toBeGreaterThan(0);
  expect(tip.why).not.toMatch(/[\r\n]/);
  if (lang === 'ja') {
    expect(tip.why.length).toBeLessThanOrEqual(60);
    expect(tip.why.replace(/。$/, '')).not.toMatch(/[。！？]/);
  } else {
    expect(tip.why.length).toBeLessThanOrEqual(110);
    expect(tip.why).not.toMatch(/[.!?]\s+\S/);
  }

  // 1 to 3 steps, one line each; a step done with a page control has exactly one %s, any other none.
  expect(tip.steps.length).toBeGreaterThanOrEqual(1);
  expect(tip.steps.length).toBeLessThanOrEqual(3);
  expect(new Set(tip.steps.map((s) => s.text)).size).toBe(tip.steps.length);
  for (const step of tip.steps) {
    expect(step.text.trim().length).toBeGreaterThan(0);
    expect(step.text).not.toMatch(/[\r\n]/);
    expect(step.text.split('%s').length - 1).toBe(step.control ? 1 : 0);
    expect(step.text.replace(/%s/g, '')).not.toMatch(/%/);
    if (step.control) {
      expect(PAGE_CONTROLS).toContain(step.control.kind);
      // A label to fall back on (one seen on the site), or else the step said without the control.
      const { label } = step.control;
      if (label === undefined) expect(step.otherwise?.trim().length ?? 0).toBeGreaterThan(0);
      else {
        expect(label.trim().length).toBeGreaterThan(0);
        expect(label).not.toMatch(/[「」“”"%<>]/);
      }
    }
  }
  expect(tip.causes.length).toBeGreaterThanOrEqual(1);

  for (const text of texts(tip)) {
    expect(text).not.toMatch(/<[a-z/!]/i);
    expect(maxBracketDepth(text)).toBeLessThanOrEqual(1);
    if (lang === 'ja') {
      expect(text).toMatch(JAPANESE);
      // Full-width punctuation, and the glossary (ブラウザー, ログイン, スライド認証); the sites' own labels excepted.
      expect(unquoted(text)).not.toMatch(/[,()!?;:]|ブラウザ(?!ー)|サインイン|スライダー|無事|やらせ|中身|(?<!受け)入れ[てるまた]/);
    }
  }
  for (const contact of [tip.sitePage, ...(tip.contacts ?? [])]) {
    if (!contact) continue;
    expect(contact.label.trim().length).toBeGreaterThan(0);
    expect(contact.href).toMatch(/^(https:\/\/[^\s]+|tel:\+?[0-9]+)$/);
  }
  for (const action of tip.actions ?? []) expect(CARD_ACTIONS).toContain(action);
  expect(new Set(tip.actions ?? []).size).toBe((tip.actions ?? []).length);
  // A card that offers the reset says, in a step, to press it (in the button's own words).
  if (tip.actions?.includes('reset')) expect(tip.steps.some((s) => s.text.includes(RESET_BUTTON[lang]))).toBe(true);
}

describe('conventions', () => {
  it.each(FINDING_IDS)('%s has exactly one detector, in a file named after it', (id) => {
    expect(DETECTORS.filter((d) => d.id === id)).toHaveLength(1);
    expect(existsSync(`lib/detection/rules/${id}.ts`)).toBe(true);
  });

  it.each(FINDING_IDS)('%s has a Japanese and an English tip', (id) => {
    checkTip(ja.common[id], 'ja');
    checkTip(en.common[id], 'en');
  });

  it('every site-specific tip exists in both languages', () => {
    for (const site of SITE_IDS) {
      expect(Object.keys(ja.bySite[site]).sort()).toEqual(Object.keys(en.bySite[site]).sort());
      for (const [lang, table] of Object.entries(TABLES) as Array<[Lang, TipTable]>) {
        for (const tip of Object.values(table.bySite[site])) checkTip(tip!, lang);
      }
    }
  });

  it('ja and en agree per tip on the steps\' count and controls, the actions and the site page', () => {
    const jaTips = new Map(tipsOf(ja));
    const enTips = new Map(tipsOf(en));
    expect([...jaTips.keys()].sort()).toEqual([...enTips.keys()].sort());
    for (const [name, jaTip] of jaTips) {
      const enTip = enTips.get(name)!;
      const shape = (tip: Tip) => ({
        steps: tip.steps.map((step) => step.control?.kind ?? null),
        actions: [...(tip.actions ?? [])].sort(),
        sitePage: tip.sitePage?.href ?? null,
      });
      expect(shape(enTip), name).toEqual(shape(jaTip));
    }
  });

  const PAIRS = (Object.entries(FINDING_DETAILS) as Array<[FindingId, readonly FindingDetail[]]>).flatMap(([id, details]) => details.map((detail) => [id, detail] as const));

  it.each(PAIRS)('%s / %s has a Japanese and an English card on every site', (id, detail) => {
    for (const site of SITE_IDS) {
      checkTip(tipFor(site, id, 'ja', detail), 'ja');
      checkTip(tipFor(site, id, 'en', detail), 'en');
    }
    // A step other than the id's first has a card of its own, in both languages.
    if (DEFAULT_DETAIL[id] !== detail) {
      expect(DETAIL_JA.common[`${id}:${detail}` as keyof DetailTable['common']], `ja ${id}:${detail}`).toBeDefined();
      expect(DETAIL_EN.common[`${id}:${detail}` as keyof DetailTable['common']], `en ${id}:${detail}`).toBeDefined();
    }
  });

  it('the detail cards agree in ja and en (steps, controls, site page) and each site has the same ones', () => {
    const shape = (tip: Tip) => ({ steps: tip.steps.map((step) => step.control?.kind ?? null), actions: [...(tip.actions ?? [])].sort(), sitePage: tip.sitePage?.href ?? null, support: !!tip.sitePageIsSupport });
    expect(Object.keys(DETAIL_EN.common).sort()).toEqual(Object.keys(DETAIL_JA.common).sort());
    for (const [key, tip] of Object.entries(DETAIL_JA.common)) expect(shape(DETAIL_EN.common[key as keyof DetailTable['common']]), key).toEqual(shape(tip));
    for (const site of SITE_IDS) expect(Object.keys(DETAIL_EN.bySite[site]).sort()).toEqual(Object.keys(DETAIL_JA.bySite[site]).sort());
  });

  it('the lock and takeover cards warn that support never asks for the password', () => {
    const SAYS: Record<Lang, RegExp> = { ja: /パスワードを尋ね/, en: /never ask for your password/ };
    for (const [lang, table] of Object.entries(TABLES) as Array<[Lang, TipTable]>) {
      for (const [name, tip] of tipsOf(table)) {
        if (!/\/(account-locked|suspicious-activity)$/.test(name)) continue;
        expect([...tip.steps.map((s) => s.text), ...tip.causes].some((text) => SAYS[lang].test(text)), `${lang} ${name}`).toBe(true);
      }
      for (const site of SITE_IDS) {
        const tip = tipFor(site, 'account-locked', lang, 'restricted');
        expect([...tip.steps.map((s) => s.text), ...tip.causes].some((text) => SAYS[lang].test(text)), `${lang} ${site} restricted`).toBe(true);
      }
    }
  });

  it.each(FINDING_IDS)('%s is shown by at least one fixture', (id) => {
    const covered = [
      ...AMAZON_REAL_CASES.map(([, , expected]) => expected),
      ...OWN_CASES.map((c) => c.expected),
      ...TRAINING_CASES.map((c) => c.expected),
      ...EVENT_CASES.map(([, , , , expected]) => expected),
    ].flat();
    expect(covered).toContain(id);
  });
});

describe('the support message says every checklist item', () => {
  // Without its own words an item falls back to its label, a conclusion ("No signs of account takeover"),
  // and in Chinese to the English one.
  it.each(SITE_IDS.flatMap((site) => CHECKLISTS[site].map((item) => [site, item.id] as const)))('%s: %s', (_site, id) => {
    expect(id in CHECKED || id in DONE, `${id}: add its words to CHECKED (or DONE) in lib/background/support-message.ts`).toBe(true);
  });
});
