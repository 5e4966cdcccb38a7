import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addEvent, parseJourney, readJourney, recordJourney, type JourneyEvent } from '@/lib/background/journey';

const now = Date.parse('2026-11-28T10:17:00Z');
const minute = 60_000;
const hour = 60 * minute;
const ev = (minutesAgo: number, kind: JourneyEvent['kind'], what: string): JourneyEvent => ({ at: now - minutesAgo * minute, kind, what });

describe('addEvent', () => {
  const cases: Array<[string, JourneyEvent[], JourneyEvent, JourneyEvent[]]> = [
    ['adds to an empty list', [], ev(0, 'reset', 'amazon'), [ev(0, 'reset', 'amazon')]],
    ['keeps the list oldest first', [ev(10, 'ticked', 'caps-lock')], ev(0, 'reset', 'amazon'), [ev(10, 'ticked', 'caps-lock'), ev(0, 'reset', 'amazon')]],
    ['ignores the same kind and what within 5 minutes', [ev(4, 'ticked', 'caps-lock')], ev(0, 'ticked', 'caps-lock'), [ev(4, 'ticked', 'caps-lock')]],
    ['takes the same kind and what again after 5 minutes', [ev(6, 'ticked', 'caps-lock')], ev(0, 'ticked', 'caps-lock'), [ev(6, 'ticked', 'caps-lock'), ev(0, 'ticked', 'caps-lock')]],
    ['takes another what within 5 minutes', [ev(1, 'ticked', 'caps-lock')], ev(0, 'ticked', 'num-lock'), [ev(1, 'ticked', 'caps-lock'), ev(0, 'ticked', 'num-lock')]],
    ['takes another kind within 5 minutes (reset, then undo)', [ev(1, 'reset', 'amazon')], ev(0, 'undo', 'amazon'), [ev(1, 'reset', 'amazon'), ev(0, 'undo', 'amazon')]],
    ['drops events older than 24 hours', [ev(24 * 60 + 1, 'reset', 'amazon'), ev(60, 'seen', 'wrong-password')], ev(0, 'undo', 'amazon'), [ev(60, 'seen', 'wrong-password'), ev(0, 'undo', 'amazon')]],
    ['a stale repeat does not block a new event', [ev(24 * 60 + 1, 'ticked', 'caps-lock')], ev(0, 'ticked', 'caps-lock'), [ev(0, 'ticked', 'caps-lock')]],
    ['does not add an event already older than 24 hours', [], ev(25 * 60, 'reset', 'amazon'), []],
  ];
  it.each(cases)('%s', (_name, list, event, expected) => {
    expect(addEvent(list, event, now)).toEqual(expected);
  });

  it('keeps the newest 20', () => {
    const list = Array.from({ length: 20 }, (_, i) => ev(100 - i, 'seen', i % 2 ? 'wrong-password' : 'bot-check'));
    const next = addEvent(list, ev(0, 'reset', 'aliexpress'), now);
    expect(next).toHaveLength(20);
    expect(next[0]).toEqual(list[1]);
    expect(next.at(-1)).toEqual(ev(0, 'reset', 'aliexpress'));
  });

  it('does not change the list it is given', () => {
    const list = [ev(24 * 60 + 5, 'reset', 'amazon'), ev(3, 'ticked', 'caps-lock')];
    const copy = structuredClone(list);
    addEvent(list, ev(0, 'undo', 'amazon'), now);
    expect(list).toEqual(copy);
  });
});

describe('parseJourney', () => {
  it.each([
    ['not an array', { at: now, kind: 'reset', what: 'amazon' }],
    ['null', null],
    ['a string', '[{"at":1,"kind":"reset","what":"amazon"}]'],
  ])('%s → []', (_name, value) => {
    expect(parseJourney(value)).toEqual([]);
  });

  it.each([
    ['a finding seen', { at: now, kind: 'seen', what: 'wrong-password' }],
    ['a checklist item', { at: now, kind: 'ticked', what: 'caps-lock' }],
    ['a reset', { at: now, kind: 'reset', what: 'aliexpress' }],
    ['a failed reset', { at: now, kind: 'reset-failed', what: 'alibaba' }],
    ['an undo', { at: now, kind: 'undo', what: 'amazon' }],
  ])('keeps %s', (_name, value) => {
    expect(parseJourney([value])).toEqual([value]);
  });

  it.each([
    ['null', null],
    ['a number', 3],
    ['no time', { kind: 'reset', what: 'amazon' }],
    ['a time as text', { at: String(now), kind: 'reset', what: 'amazon' }],
    ['a time that is not finite', { at: Number.NaN, kind: 'reset', what: 'amazon' }],
    ['a negative time', { at: -1, kind: 'reset', what: 'amazon' }],
    ['an unknown kind', { at: now, kind: 'cleared', what: 'amazon' }],
    ['no what', { at: now, kind: 'reset' }],
    ['an unknown finding', { at: now, kind: 'seen', what: 'no-such-finding' }],
    ['a reset of an unknown site', { at: now, kind: 'reset', what: 'ebay' }],
    ['a checklist id that is not one', { at: now, kind: 'ticked', what: '<img src=x>' }],
    ['an empty checklist id', { at: now, kind: 'ticked', what: '' }],
  ])('drops %s', (_name, value) => {
    const good = { at: now, kind: 'reset', what: 'amazon' };
    expect(parseJourney([value, good])).toEqual([good]);
  });

  it('keeps only the known fields', () => {
    expect(parseJourney([{ at: now, kind: 'undo', what: 'amazon', cookie: 'session-id=123' }])).toEqual([{ at: now, kind: 'undo', what: 'amazon' }]);
  });
});

describe('journey storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records per site, oldest first, repeats ignored', async () => {
    const t = Date.now();
    await recordJourney('amazon', { at: t - 2 * minute, kind: 'ticked', what: 'caps-lock' });
    await recordJourney('amazon', { at: t - minute, kind: 'reset', what: 'amazon' });
    await recordJourney('amazon', { at: t, kind: 'ticked', what: 'caps-lock' });
    await recordJourney('aliexpress', { at: t, kind: 'seen', what: 'bot-check' });
    expect(await readJourney('amazon')).toEqual([
      { at: t - 2 * minute, kind: 'ticked', what: 'caps-lock' },
      { at: t - minute, kind: 'reset', what: 'amazon' },
    ]);
    expect(await readJourney('aliexpress')).toEqual([{ at: t, kind: 'seen', what: 'bot-check' }]);
    expect(await readJourney('alibaba')).toEqual([]);
  });

  it('two events recorded at once are both kept', async () => {
    const t = Date.now();
    await Promise.all([recordJourney('alibaba', { at: t, kind: 'reset', what: 'alibaba' }), recordJourney('alibaba', { at: t, kind: 'ticked', what: 'browser-version' })]);
    expect((await readJourney('alibaba')).map((e) => e.kind).sort()).toEqual(['reset', 'ticked']);
  });

  it('malformed stored data and events older than a day are not read', async () => {
    const t = Date.now();
    await fakeBrowser.storage.session.set({ 'journey-amazon': [{ at: t - 25 * hour, kind: 'reset', what: 'amazon' }, { at: t, kind: 'bogus', what: 'x' }, { at: t, kind: 'undo', what: 'amazon' }] });
    expect(await readJourney('amazon')).toEqual([{ at: t, kind: 'undo', what: 'amazon' }]);
    await fakeBrowser.storage.session.set({ 'journey-amazon': 'garbage' });
    expect(await readJourney('amazon')).toEqual([]);
  });

  it('a malformed event is not recorded', async () => {
    await recordJourney('amazon', { at: Date.now(), kind: 'seen', what: 'not-a-finding' });
    expect(await readJourney('amazon')).toEqual([]);
  });
});
