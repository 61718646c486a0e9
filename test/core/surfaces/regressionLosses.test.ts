import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../src/core/surfaces/datasets';
import { createRegressionSurface, leastSquares, type RegressionData } from '../../../src/core/surfaces/regression';
import { createRng } from '../../../src/core/rng';
import type { Loss } from '../../../src/core/types';

/** Small hand-made data: 5 points, one far off the others' line. */
const small: RegressionData = {
  id: 'small', name: 'Small', description: '', xLabel: 'x', yLabel: 'y',
  xs: [0, 1, 2, 3, 4], ys: [1, 2.9, 5.2, 7, 20],
};

/** The definitions, a plain loop per loss. */
function plainCost(xs: readonly number[], ys: readonly number[], loss: Loss, w: number, b: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    const r = w * xs[i]! + b - ys[i]!;
    if (loss.kind === 'mse') s += r * r / 2;
    else if (loss.kind === 'mae') s += Math.abs(r);
    else s += Math.abs(r) <= loss.delta ? r * r / 2 : loss.delta * (Math.abs(r) - loss.delta / 2);
  }
  return s / xs.length;
}
function plainGrad(xs: readonly number[], ys: readonly number[], loss: Loss, w: number, b: number): [number, number] {
  let gw = 0, gb = 0;
  for (let i = 0; i < xs.length; i++) {
    const r = w * xs[i]! + b - ys[i]!;
    const d = loss.kind === 'mse' ? r : loss.kind === 'mae' ? Math.sign(r) : Math.max(-loss.delta, Math.min(loss.delta, r));
    gw += d * xs[i]!; gb += d;
  }
  return [gw / xs.length, gb / xs.length];
}

const losses: Loss[] = [{ kind: 'mse' }, { kind: 'mae' }, { kind: 'huber', delta: 1 }, { kind: 'huber', delta: 0.3 }];
const g = new Float64Array(2);
const h = new Float64Array(3);

describe.each(losses)('loss %o on hand-made data', (loss) => {
  const s = createRegressionSurface(small, { loss });
  const probes: [number, number][] = [[0, 0], [2, 1], [3.7, -2.2], [-1, 5], [4.2, 0.5]];

  it('J and its gradient are the definitions', () => {
    for (const [w, b] of probes) {
      const want = plainCost(small.xs, small.ys, loss, w, b);
      expect(Math.abs(s.f(w, b) - want)).toBeLessThan(1e-12 * Math.max(1, want));
      s.grad(w, b, g);
      const [gw, gb] = plainGrad(small.xs, small.ys, loss, w, b);
      expect(g[0]).toBeCloseTo(gw, 12);
      expect(g[1]).toBeCloseTo(gb, 12);
    }
  });

  it('evalMany agrees with f and grad', () => {
    const ws = Float64Array.from(probes, (p) => p[0]), bs = Float64Array.from(probes, (p) => p[1]);
    const n = probes.length, fo = new Float64Array(n), go = new Float64Array(n), bo = new Float64Array(n);
    s.evalMany!(ws, bs, n, fo, go, bo);
    for (let i = 0; i < n; i++) {
      s.grad(ws[i]!, bs[i]!, g);
      expect(fo[i]).toBeCloseTo(s.f(ws[i]!, bs[i]!), 12);
      expect(go[i]).toBeCloseTo(g[0]!, 12);
      expect(bo[i]).toBeCloseTo(g[1]!, 12);
    }
  });

  it('best is the minimum: no point of a fine grid around it nor any line through two points is lower', () => {
    const best = s.regression!.best!;
    const jb = plainCost(small.xs, small.ys, loss, best.w, best.b);
    for (let i = -20; i <= 20; i++) {
      for (let j = -20; j <= 20; j++) {
        expect(plainCost(small.xs, small.ys, loss, best.w + i * 0.01, best.b + j * 0.01)).toBeGreaterThanOrEqual(jb - 1e-12);
      }
    }
    for (let i = 0; i < 5; i++) {
      for (let j = i + 1; j < 5; j++) {
        const w = (small.ys[j]! - small.ys[i]!) / (small.xs[j]! - small.xs[i]!), b = small.ys[i]! - w * small.xs[i]!;
        expect(plainCost(small.xs, small.ys, loss, w, b)).toBeGreaterThanOrEqual(jb - 1e-12);
      }
    }
    expect(s.critical[0]).toMatchObject({ kind: 'min', x: best.w, y: best.b });
  });
});

describe('best of each loss against independent answers', () => {
  it('MSE: the normal equations', () => {
    const s = createRegressionSurface(small);
    // Hand-computed: x̄ = 2, ȳ = 7.22, Σ(x−x̄)(y−ȳ) = 42.1, Σ(x−x̄)² = 10 → w = 4.21, b = 7.22 − 8.42 = −1.2
    expect(s.regression!.best!.w).toBeCloseTo(4.21, 12);
    expect(s.regression!.best!.b).toBeCloseTo(-1.2, 12);
  });

  it('MAE: the best line through two data points, found by trying every pair', () => {
    for (const id of ['outlier', 'noisy-line', 'house-prices'] as const) {
      const d = getDataset(id);
      let bestCost = Infinity, bw = 0, bb = 0;
      for (let i = 0; i < d.xs.length; i++) {
        for (let j = i + 1; j < d.xs.length; j++) {
          if (d.xs[i] === d.xs[j]) continue;
          const w = (d.ys[j]! - d.ys[i]!) / (d.xs[j]! - d.xs[i]!), b = d.ys[i]! - w * d.xs[i]!;
          const c = plainCost(d.xs, d.ys, { kind: 'mae' }, w, b);
          if (c < bestCost) { bestCost = c; bw = w; bb = b; }
        }
      }
      const best = createRegressionSurface(d, { loss: { kind: 'mae' } }).regression!.best!;
      expect(plainCost(d.xs, d.ys, { kind: 'mae' }, best.w, best.b)).toBeCloseTo(bestCost, 12);
      expect(best.w).toBeCloseTo(bw, 9);
      expect(best.b).toBeCloseTo(bb, 9);
    }
  });

  it('Huber: the gradient vanishes at best (a smooth convex cost)', () => {
    for (const delta of [0.1, 0.5, 2]) {
      const d = getDataset('outlier');
      const best = createRegressionSurface(d, { loss: { kind: 'huber', delta } }).regression!.best!;
      const [gw, gb] = plainGrad(d.xs, d.ys, { kind: 'huber', delta }, best.w, best.b);
      expect(Math.abs(gw)).toBeLessThan(1e-12);
      expect(Math.abs(gb)).toBeLessThan(1e-12);
    }
  });

  it('on "One outlier" MAE\'s slope is near the inliers\' least-squares slope, MSE\'s is not', () => {
    const d = getDataset('outlier');
    const inliers = leastSquares({ xs: d.xs.slice(0, -1), ys: d.ys.slice(0, -1) });
    const mse = createRegressionSurface(d).regression!.best!;
    const mae = createRegressionSurface(d, { loss: { kind: 'mae' } }).regression!.best!;
    expect(Math.abs(mae.w - inliers.w)).toBeLessThan(0.1);
    expect(Math.abs(mse.w - inliers.w)).toBeGreaterThan(0.3);
  });

  it('MAE\'s subgradient takes sign(0) = 0 for a point on the line', () => {
    const s = createRegressionSurface({ ...small, xs: [0, 1], ys: [0, 1] }, { loss: { kind: 'mae' } });
    s.grad(1, 0, g); // both points on y = x
    expect([g[0], g[1]]).toEqual([0, 0]);
    s.hess(1, 0, h);
    expect([h[0], h[1], h[2]]).toEqual([0, 0, 0]);
  });

  it('Huber\'s Hessian is (1/m) Σ over |r| ≤ δ of [x², x; x, 1]', () => {
    const s = createRegressionSurface(small, { loss: { kind: 'huber', delta: 1 } });
    s.hess(2, 1, h); // residuals: 0, 0.1, −0.2, 0, −11: the first four within δ
    expect(h[0]).toBeCloseTo((0 + 1 + 4 + 9) / 5, 14);
    expect(h[1]).toBeCloseTo((0 + 1 + 2 + 3) / 5, 14);
    expect(h[2]).toBeCloseTo(4 / 5, 14);
  });
});

describe('logistic regression', () => {
  const hours = getDataset('hours-studied');
  const s = createRegressionSurface(hours, { model: 'logistic' });
  const sig = (z: number) => 1 / (1 + Math.exp(-z));

  it('the cost and its gradient are the definitions', () => {
    for (const [w, b] of [[0, 0], [1, -3], [2.5, -6], [-1, 2]] as const) {
      let j = 0, gw = 0, gb = 0;
      hours.xs.forEach((x, i) => {
        const p = sig(w * x + b), y = hours.ys[i]!;
        j -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
        gw += (p - y) * x; gb += p - y;
      });
      const m = hours.xs.length;
      expect(s.f(w, b)).toBeCloseTo(j / m, 12);
      s.grad(w, b, g);
      expect(g[0]).toBeCloseTo(gw / m, 12);
      expect(g[1]).toBeCloseTo(gb / m, 12);
    }
  });

  it('stays finite far out, where σ saturates (log1p forms)', () => {
    const v = s.f(400, -1000);
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThan(10);
  });

  it('the minimum is the textbook fit w ≈ 1.5046, b ≈ −4.0777', () => {
    const best = s.regression!.best!;
    expect(best.w).toBeCloseTo(1.5046, 3);
    expect(best.b).toBeCloseTo(-4.0777, 3);
    s.grad(best.w, best.b, g);
    expect(Math.hypot(g[0]!, g[1]!)).toBeLessThan(1e-12);
  });

  it('separable data has no minimum, and the blurb says descent walks off for ever', () => {
    const sep = createRegressionSurface(getDataset('separable'), { model: 'logistic' });
    expect(sep.regression!.best).toBeNull();
    expect(sep.critical).toEqual([]);
    expect(sep.blurb).toMatch(/no minimum/);
    expect(sep.blurb).toMatch(/walks off/);
  });

  it('y outside {0, 1} is refused with a clear message', () => {
    expect(() => createRegressionSurface(getDataset('noisy-line'), { model: 'logistic' })).toThrow(/needs every y to be 0 or 1, but point 1 has y = 1.12/);
  });
});

describe('standardized x', () => {
  const d = getDataset('house-prices');
  const raw = createRegressionSurface(d), std = createRegressionSurface(d, { standardize: true });

  it('κ of the Hessian falls from its value on raw x to 1', () => {
    const m = d.xs.length, mx = d.xs.reduce((a, x) => a + x, 0) / m, mxx = d.xs.reduce((a, x) => a + x * x, 0) / m;
    // κ of [[mean x², mean x], [mean x, 1]] from its eigenvalues
    const tr = mxx + 1, det = mxx - mx * mx, disc = Math.sqrt(tr * tr / 4 - det);
    const kappa = (tr / 2 + disc) / (tr / 2 - disc);
    expect(raw.regression!.condition).toBeCloseTo(kappa, 8);
    expect(kappa).toBeGreaterThan(20);
    expect(std.regression!.condition).toBeCloseTo(1, 10);
  });

  it('the best line in data units is the same line', () => {
    const out = new Float64Array(2), b = std.regression!.best!, r = raw.regression!.best!;
    std.regression!.toDataUnits(b.w, b.b, out);
    expect(out[0]).toBeCloseTo(r.w, 10);
    expect(out[1]).toBeCloseTo(r.b, 10);
    std.regression!.fromDataUnits(out[0]!, out[1]!, out);
    expect(out[0]).toBeCloseTo(b.w, 10);
    expect(out[1]).toBeCloseTo(b.b, 10);
    expect(std.axes).toEqual(['w′', 'b′']);
  });
});

describe('batchAt replays the run\'s mini-batches', () => {
  it('gives the points whose gradient the sampler used at iteration t', () => {
    const d = getDataset('noisy-line');
    const s = createRegressionSurface(d, { loss: { kind: 'huber', delta: 0.5 } });
    const sample = s.sampledGrad!(4)!, rng = createRng(7), out = new Float64Array(2), idx = new Int32Array(d.xs.length);
    const [w, b] = [1.3, 0.2];
    for (let t = 1; t <= 6; t++) {
      sample(w, b, out, rng);
      const k = s.regression!.batchAt(7, 4, t, idx);
      expect(k).toBe(4);
      const picked = Array.from(idx.subarray(0, k));
      expect(new Set(picked).size).toBe(4);
      let gw = 0, gb = 0;
      for (const i of picked) {
        const r = w * d.xs[i]! + b - d.ys[i]!, dd = Math.max(-0.5, Math.min(0.5, r));
        gw += dd * d.xs[i]!; gb += dd;
      }
      expect(out[0]).toBeCloseTo(gw / 4, 12);
      expect(out[1]).toBeCloseTo(gb / 4, 12);
    }
    expect(s.regression!.batchAt(7, 0, 3, idx)).toBe(d.xs.length);
  });
});
