/** The state behind the cards and the popup's order: closed cards (stored, so validated), and which
 *  checklist items come first for what was found. */
import { describe, expect, it } from 'vitest';
import { CHECKLISTS } from '@/lib/checklist/items';
import { byRelevance, RELEVANT_TO } from '@/lib/checklist/relevance';
import { FINDING_IDS, SITE_IDS } from '@/lib/findings';
import { CLOSED_FOR_MS, validateClosedCards } from '@/lib/settings';

const NOW = 1_800_000_000_000;

describe('closed cards', () => {
  it.each<[string, unknown, object]>([
    ['nothing stored', undefined, {}],
    ['not an object', 'aliexpress:account-locked', {}],
    ['an array', [1, 2], {}],
    ['one in force', { 'aliexpress:account-locked': NOW + 1000 }, { 'aliexpress:account-locked': NOW + 1000 }],
    ['one whose day is over', { 'aliexpress:account-locked': NOW - 1 }, {}],
    ['one set further than a day ahead (a clock gone wrong): shown again', { 'amazon:wrong-password': NOW + CLOSED_FOR_MS + 60_000 }, {}],
    ['a malformed key or time', { 'x y': NOW + 1000, 'amazon:bot-check': 'tomorrow' }, {}],
  ])('%s', (_label, raw, expected) => expect(validateClosedCards(raw, NOW)).toEqual(expected));
});

describe("the popup's checklist order", () => {
  it('every checklist item says which findings it helps with, and only real ones', () => {
    for (const site of SITE_IDS) {
      for (const item of CHECKLISTS[site]) {
        expect(RELEVANT_TO[item.id], item.id).toBeDefined();
        for (const id of RELEVANT_TO[item.id]!) expect(FINDING_IDS).toContain(id);
      }
    }
  });

  it.each([
    ['aliexpress', 'account-locked', 'lock-notice'],
    ['amazon', 'blank-login-page', 'site-data'],
    ['alibaba', 'slider-stuck', 'browser-version'],
    ['amazon', 'wrong-password', 'caps-lock'],
  ] as const)('%s, %s found: %s comes first among what helps, the unrelated are folded', (site, found, first) => {
    const { relevant, rest } = byRelevance(CHECKLISTS[site], [found]);
    expect(relevant.map((i) => i.id)).toContain(first);
    expect(rest.length).toBeGreaterThan(0);
    for (const item of rest) expect(RELEVANT_TO[item.id]).not.toContain(found);
  });

  it('nothing found: the whole list, in its order', () => {
    expect(byRelevance(CHECKLISTS.amazon, []).relevant).toEqual(CHECKLISTS.amazon);
  });
});
