import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '@/lib/findings';
import { forgetTab, newTopDocument, setFrameFindings, tabFindings, tabsWithFindings } from '@/lib/background/tab-findings';

const f = (id: Finding['id'], severity: Finding['severity'] = 'error'): Finding => ({ id, site: 'aliexpress', severity, evidence: id });

describe('findings per tab and frame', () => {
  beforeEach(() => fakeBrowser.reset());

  it('two frames reporting at once both keep their findings (regression: the slider iframe was lost)', async () => {
    await Promise.all([setFrameFindings(7, 0, [f('account-locked')]), setFrameFindings(7, 3, [f('verification-code')])]);
    expect((await tabFindings(7)).map((x) => x.id)).toEqual(['account-locked', 'verification-code']);
  });

  it('a slider stuck in the captcha dialog\'s frame stands for the robot check the top page sees (one card, the fix)', async () => {
    await Promise.all([setFrameFindings(7, 0, [f('bot-check', 'warning')]), setFrameFindings(7, 3, [f('slider-stuck')])]);
    expect((await tabFindings(7)).map((x) => x.id)).toEqual(['slider-stuck']);
  });

  it.each([
    // An old browser explains a slider that fails, a robot check, a login frame that never draws…
    [['slider-stuck'], ['outdated-browser', 'slider-stuck']],
    [['bot-check'], ['bot-check', 'outdated-browser']],
    [['blank-login-page'], ['blank-login-page', 'outdated-browser']],
    // …but never a wrong password, and it is no card on its own.
    [['wrong-password'], ['wrong-password']],
    [[], []],
  ] as Array<[Finding['id'][], Finding['id'][]]>)('an outdated browser beside %j is shown as %j', async (others, shown) => {
    await setFrameFindings(7, 0, [f('outdated-browser', 'warning'), ...others.filter((id) => id !== 'slider-stuck').map((id) => f(id))]);
    if (others.includes('slider-stuck')) await setFrameFindings(7, 3, [f('slider-stuck')]);
    expect((await tabFindings(7)).map((x) => x.id)).toEqual(shown);
  });

  it('an empty report removes the frame; forgetting the tab removes all', async () => {
    await setFrameFindings(7, 3, [f('slider-stuck')]);
    await setFrameFindings(7, 3, []);
    expect(await tabFindings(7)).toEqual([]);
    await setFrameFindings(7, 0, [f('wrong-password')]);
    await forgetTab(7);
    expect(await tabFindings(7)).toEqual([]);
  });

  it("the top frame of a new document drops the frames of the previous one (a reload gives them new ids)", async () => {
    const tick = () => new Promise((r) => setTimeout(r, 5));
    await setFrameFindings(7, 3, [f('slider-stuck')]);
    await tick();
    const newDocument = Date.now();
    await tick();
    await setFrameFindings(7, 5, [f('bot-check', 'warning')]);
    expect(await newTopDocument(7, newDocument)).toBe(true);
    expect((await tabFindings(7)).map((x) => x.id)).toEqual(['bot-check']);
    expect(await newTopDocument(7, newDocument)).toBe(false);
  });

  it('the badge and popup see what the panel shows: a more specific finding hides the redundant one', async () => {
    await setFrameFindings(7, 0, [f('field-error', 'warning')]);
    await setFrameFindings(7, 2, [f('bot-check', 'warning')]);
    expect((await tabFindings(7)).map((x) => x.id)).toEqual(['bot-check']);
  });

  it('knows which tabs have findings (to show them when tips are switched back on)', async () => {
    await setFrameFindings(7, 0, [f('wrong-password')]);
    await setFrameFindings(12, 3, [f('slider-stuck')]);
    await fakeBrowser.storage.session.set({ 'undo-snapshot': {} });
    expect((await tabsWithFindings()).sort((a, b) => a - b)).toEqual([7, 12]);
  });

  it('garbage in session storage reads as no findings', async () => {
    await fakeBrowser.storage.session.set({ 'tab-findings-7': { 0: { findings: [{ id: 'nope' }], at: 'x' }, 3: 'x' } });
    expect(await tabFindings(7)).toEqual([]);
  });
});
