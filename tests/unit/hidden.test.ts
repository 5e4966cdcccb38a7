/**
 * What the user cannot see never counts (design §2): each row is one way a page hides a message, beside a
 * visible one that shows the pass did run. The same rows run live in Chromium (tests/e2e/hidden.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { idsFor } from './helpers';
import { AE_LOGIN, HIDDEN_ROWS } from './hidden-rows';


describe('hidden messages never count', () => {
  it.each(HIDDEN_ROWS)('%s', async (_label, html) => {
    expect(await idsFor(html, AE_LOGIN)).toEqual(['account-locked']);
  });
});
