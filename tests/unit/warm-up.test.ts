import { describe, expect, it } from 'vitest';
import { takeWarmUpSteps, WARM_UP_STEP_MS } from '../../lib/content/watch';

/** An idle period that lasts `ms` and loses `perStep` ms with each step taken. */
function idlePeriod(ms: number, perStep: number, didTimeout = false) {
  let left = ms;
  const taken: number[] = [];
  const steps = Array.from({ length: 10 }, (_, i) => () => {
    taken.push(i);
    left -= perStep;
  });
  return { steps, taken, deadline: { didTimeout, timeRemaining: () => Math.max(0, left) } as IdleDeadline };
}

describe('the warm-up takes steps while the idle period leaves room for one more', () => {
  it.each([
    ['a long idle period: steps until less than a step is left', 20, 3, [0, 1, 2, 3, 4]],
    ['a short one: one step', WARM_UP_STEP_MS, 1, [0]],
    ['room for every step: all of them', 100, 1, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  ])('%s', (_what, ms, perStep, expected) => {
    const { steps, taken, deadline } = idlePeriod(ms, perStep);
    takeWarmUpSteps(steps, deadline);
    expect(taken).toEqual(expected);
    expect(steps).toHaveLength(10 - expected.length);
  });

  it('a callback that came on its timeout (the page was never idle) takes one step: the page waits for it', () => {
    const { steps, taken, deadline } = idlePeriod(50, 0, true);
    takeWarmUpSteps(steps, deadline);
    expect(taken).toEqual([0]);
  });

  it('without idle callbacks (a timer instead): one step', () => {
    const { steps, taken } = idlePeriod(50, 0);
    takeWarmUpSteps(steps);
    expect(taken).toEqual([0]);
  });

  it('a step that throws costs nothing but itself: the next one runs', () => {
    const { steps, taken, deadline } = idlePeriod(50, 1);
    steps[0] = () => {
      throw new Error('broken step');
    };
    takeWarmUpSteps(steps, deadline);
    expect(taken[0]).toBe(1);
  });
});
