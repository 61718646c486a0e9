import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { getSurface } from '../../src/core/surfaces/registry';
import { outcomeShort, outcomeText } from '../../src/state/outcomeText';
import { cone, rootX } from '../core/descent/faultySurfaces';

describe('outcome text', () => {
  it('where the cost itself is undefined it says so', () => {
    const run = createRun(rootX, -1, 0.5, createRunSettings({}));
    expect(outcomeText(run)).toBe('the cost is not defined here');
  });

  it('where only the gradient is undefined it does not say the cost is', () => {
    const run = createRun(cone, 0, 0, createRunSettings({}));
    expect(outcomeText(run)).toBe('the gradient is not defined here');
    expect(outcomeShort(run)).toBe('the gradient is not defined here');
    const walked = createRun(cone, 1, 0, createRunSettings({ lr: 1 }));
    advanceRun(walked, 5);
    expect(outcomeText(walked)).toBe('stopped at iteration 1: the gradient is not defined at the next point');
  });

  it('a walk into undefined cost stops there, and a runaway diverges', () => {
    const walked = createRun(rootX, 1, 0, createRunSettings({ lr: 10 })); // x ← 1 − 10·½ = −4
    advanceRun(walked, 5);
    expect(outcomeText(walked)).toBe('stopped at iteration 1: the cost is not defined at the next point');
    const away = createRun(getSurface('bowl')!, 1, 1, createRunSettings({ lr: 1.5 }));
    advanceRun(away, 1e6);
    // x_k = (1 − 2·1.5)^k = (−2)^k leaves the bound 1000 half-widths = 12,000 first at k = 14 (2^14 = 16,384).
    let k = 0;
    while (2 ** k <= 12_000) k++;
    expect(k).toBe(14);
    expect(outcomeText(away)).toBe(`diverged at iteration ${k} (last finite point: iteration ${k - 1})`);
  });

  it('a run that flips between two points is not called converged', () => {
    const run = createRun(getSurface('bowl')!, 1, 1, createRunSettings({ lr: 1, maxSteps: 100 }));
    advanceRun(run, 1e6);
    expect(outcomeText(run)).toBe('stopped at the limit (100 iterations)');
  });
});
