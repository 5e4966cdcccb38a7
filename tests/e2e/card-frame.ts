/**
 * The card as the browser tests reach it (design §9): an extension page (card.html) in a frame inside the
 * tips host's closed shadow root. Playwright lists it among the page's frames; its document carries the
 * hooks (section[data-finding], [data-action]). The outline a step draws is in the host's closed shadow
 * root, which only the extension's own content-script world can open (chrome.dom.openOrClosedShadowRoot).
 */
import type { Frame, Page } from 'playwright-core';
import { inContentWorld } from './harness';

export const CARD_URL = /^chrome-extension:\/\/[a-p]{32}\/card\.html#/;

/** The card's frame once its panel is drawn (a pill or the open card). */
export async function cardFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => CARD_URL.test(f.url()) && !f.isDetached());
    if (frame && (await frame.locator('.panel').count().catch(() => 0)) > 0) return frame;
    if (Date.now() > deadline) throw new Error(`no card frame in ${page.frames().map((f) => f.url()).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The card's frame if there is one now (no waiting). */
export function cardFrameNow(page: Page): Frame | undefined {
  return page.frames().find((f) => CARD_URL.test(f.url()) && !f.isDetached());
}

/** The outline a step's 「ここ」 draws over the page's control: its box, or null while hidden. */
export function outlineBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return inContentWorld<{ x: number; y: number; width: number; height: number } | null>(
    page,
    `(() => {
      const host = document.querySelector('login-rescue-tips');
      const box = host && chrome.dom.openOrClosedShadowRoot(host)?.querySelector('.outline');
      if (!box || box.hidden) return null;
      const r = box.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    })()`,
  );
}

/** Whether the card's frame sees the card as really visible (IntersectionObserver v2's latest word). */
export async function seenVisible(frame: Frame): Promise<string | undefined> {
  return frame.evaluate(() => document.documentElement.dataset.visible);
}
