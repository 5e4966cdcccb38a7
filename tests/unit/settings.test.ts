import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLOSED_CARDS_KEY, CLOSED_FOR_MS, closeCardForADay, closedKey, DEFAULT_OPTIONS, readChecked, validateClosedCards, validateOptions, validateTicks } from '@/lib/settings';
import { optionsItem, ticksItem } from '@/lib/stored';

describe('stored settings are validated on read', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['nothing stored', undefined, DEFAULT_OPTIONS, false],
    ['garbage string', 'x', DEFAULT_OPTIONS, true],
    ['array', [1, 2], DEFAULT_OPTIONS, true],
    ['wrong types', { sites: { amazon: 'yes' }, tips: 3 }, DEFAULT_OPTIONS, true],
    ['partial', { sites: { amazon: false } }, { ...DEFAULT_OPTIONS, sites: { ...DEFAULT_OPTIONS.sites, amazon: false } }, false],
  ])('options: %s', (_label, raw, value, repaired) => {
    expect(validateOptions(raw)).toEqual({ value, repaired });
  });

  it('ticks: bad entries dropped, good ones kept', () => {
    expect(validateTicks({ amazon: { 'caps-lock': 5, bad: 'x' }, aliexpress: 7 })).toEqual({
      value: { amazon: { 'caps-lock': 5 }, aliexpress: {}, alibaba: {} },
      repaired: true,
    });
  });

  it('a store that throws gives defaults and a notice', async () => {
    const throwing = { getValue: () => Promise.reject(new Error('quota')) };
    expect(await readChecked(throwing, validateOptions)).toEqual({ value: DEFAULT_OPTIONS, repaired: true });
  });

  it('corrupt stored options read as defaults', async () => {
    await fakeBrowser.storage.local.set({ options: '{{{' });
    expect(await readChecked(optionsItem, validateOptions)).toEqual({ value: DEFAULT_OPTIONS, repaired: true });
  });

  it('v1 ticks (a flat list) migrate to v2 (per site, with times)', async () => {
    await fakeBrowser.storage.local.set({ 'checklist-ticks': ['amazon:caps-lock', 'aliexpress:site-data', 'nonsense', 'evil:x'], 'checklist-ticks$': { v: 1 } });
    await ticksItem.migrate();
    expect(validateTicks(await ticksItem.getValue()).value).toEqual({ amazon: { 'caps-lock': 0 }, aliexpress: { 'site-data': 0 }, alibaba: {} });
  });
});

describe('a card closed for a day', () => {
  beforeEach(() => fakeBrowser.reset());
  const NOW = 1_700_000_000_000;

  it('is kept by its site and finding, until a day on, beside the others still in force; lapsed ones are dropped', async () => {
    await fakeBrowser.storage.local.set({ [CLOSED_CARDS_KEY]: { 'amazon:caps-lock': NOW + 1000, 'amazon:wrong-password': NOW - 1 } });
    await closeCardForADay('aliexpress', 'slider-stuck', NOW);
    const stored = (await fakeBrowser.storage.local.get(CLOSED_CARDS_KEY))[CLOSED_CARDS_KEY];
    expect(stored).toEqual({ 'amazon:caps-lock': NOW + 1000, [closedKey('aliexpress', 'slider-stuck')]: NOW + CLOSED_FOR_MS });
    // The key is the one the tips script reads back (validated as `site:finding`).
    expect(Object.keys(validateClosedCards(stored, NOW))).toContain('aliexpress:slider-stuck');
  });
});
