/** The card frame's messages to the tips script in the page: only these shapes are acted on. */
import { describe, expect, it } from 'vitest';
import { parseToPage } from '@/lib/card-frame';
import { emailTypo } from '@/lib/page/email-typo';

describe('the card frame\'s messages, checked by the tips script', () => {
  it.each([
    [{ type: 'size', width: 360, height: 420 }, { type: 'size', width: 360, height: 420 }],
    [{ type: 'size', width: -5, height: 10 }, { type: 'size', width: 0, height: 10 }],
    [{ type: 'locate', kind: 'forgot-password' }, { type: 'locate', kind: 'forgot-password' }],
    [{ type: 'fix-width', evidence: 'x'.repeat(500) }, { type: 'fix-width', evidence: 'x'.repeat(200) }],
    [{ type: 'hello', frameId: 12 }, { type: 'hello', frameId: 12 }],
    [{ type: 'reload', extra: 1 }, { type: 'reload' }],
  ])('%o → %o', (raw, parsed) => expect(parseToPage(raw)).toEqual(parsed));

  it.each([
    null,
    'size',
    { type: 'size', width: 'wide', height: 1 },
    { type: 'locate', kind: 'the-page-control' },
    { type: 'hello', frameId: 0 },
    { type: 'card-reset' },
    { type: 'eval', code: '1' },
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
