// The path table's status cell names the same iteration as its row.
import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { getSurface } from '../../src/core/surfaces/registry';
import { outcomeShort, outcomeText } from '../../src/state/outcomeText';
import { stepLines } from '../../src/ui/updateRuleText';
import { cone, rootX } from '../core/descent/faultySurfaces';

const bowl = getSurface('bowl')!;

describe('the status cell (outcomeShort)', () => {
  it('a diverged row names both iterations: the one that left the numbers and its last finite point (the row\'s)', () => {
    const run = createRun(bowl, 1, 1, createRunSettings({ lr: 1.5 }));
    advanceRun(run, 10_000);
    expect(outcomeShort(run)).toBe(`diverged at iteration ${run.divergedAt} (last finite point: iteration ${run.t})`);
    expect(run.divergedAt).toBe(run.t + 1);
  });
  it('other rows keep the short outcome text', () => {
    const run = createRun(bowl, 1, 1, createRunSettings({ lr: 0.1 }));
    expect(outcomeShort(run)).toBe('ready');
  });
});

const names = { axes: ['x', 'y'] as const, cost: 'f' };

describe('the table, the status and the update-rule panel name the same iterations', () => {
  it('a runaway: iteration 14 left the numbers, iteration 13 is the last finite point (bowl, η = 1.5, x_k = (−2)^k)', () => {
    const run = createRun(bowl, 1, 1, createRunSettings({ lr: 1.5 }));
    advanceRun(run, 10_000);
    const text = 'diverged at iteration 14 (last finite point: iteration 13)';
    expect(outcomeShort(run)).toBe(text);
    expect(outcomeText(run)).toBe(text);
    expect(stepLines(run, names)[0]).toMatch(/^Iteration 14 left the finite numbers \(diverged\); its last finite step, iteration 13: /);
  });

  it('a first step into undefined cost: the path stays at iteration 0 and iteration 1 is the one that could not be taken', () => {
    const run = createRun(rootX, 1, 0, createRunSettings({ lr: 10 })); // x ← 1 − 10·½ = −4, where √x is not a number
    advanceRun(run, 5);
    expect(run.t).toBe(0);
    const text = 'stopped at iteration 1: the cost is not defined at the next point';
    expect(outcomeShort(run)).toBe(text);
    expect(outcomeText(run)).toBe(text);
    expect(stepLines(run, names)).toEqual([
      'Iteration 1 would go where the cost is not defined, so the path stopped at its start; there is no step to show.', '', '']);
  });

  it('a later step into undefined cost shows the last step taken, named by its iteration', () => {
    // √x + y² from (4, 0) at η = 4: x ← x − 4/(2√x) goes 4, 3, 1.845, 0.373, then below 0 (a plain loop finds which).
    let x = 4, at = 0;
    while (x >= 0) { x -= 4 / (2 * Math.sqrt(x)); at++; }
    expect(at).toBe(4);
    const run = createRun(rootX, 4, 0, createRunSettings({ lr: 4 }));
    advanceRun(run, 100);
    expect(run.fault).toBe('no-cost');
    expect(run.t).toBe(at - 1);
    expect(outcomeShort(run)).toBe(`stopped at iteration ${at}: the cost is not defined at the next point`);
    expect(stepLines(run, names)[0]).toMatch(new RegExp(
      `^Iteration ${at} would go where the cost is not defined, so the path stopped; its last step, iteration ${run.t}: the gradient at`));
  });

  it('a start where only the gradient is undefined says so in the panel too', () => {
    const run = createRun(cone, 0, 0, createRunSettings({}));
    expect(outcomeShort(run)).toBe('the gradient is not defined here');
    expect(stepLines(run, names)[0]).toBe('The gradient is not defined at this start, so there is no step.');
    const walked = createRun(cone, 1, 0, createRunSettings({ lr: 1 })); // x ← 1 − 1 = 0, the tip
    advanceRun(walked, 5);
    expect(outcomeShort(walked)).toBe('stopped at iteration 1: the gradient is not defined at the next point');
    expect(stepLines(walked, names)[0]).toBe(
      'Iteration 1 would go where the gradient is not defined, so the path stopped at its start; there is no step to show.');
  });
});
