import { describe, expect, it } from 'vitest';
import { optimizerKinds } from '../../../src/core/descent/optimizers';
import { advanceRun, createRun } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { optimizerDefaults, scalarSettings } from '../../../src/core/descent/settingsCatalog';
import { niceFloor, steepestCurvature, suitedRate, suitedRates } from '../../../src/core/descent/suitedRates';
import { getSurface } from '../../../src/core/surfaces/registry';
import type { Surface } from '../../../src/core/types';

const surface = (id: string): Surface => getSurface(id)!;
const MAX = scalarSettings.maxSteps.default;

/** Runs to the default iteration limit and returns the final point and status. */
function finish(s: Surface, x0: number, y0: number, lr: number, kind: (typeof optimizerKinds)[number]) {
  const run = createRun(s, x0, y0, createRunSettings({ lr, optimizer: optimizerDefaults(kind) }));
  advanceRun(run, MAX);
  return run;
}

describe('suitedRates', () => {
  it('gives all seven optimizers, Newton included, each with a reason naming it and its rate', () => {
    const rates = suitedRates(surface('rosenbrock'), -1.2, 1);
    expect(rates.map((r) => r.optimizer.kind)).toEqual([...optimizerKinds]);
    expect(rates).toHaveLength(7);
    for (const r of rates) {
      expect(r.lr).toBeGreaterThanOrEqual(scalarSettings.lr.min);
      expect(r.lr).toBeLessThanOrEqual(scalarSettings.lr.max);
      expect(r.reason).toMatch(new RegExp(`^[^:]+ at ${String(r.lr).replace('.', '\\.')}: `));
    }
  });

  it('on Rosenbrock from (−1.2, 1): Adam at its suited rate 0.1 reaches (1, 1) within 2,000 iterations, plain descent at 0.001 does not', () => {
    const s = surface('rosenbrock');
    const adam = suitedRate(s, -1.2, 1, optimizerDefaults('adam'));
    expect(adam.lr).toBe(0.1);
    expect(adam.reason).toMatch(/^Adam at 0\.1: Adam's steps are about η long whatever the slope/);
    const a = finish(s, -1.2, 1, adam.lr, 'adam');
    expect(Math.hypot(a.x - 1, a.y - 1)).toBeLessThan(1e-3);
    const gd = finish(s, -1.2, 1, 0.001, 'gd');
    expect(gd.t).toBe(MAX);
    expect(Math.hypot(gd.x - 1, gd.y - 1)).toBeGreaterThan(0.3);
  });

  it('plain descent stays below the critical rate 2/λ_max (Rosenbrock: 0.0019968 at (1, 1)) and momentum uses its wider range 2(1+μ)/λ', () => {
    const s = surface('rosenbrock');
    const lam = steepestCurvature(s, -1.2, 1)!;
    // λ_max at (1, 1) is 1001.6 (REFERENCE.md: critical η 0.0019968); the start is steeper still.
    expect(lam).toBeGreaterThanOrEqual(2 / 0.0019968);
    const gd = suitedRate(s, -1.2, 1, optimizerDefaults('gd')).lr;
    expect(gd).toBeLessThan(2 / lam);
    expect(gd).toBe(0.001);
    const mom = suitedRate(s, -1.2, 1, { kind: 'momentum', momentum: 0.9 }).lr;
    expect(mom).toBeGreaterThan(2 / lam);
    expect(mom).toBeLessThan((2 * 1.9) / lam);
  });

  it('on the bowl every suited rate converges to (0, 0) from (10, 10)', () => {
    const s = surface('bowl');
    for (const r of suitedRates(s, 10, 10)) {
      const run = finish(s, 10, 10, r.lr, r.optimizer.kind);
      expect(run.status, `${r.optimizer.kind} at ${r.lr}`).toBe('converged');
      expect(Math.hypot(run.x, run.y), r.optimizer.kind).toBeLessThan(1e-3);
    }
  });

  it('on the bowl plain descent gets 0.5 (critical rate 1) and Newton 1, which lands on (0, 0) in one step', () => {
    const s = surface('bowl');
    expect(suitedRate(s, 10, 10, optimizerDefaults('gd')).lr).toBe(0.5);
    const newton = suitedRate(s, 10, 10, optimizerDefaults('newton'));
    expect(newton.lr).toBe(1);
    const run = createRun(s, 10, 10, createRunSettings({ lr: 1, optimizer: optimizerDefaults('newton') }));
    advanceRun(run, 1);
    expect([run.x, run.y]).toEqual([0, 0]);
  });

  it('the stability edges the reasons quote hold: momentum 2(1+μ)/λ, Nesterov 2(1+μ)/((1+2μ)λ) on the bowl (λ = 2)', () => {
    const s = surface('bowl');
    const edges = { momentum: 3.8 / 2, nesterov: 3.8 / 2.8 / 2 } as const;
    for (const kind of ['momentum', 'nesterov'] as const) {
      const edge = edges[kind];
      expect(suitedRate(s, 10, 10, optimizerDefaults(kind)).reason).toContain(`= ${String(Number(edge.toPrecision(3)))}`);
      const below = createRun(s, 1, 1, createRunSettings({ lr: 0.98 * edge, optimizer: optimizerDefaults(kind), maxSteps: 20000 }));
      advanceRun(below, 20000);
      expect(below.status, `${kind} below its edge`).toBe('converged');
      const above = createRun(s, 1, 1, createRunSettings({ lr: 1.02 * edge, optimizer: optimizerDefaults(kind), maxSteps: 20000 }));
      advanceRun(above, 20000);
      expect(above.status, `${kind} above its edge`).toBe('diverged');
    }
  });

  it('niceFloor rounds down to 1, 2 or 5 × 10ᵏ within the rate range', () => {
    expect([0.00133, 0.0025, 0.6, 0.1, 0.256, 7, 1e9, 1e-9, NaN].map(niceFloor)).toEqual([0.001, 0.002, 0.5, 0.1, 0.2, 5, 10, 1e-5, 1e-5]);
  });
});
