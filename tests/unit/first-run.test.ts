/** First run (issue 19, item 7): the welcome page opens on install only — never on update. */
import { describe, expect, it, vi } from 'vitest';
import { WELCOME_PAGE, welcomeOnInstall } from '@/lib/first-run';
import { readFileSync } from 'node:fs';

describe('the welcome page', () => {
  it.each([
    ['install', 1],
    ['update', 0],
    ['chrome_update', 0],
    ['browser_update', 0],
    ['shared_module_update', 0],
  ] as const)('onInstalled reason %s: opened %i times', async (reason, times) => {
    const create = vi.fn(async (props: { url: string }) => props);
    const opened = await welcomeOnInstall(reason, { getURL: (path) => `chrome-extension://id${path}`, create });
    expect(opened).toBe(times === 1);
    expect(create).toHaveBeenCalledTimes(times);
    if (times) expect(create).toHaveBeenCalledWith({ url: `chrome-extension://id${WELCOME_PAGE}` });
  });

  it('the background opens it from onInstalled, with the reason it is given', () => {
    const source = readFileSync('entrypoints/background.ts', 'utf8');
    expect(source).toMatch(/onInstalled\.addListener\(\(\{ reason \}\) => \{[\s\S]{0,300}welcomeOnInstall\(reason,/);
  });
});
