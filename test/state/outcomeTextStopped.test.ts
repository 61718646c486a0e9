// Outcome wording for the stops added with the at-rest rules: a stalled run, an infinite cost at the start.
import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { getSurface } from '../../src/core/surfaces/registry';
import { outcomeShort, outcomeText } from '../../src/state/outcomeText';
import { steepX } from '../core/descent/faultySurfaces';

describe('outcome text for stalled runs and infinite starts', () => {
  it('a run a schedule froze says so, names the decayed rate and no minimum', () => {
    const run = createRun(getSurface('himmelblau')!, 0, 0, createRunSettings({ lr: 0.01, schedule: { kind: 'exponential', gamma: 0.9 } }));
    advanceRun(run, 1e6);
    // ExponentialLR's closed form 0.01 · 0.9^195 ≈ 1.19e-11 at the stop (iteration 195)
    expect(run.t).toBe(195);
    expect((0.01 * 0.9 ** 195).toExponential(2)).toBe('1.19e-11');
    expect(outcomeText(run)).toBe('stalled at iteration 195, not converged: the learning rate decayed to 1.19e-11 (from 0.01) before the path came to rest');
    expect(outcomeShort(run)).toBe('stalled: the learning rate decayed to about 0');
    expect(outcomeText(run)).not.toMatch(/minimum|M\d/);
  });

  it('an infinite cost at the start is called infinite, not undefined', () => {
    expect(outcomeText(createRun(steepX, 5, 0, createRunSettings({})))).toBe('the cost is infinite here');
  });
});
