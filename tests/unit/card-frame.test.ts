/** The card frame's messages to the tips script in the page: only these shapes are acted on. */
import { describe, expect, it } from 'vitest';
import { parseToPage } from '@/lib/card-frame';

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
