/** The project's conventions, enforced: every finding id has one detector in its own file, a tip in
 *  Japanese and English, and fixtures that show it. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '@/lib/detection/rules';
import { FINDING_IDS, SITE_IDS, type Tip } from '@/lib/findings';
import { en } from '@/lib/tips/en';
import { ja } from '@/lib/tips/ja';
import { AMAZON_REAL_CASES, EVENT_CASES, TRAINING_CASES, OWN_CASES } from './cases';

const TABLES = { ja, en };
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function checkTip(tip: Tip, lang: 'ja' | 'en') {
  expect(tip.title.trim().length).toBeGreaterThan(0);
  expect(tip.next.trim().length).toBeGreaterThan(0);
  expect(tip.causes.length).toBeGreaterThanOrEqual(1);
  for (const text of [tip.title, tip.next, ...tip.causes]) {
    expect(text).not.toMatch(/<[a-z/]/i);
    if (lang === 'ja') expect(text).toMatch(JAPANESE);
  }
  for (const contact of tip.contacts ?? []) expect(contact.href).toMatch(/^(https:\/\/|tel:|mailto:)/);
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
      for (const [lang, table] of Object.entries(TABLES) as Array<['ja' | 'en', typeof ja]>) {
        for (const tip of Object.values(table.bySite[site])) checkTip(tip!, lang);
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
