/**
 * How long the site-data reset's undo stays available (design §5: at least 10 minutes), and no longer: the
 * snapshot holds cookie values. The one place the window is written: the reset (`undoUntil`, the expiry
 * alarm) and every text that states it (the card, the popup) read it from here; the store listings and the
 * README state it in words, and a test holds them to it (tests/unit/reset-undo.test.ts).
 */
export const UNDO_WINDOW_MINUTES = 30;
export const UNDO_WINDOW_MS = UNDO_WINDOW_MINUTES * 60_000;
