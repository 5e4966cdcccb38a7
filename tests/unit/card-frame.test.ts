/** The card frame's messages to the tips script in the page: only these shapes are acted on. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTipsView, type TipsState } from '@/components/mount-tips';
import { MARKER_TAG } from '@/lib/marker';
import type { PageContext } from '@/lib/content/context';
import { CARD_PORT, CARD_RELAY, chosenControl, parseToPage, shownFix } from '@/lib/card-frame';
import { emailTypo } from '@/lib/page/email-typo';

describe('the card frame\'s messages, checked by the tips script', () => {
  it.each([
    [{ type: 'size', width: 360, height: 420 }, { type: 'size', width: 360, height: 420 }],
    [{ type: 'size', width: -5, height: 10 }, { type: 'size', width: 0, height: 10 }],
    [{ type: 'locate', kind: 'forgot-password' }, { type: 'locate', kind: 'forgot-password' }],
    [{ type: 'fix-width', evidence: 'x'.repeat(500) }, { type: 'fix-width', evidence: 'x'.repeat(200) }],
    [{ type: 'hello', frameId: 12 }, { type: 'hello', frameId: 12 }],
    [{ type: 'reload', extra: 1 }, { type: 'reload' }],
    [{ type: 'press', kind: 'verify-identity', label: '本人確認へ進む' }, { type: 'press', kind: 'verify-identity', label: '本人確認へ進む' }],
    [{ type: 'press', kind: 'slider-refresh', label: '' }, { type: 'press', kind: 'slider-refresh', label: '' }],
    [{ type: 'fix-typed', kind: 'phone', value: '9012345678' }, { type: 'fix-typed', kind: 'phone', value: '9012345678' }],
  ])('%o → %o', (raw, parsed) => expect(parseToPage(raw)).toEqual(parsed));

  it.each([
    null,
    'size',
    { type: 'size', width: 'wide', height: 1 },
    { type: 'locate', kind: 'the-page-control' },
    { type: 'hello', frameId: 0 },
    { type: 'card-reset' },
    { type: 'eval', code: '1' },
    // A press or a fix without what the card showed is not the card's.
    { type: 'press', kind: 'verify-identity' },
    { type: 'press', kind: 'verify-identity', label: 7 },
    { type: 'press', kind: 'verify-identity', label: 'x'.repeat(201) },
    { type: 'fix-typed', kind: 'phone' },
    { type: 'fix-typed', kind: 'email', value: '' },
    { type: 'fix-typed', kind: 'email', value: ['taro@gmail.com'] },
  ])('refused: %o', (raw) => expect(parseToPage(raw)).toBeNull());
});

describe('what the page can put into the card', () => {
  // A mail domain one slip off is offered for one whole address only: a page's words before an `@` would
  // otherwise be quoted in the card's hint and written by its fix button.
  it.each([
    'Call 0570-000-000 to unlock @gmial.com',
    'Call 0570-000-000 to unlock taro@gmial.com',
    'taro@gmial.com call 0570-000-000',
    '<b>x</b>@gmial.com',
  ])('no fix offered for %o', (value) => expect(emailTypo(value)).toBeNull());

  it.each([
    ['taro@gmial.com', 'taro@gmail.com'],
    ['taro@gmail.com.', 'taro@gmail.com'],
  ])('one whole address: %s → %s', (typed, meant) => expect(emailTypo(typed)).toBe(meant));
});

describe('a press and a typed fix act on what the card showed only', () => {
  const verify = { id: 'verify' };
  const chosen = new Map([['verify-identity', { element: verify, label: '本人確認へ進む' }]] as const);

  it('the control chosen for that kind when the state was pushed, where the card quoted its label', () => {
    expect(chosenControl({ kind: 'verify-identity', label: '本人確認へ進む' }, chosen)).toBe(verify);
  });
  it.each([
    ['another label than the card quoted', { kind: 'verify-identity', label: 'Delete account' }],
    ['a kind the shown tips do not point at', { kind: 'contact-support', label: '本人確認へ進む' }],
  ] as const)('refused: %s', (_why, request) => expect(chosenControl(request, chosen)).toBeNull());

  const fixes = [
    { kind: 'phone', value: '9012345678', shown: '9012345678', field: 'a' },
    { kind: 'email', value: 'taro@gmail.com', shown: 'gmail.com', field: 'b' },
  ] as const;
  it('the typed fix whose value the card showed', () => expect(shownFix({ kind: 'email', value: 'taro@gmail.com' }, fixes)?.field).toBe('b'));
  it.each([
    ['another value than the card showed', { kind: 'email', value: 'evil@gmail.com' }],
    ['another kind', { kind: 'phone', value: 'taro@gmail.com' }],
  ] as const)('refused: %s', (_why, request) => expect(shownFix(request, fixes)).toBeNull());
});

describe('the frame\'s token serves one frame, and frames are made a few times only', () => {
  type FakePort = { name: string; sender: { url: string }; onMessage: { addListener(l: unknown): void }; onDisconnect: { addListener(l: unknown): void }; postMessage: ReturnType<typeof vi.fn>; disconnect: ReturnType<typeof vi.fn> };
  const port = (name: string): FakePort => ({
    name,
    sender: { url: fakeBrowser.runtime.getURL('/card.html') },
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: () => undefined },
    postMessage: vi.fn(),
    disconnect: vi.fn(),
  });
  let connect: ((p: FakePort) => void) | null = null;
  const ctx = { isInvalid: false, onInvalidated: () => undefined, addEventListener: () => undefined, setTimeout: (f: () => void, ms: number) => void setTimeout(f, ms) } as PageContext;
  const tips = [{ finding: { id: 'wrong-password', site: 'amazon', severity: 'error', evidence: 'x' } }] as unknown as TipsState['tips'];
  const state: TipsState = { lang: 'ja', tips, page: { controls: {}, hints: [], afterReset: false, address: 'https://www.amazon.co.jp/ap/signin', hasPasswordField: true } };
  const iframes = () => [...document.querySelectorAll(MARKER_TAG)].flatMap((host) => [...(host.shadowRoot?.querySelectorAll('iframe') ?? [])]);
  const tokenOf = (frame: HTMLIFrameElement) => frame.src.slice(frame.src.indexOf('#') + 1);

  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
    connect = null;
    // The host's shadow root, open here so that the test can read the frame's token.
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      return attach.call(this, { ...init, mode: 'open' });
    });
    (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = { addListener: (l: (p: FakePort) => void) => (connect = l), removeListener: () => undefined };
  });
  afterEach(() => vi.restoreAllMocks());

  it('a second port with the frame\'s token is refused: the state goes to the first one only', () => {
    const view = createTipsView(ctx, () => undefined);
    view.show(state);
    const token = tokenOf(iframes()[0]!);
    const first = port(CARD_PORT + token);
    connect!(first);
    const second = port(CARD_PORT + token);
    connect!(second);
    expect(second.disconnect).toHaveBeenCalled();
    first.postMessage.mockClear();
    view.show({ ...state, lang: 'en' });
    expect(first.postMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'state', lang: 'en' }));
    expect(second.postMessage).not.toHaveBeenCalled();
  });

  it('Firefox: a second hello with the token does not turn the pushes to another frame id', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const view = createTipsView(ctx, () => undefined);
    view.show(state);
    const token = tokenOf(iframes()[0]!);
    await fakeBrowser.runtime.onMessage.trigger({ type: CARD_RELAY, token, message: { type: 'hello', frameId: 5 } }, {});
    await fakeBrowser.runtime.onMessage.trigger({ type: CARD_RELAY, token, message: { type: 'hello', frameId: 9 } }, {});
    view.show({ ...state, lang: 'en' });
    const pushedTo = sent.mock.calls.map(([m]) => (m as { frameId?: number }).frameId);
    expect(pushedTo).toContain(5);
    expect(pushedTo).not.toContain(9);
  });

  it('the page\'s focus and size changes push the state only when the frame\'s dock or window changed', async () => {
    const view = createTipsView(ctx, () => undefined);
    view.show(state);
    const first = port(CARD_PORT + tokenOf(iframes()[0]!));
    connect!(first);
    const states = () => first.postMessage.mock.calls.filter(([m]) => (m as { type: string }).type === 'state');
    const before = states().length;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (const event of [new Event('resize'), new FocusEvent('focusin')]) {
      dispatchEvent(event);
      await frame();
    }
    expect(states().length).toBe(before);
    // What the card points at is in its corner: it moves, and the frame is told.
    view.outline(new DOMRect(innerWidth - 100, innerHeight - 100, 60, 40));
    expect(states().length).toBe(before + 1);
    expect(states().at(-1)![0]).toMatchObject({ dock: { corner: expect.not.stringMatching(/^bottom-right$/) } });
  });

  it('a second outline within the first one\'s few seconds stays its own few seconds', () => {
    vi.useFakeTimers();
    try {
      const view = createTipsView(ctx, () => undefined);
      view.show(state);
      const outline = document.querySelector(MARKER_TAG)!.shadowRoot!.querySelector<HTMLElement>('.outline')!;
      view.outline(new DOMRect(10, 10, 50, 20));
      vi.advanceTimersByTime(2000);
      view.outline(new DOMRect(10, 80, 50, 20));
      vi.advanceTimersByTime(1500);
      expect(outline.hidden).toBe(false);
      vi.advanceTimersByTime(1600);
      expect(outline.hidden).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a page that keeps removing the host gets a few frames, not one per removal', () => {
    const made = vi.spyOn(document, 'createElement');
    const view = createTipsView(ctx, () => undefined);
    for (let i = 0; i < 12; i++) {
      view.show(state);
      document.querySelector(MARKER_TAG)?.remove();
    }
    expect(made.mock.calls.filter(([tag]) => tag === 'iframe').length).toBeLessThanOrEqual(5);
  });
});
