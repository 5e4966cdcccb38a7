/** The card frame's messages to the tips script in the page: only these shapes are acted on. */
import { describe, expect, it } from 'vitest';
import { chosenControl, parseToPage, shownFix } from '@/lib/card-frame';
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
