import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addEvent, parseJourney, readJourney, recordJourney, type JourneyEvent } from '@/lib/background/journey';
import { forgetTab, newTopDocument, returnedInTab, setFrameFindings } from '@/lib/background/tab-findings';
import type { Finding, Lang, SiteId } from '@/lib/findings';
import { tipOnPage } from '@/lib/tips';

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

describe("the tab's journey: a robot check that comes back (issue 19: the reset only for a check that loops)", () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  const TAB = 7;
  const check = (site: SiteId): Finding => ({ id: 'bot-check', site, severity: 'warning', evidence: '/_____tmd_____/punish' });
  const URL_OF: Record<SiteId, string> = {
    aliexpress: 'https://www.aliexpress.com/wholesale/_____tmd_____/punish?x5step=2&action=captcha',
    alibaba: 'https://s.1688.com/selloffer/_____tmd_____/punish?x5step=2&action=captcha',
    amazon: 'https://www.amazon.co.jp/errors/validateCaptcha',
  };
  /** What happens in the tab, in order: the check reported, the page loaded again (a new top document), the
   *  check gone from the page (passed, or its dialog closed), minutes passing. */
  type Step = 'check' | 'new-document' | 'gone' | `wait ${number}`;
  /** The card's primary as the background answers the tips after `steps` (entrypoints/background.ts). */
  async function primaryAfter(site: SiteId, steps: Step[], lang: Lang = 'ja') {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    for (const step of steps) {
      vi.setSystemTime(Date.now() + 1000);
      if (step === 'check') await setFrameFindings(TAB, 0, [check(site)]);
      else if (step === 'gone') await setFrameFindings(TAB, 0, []);
      else if (step === 'new-document') await newTopDocument(TAB, Date.now());
      else vi.setSystemTime(Date.now() + Number(step.split(' ')[1]) * minute);
    }
    const back = new Set(await returnedInTab(TAB));
    return tipOnPage(site, 'bot-check', lang, URL_OF[site], undefined, back.has('bot-check')).primary?.do ?? null;
  }

  const cases: Array<[string, SiteId, Step[], 'reset' | null]> = [
    ['the first check in the tab: completed, no reset', 'aliexpress', ['check'], null],
    ['the first check, reported again by the same page: still the first', 'aliexpress', ['check', 'check', 'check'], null],
    ['the same check again in the tab (the page loaded again): the reset', 'aliexpress', ['check', 'new-document', 'check'], 'reset'],
    ['passed, and the check is back on the same page: the reset', 'aliexpress', ['check', 'gone', 'check'], 'reset'],
    ['1688: the same check again in the tab: the reset', 'alibaba', ['check', 'new-document', 'check'], 'reset'],
    ['1688: the first check: no reset', 'alibaba', ['check'], null],
    ['a check back more than 30 minutes later is a new one', 'aliexpress', ['check', 'new-document', 'wait 31', 'check'], null],
    ['back, gone, back again: still a loop', 'aliexpress', ['check', 'gone', 'check', 'new-document', 'check'], 'reset'],
    ["Amazon's image check, first: never a reset", 'amazon', ['check'], null],
    ["Amazon's image check, again in the tab: never a reset", 'amazon', ['check', 'new-document', 'check'], null],
  ];
  it.each(cases)('%s', async (_name, site, steps, expected) => {
    expect(await primaryAfter(site, steps)).toBe(expected);
    expect(await primaryAfter(site, steps, 'en')).toBe(expected);
  });

  it('another tab, or a tab that left the sites, starts over', async () => {
    await setFrameFindings(TAB, 0, [check('aliexpress')]);
    await newTopDocument(TAB, Date.now() + 1);
    await setFrameFindings(TAB, 0, [check('aliexpress')]);
    await setFrameFindings(TAB + 1, 0, [check('aliexpress')]);
    expect(await returnedInTab(TAB)).toEqual(['bot-check']);
    expect(await returnedInTab(TAB + 1)).toEqual([]);
    await forgetTab(TAB);
    await setFrameFindings(TAB, 0, [check('aliexpress')]);
    expect(await returnedInTab(TAB)).toEqual([]);
  });

  it('garbage in session storage reads as nothing back', async () => {
    await fakeBrowser.storage.session.set({ [`tab-returns-${TAB}`]: { 'bot-check': { left: 'x', back: true }, nope: { left: 1, back: true } } });
    await setFrameFindings(TAB, 0, [check('aliexpress')]);
    expect(await returnedInTab(TAB)).toEqual([]);
  });
});
