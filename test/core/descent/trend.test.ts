import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { getSurface } from '../../../src/core/surfaces/registry';
import { trendAt, type Trend } from '../../../src/core/descent/trend';

/** A trajectory (stride 4) from points [x, y, f]; ‖∇f‖ is irrelevant to the trend and left 0. */
function traj(points: readonly (readonly [number, number, number])[]): Float64Array {
  const t = new Float64Array(4 * points.length);
  points.forEach(([x, y, f], i) => { t[4 * i] = x; t[4 * i + 1] = y; t[4 * i + 2] = f; });
  return t;
}

/** Plain descent on the bowl f = x² + y² in closed form (REFERENCE.md): x_k = (1 − 2η)^k x₀. */
function bowlClosedForm(eta: number, x0: number, y0: number, n: number): Float64Array {
  const r = 1 - 2 * eta;
  return traj(Array.from({ length: n + 1 }, (_, k) => {
    const x = x0 * r ** k, y = y0 * r ** k;
    return [x, y, x * x + y * y] as const;
  }));
}

describe('trendAt on hand-built trajectories', () => {
  it('has no trend before two steps', () => {
    const t = bowlClosedForm(0.3, 10, 10, 5);
    expect(trendAt(t, 0)).toBeNull();
    expect(trendAt(t, 1)).toBeNull();
    expect(trendAt(t, 2)).toBe('converging');
  });

  it('reads the bowl in closed form: η = 0.3 converging, η = 0.9 oscillating, η = 1.1 diverging, at every iteration', () => {
    const cases: [number, Trend][] = [[0.3, 'converging'], [0.9, 'oscillating'], [1.1, 'diverging']];
    for (const [eta, want] of cases) {
      const t = bowlClosedForm(eta, 10, 7, 30);
      for (let k = 2; k <= 30; k++) expect(trendAt(t, k), `η = ${eta}, k = ${k}`).toBe(want);
    }
  });

  it('calls steps that grow while the cost falls converging (a ball speeding down a steepening slope), not diverging', () => {
    const pts = Array.from({ length: 12 }, (_, k) => [k * k * 0.1, 0, 100 - k * k] as const);
    expect(trendAt(traj(pts), 11)).toBe('converging');
  });

  it('tells a spiral of gentle turns (60°, converging) from one of sharp turns (120°: steps flip, oscillating)', () => {
    const spiral = (turn: number) => traj(Array.from({ length: 20 }, (_, k) => {
      const r = 0.9 ** k, a = k * turn;
      return [r * Math.cos(a), r * Math.sin(a), r * r] as const;
    }));
    expect(trendAt(spiral(Math.PI / 3), 15)).toBe('converging');
    expect(trendAt(spiral((2 * Math.PI) / 3), 15)).toBe('oscillating');
  });

  it('looks only at the recent window: a path that oscillated and then settled reads converging', () => {
    const pts: [number, number, number][] = [];
    for (let k = 0; k < 10; k++) pts.push([(-0.8) ** k, 0, 0.64 ** k]);
    const last = pts[pts.length - 1]!;
    for (let k = 1; k <= 10; k++) pts.push([last[0] + 0.01 * k, 0, last[2] * 0.5 ** k]);
    expect(trendAt(traj(pts), 8)).toBe('oscillating');
    expect(trendAt(traj(pts), 19)).toBe('converging');
  });

  it('calls a path at rest converging', () => {
    expect(trendAt(traj(Array.from({ length: 10 }, () => [1, 2, 3] as const)), 9)).toBe('converging');
  });

  it('asks only about points the trajectory has', () => {
    expect(trendAt(bowlClosedForm(0.9, 1, 1, 5), 6)).toBeNull();
  });
});

describe('trendAt on real runs of plain descent on the bowl (λ = 2 both ways, critical η = 1)', () => {
  const bowl = getSurface('bowl')!;
  const cases: [number, Trend][] = [[0.3, 'converging'], [0.9, 'oscillating'], [1.1, 'diverging']];
  for (const [lr, want] of cases) {
    it(`η = ${lr}: ${want} at every iteration from 2 on`, () => {
      const run = createRun(bowl, 10, 10, createRunSettings({ lr, maxSteps: 40 }));
      advanceRun(run, 40);
      expect(run.count).toBeGreaterThan(8);
      for (let k = 2; k < run.count; k++) expect(trendAt(run.traj!, k), `k = ${k}`).toBe(want);
    });
  }
});

describe('trendAt under gradient ascent (sign −1: a rising cost is progress)', () => {
  // Ascent on f is descent on −f: the same trajectory with the cost negated must read the same under sign −1.
  it('a hand-built climb to a peak (cost rising, steps shrinking by half) reads converging, its mirror diverging', () => {
    const climb = traj(Array.from({ length: 12 }, (_, k) => [1 - 0.5 ** k, 0, 1 - 0.25 ** k] as const));
    expect(trendAt(climb, 10, undefined, -1)).toBe('converging');
    expect(trendAt(climb, 10)).toBe('diverging');
    const fall = traj(Array.from({ length: 12 }, (_, k) => [1 - 0.5 ** k, 0, -(1 - 0.25 ** k)] as const));
    expect(trendAt(fall, 10, undefined, -1)).toBe('diverging');
  });
  it('Himmelblau, ascent at η = 0.005 from (0.5, 0.5): converges to the maximum X1 and reads converging all the way', () => {
    const himmelblau = getSurface('himmelblau')!;
    const run = createRun(himmelblau, 0.5, 0.5, createRunSettings({ lr: 0.005, ascent: true, maxSteps: 2000 }));
    advanceRun(run, 2000);
    expect(run.status).toBe('converged');
    expect(run.critical?.kind).toBe('max');
    expect(Math.hypot(run.x + 0.270845, run.y + 0.923039)).toBeLessThan(1e-3);
    const tr = run.traj!;
    // The cost rises at every stored step (independent check of the premise), so descent's reading is wrong here.
    for (let k = 1; k < 12; k++) expect(tr[4 * k + 2]!).toBeGreaterThan(tr[4 * (k - 1) + 2]!);
    expect(trendAt(tr, 12)).toBe('diverging');
    for (let k = 2; k < Math.min(run.count, 200); k++) expect(trendAt(tr, k, undefined, -1)).toBe('converging');
  });
});
