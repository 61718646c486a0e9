import { describe, expect, it } from 'vitest';
import { datasetIds, getDataset, isDatasetId } from '../../../src/core/surfaces/datasets';
import {
  createMiniBatchGradient, createRegressionSurface, leastSquares, predict, regressionCost, regressionLine,
} from '../../../src/core/surfaces/regression';
import { createRng } from '../../../src/core/rng';

const g = new Float64Array(2);
const h = new Float64Array(3);

/** Points spread over the surface's domain, on a 7 × 7 lattice. */
function latticeOf(id: (typeof datasetIds)[number]): [number, number][] {
  const d = createRegressionSurface(getDataset(id)).domain;
  const pts: [number, number][] = [];
  for (let i = 0; i <= 6; i++) {
    for (let j = 0; j <= 6; j++) {
      pts.push([d.xMin + ((d.xMax - d.xMin) * (i + 0.3)) / 6.6, d.yMin + ((d.yMax - d.yMin) * (j + 0.2)) / 6.4]);
    }
  }
  return pts;
}

describe('datasets', () => {
  it('has the required ids, each with matching xs and ys and a spread of x', () => {
    for (const id of ['noisy-line', 'house-prices', 'outlier']) expect(isDatasetId(id)).toBe(true);
    expect(isDatasetId('nope')).toBe(false);
    for (const id of datasetIds) {
      const d = getDataset(id);
      expect(d.id).toBe(id);
      expect(d.xs.length).toBe(d.ys.length);
      expect(d.xs.length).toBeGreaterThanOrEqual(10);
      expect(Math.max(...d.xs)).toBeGreaterThan(Math.min(...d.xs));
    }
  });

  it('house prices are house sizes 0.8–3.5 (1000 sq ft)', () => {
    const d = getDataset('house-prices');
    expect(Math.min(...d.xs)).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(...d.xs)).toBeLessThanOrEqual(3.5);
  });

  it('the outlier pulls the least-squares line away from the clean one', () => {
    const d = getDataset('outlier');
    const clean = leastSquares({ ...d, xs: d.xs.slice(0, -1), ys: d.ys.slice(0, -1) });
    const all = leastSquares(d);
    expect(clean.w).toBeCloseTo(0.5, 1);
    expect(clean.b).toBeCloseTo(1, 0);
    expect(all.w - clean.w).toBeGreaterThan(0.3);
    expect(clean.b - all.b).toBeGreaterThan(0.5);
  });
});

describe.each(datasetIds)('regression surface %s', (id) => {
  const data = getDataset(id);
  const s = createRegressionSurface(data);
  const ls = leastSquares(data);
  const pts = latticeOf(id);
  const m = data.xs.length;

  it('describes itself as the Surface contract asks', () => {
    expect(s.id).toBe(`regression:${id}`);
    expect(s.axes).toEqual(['w', 'b']);
    expect(s.tex).toBe('J(w,b)=\\frac{1}{2m}\\sum_{i=1}^{m}(w x_i + b - y_i)^2');
    expect(s.critical).toEqual([{ kind: 'min', x: ls.w, y: ls.b, f: ls.cost, global: true, label: 'best fit' }]);
  });

  it('the optimum satisfies the normal equations and has zero gradient', () => {
    let rx = 0;
    let r1 = 0;
    for (let i = 0; i < m; i++) {
      const r = predict(ls.w, ls.b, data.xs[i]!) - data.ys[i]!;
      rx += r * data.xs[i]!;
      r1 += r;
    }
    expect(Math.abs(rx)).toBeLessThan(1e-10);
    expect(Math.abs(r1)).toBeLessThan(1e-10);
    s.grad(ls.w, ls.b, g);
    expect(Math.abs(g[0]!)).toBeLessThan(1e-12);
    expect(Math.abs(g[1]!)).toBeLessThan(1e-12);
    expect(s.f(ls.w, ls.b)).toBeCloseTo(regressionCost(data, ls.w, ls.b), 12);
  });

  it('f is the definition (1/2m) Σ (w xᵢ + b − yᵢ)²', () => {
    for (const [w, b] of pts) {
      const want = regressionCost(data, w, b);
      expect(Math.abs(s.f(w, b) - want)).toBeLessThan(1e-10 * Math.max(1, want));
    }
  });

  it('the gradient is the definition and matches central differences', () => {
    const eps = 1e-5;
    for (const [w, b] of pts) {
      s.grad(w, b, g);
      let gw = 0;
      let gb = 0;
      for (let i = 0; i < m; i++) {
        const r = w * data.xs[i]! + b - data.ys[i]!;
        gw += (r * data.xs[i]!) / m;
        gb += r / m;
      }
      expect(g[0]).toBeCloseTo(gw, 9);
      expect(g[1]).toBeCloseTo(gb, 9);
      const fdw = (regressionCost(data, w + eps, b) - regressionCost(data, w - eps, b)) / (2 * eps);
      const fdb = (regressionCost(data, w, b + eps) - regressionCost(data, w, b - eps)) / (2 * eps);
      expect(Math.abs(g[0]! - fdw)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fdw)));
      expect(Math.abs(g[1]! - fdb)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fdb)));
    }
  });

  it('the Hessian is constant [mean x², mean x, 1] and matches differences of the gradient', () => {
    const mx = data.xs.reduce((a, x) => a + x, 0) / m;
    const mxx = data.xs.reduce((a, x) => a + x * x, 0) / m;
    const up = new Float64Array(2);
    const dn = new Float64Array(2);
    for (const [w, b] of pts.slice(0, 5)) {
      s.hess(w, b, h);
      expect(h[0]).toBeCloseTo(mxx, 12);
      expect(h[1]).toBeCloseTo(mx, 12);
      expect(h[2]).toBe(1);
      s.grad(w + 1e-3, b, up);
      s.grad(w - 1e-3, b, dn);
      expect((up[0]! - dn[0]!) / 2e-3).toBeCloseTo(h[0]!, 6);
      expect((up[1]! - dn[1]!) / 2e-3).toBeCloseTo(h[1]!, 6);
    }
  });

  it('J at the optimum is below J everywhere else', () => {
    for (const [w, b] of pts) expect(s.f(w, b)).toBeGreaterThan(ls.cost);
    for (const [dw, db] of [[1e-3, 0], [0, -1e-3], [1e-3, -1e-3], [-1e-4, 1e-4]] as const) {
      expect(regressionCost(data, ls.w + dw, ls.b + db)).toBeGreaterThan(ls.cost);
    }
  });

  it('the domain holds the optimum with a generous margin on every side', () => {
    const d = s.domain;
    const [wSpan, bSpan] = [d.xMax - d.xMin, d.yMax - d.yMin];
    expect(wSpan).toBeGreaterThanOrEqual(6);
    expect(bSpan).toBeGreaterThanOrEqual(6);
    expect(ls.w - d.xMin).toBeGreaterThan(0.3 * wSpan);
    expect(d.xMax - ls.w).toBeGreaterThan(0.3 * wSpan);
    expect(ls.b - d.yMin).toBeGreaterThan(0.3 * bSpan);
    expect(d.yMax - ls.b).toBeGreaterThan(0.3 * bSpan);
  });

  it('evalMany agrees with f and grad and writes only the first n outputs', () => {
    const n = pts.length;
    const ws = Float64Array.from(pts, (p) => p[0]);
    const bs = Float64Array.from(pts, (p) => p[1]);
    const [fo, gwo, gbo] = [new Float64Array(n + 1), new Float64Array(n + 1), new Float64Array(n + 1)];
    fo[n] = gwo[n] = gbo[n] = -7;
    s.evalMany!(ws, bs, n, fo, gwo, gbo);
    for (let i = 0; i < n; i++) {
      s.grad(ws[i]!, bs[i]!, g);
      expect(fo[i]).toBeCloseTo(s.f(ws[i]!, bs[i]!), 10);
      expect(gwo[i]).toBe(g[0]);
      expect(gbo[i]).toBe(g[1]);
    }
    expect([fo[n], gwo[n], gbo[n]]).toEqual([-7, -7, -7]);
  });

  it('sampledGrad(m) is null (the batch gradient is the exact gradient); a batch of m − 1 is not', () => {
    expect(s.sampledGrad!(m)).toBeNull();
    expect(s.sampledGrad!(m + 5)).toBeNull();
    expect(s.sampledGrad!(m - 1)).not.toBeNull();
  });
});

describe('mini-batch and stochastic gradients', () => {
  const data = getDataset('noisy-line');
  const s = createRegressionSurface(data);
  const m = data.xs.length;

  it('a mini-batch of k = m is the exact gradient, whatever the draw', () => {
    const sample = createMiniBatchGradient(data, m);
    const exact = new Float64Array(2);
    const out = new Float64Array(2);
    const rng = createRng(3);
    for (const [w, b] of [[0.5, -2], [4, 3], [-1, 0]] as const) {
      s.grad(w, b, exact);
      sample(w, b, out, rng);
      expect(out[0]).toBeCloseTo(exact[0]!, 12);
      expect(out[1]).toBeCloseTo(exact[1]!, 12);
    }
  });

  it('the stochastic gradient (k = 1) and a mini-batch (k = 5) are unbiased', () => {
    const exact = new Float64Array(2);
    const out = new Float64Array(2);
    const [w, b] = [4, -3];
    s.grad(w, b, exact);
    for (const k of [1, 5]) {
      const sample = s.sampledGrad!(k)!;
      const rng = createRng(100 + k);
      const n = 40_000;
      let sw = 0;
      let sb = 0;
      for (let t = 0; t < n; t++) {
        sample(w, b, out, rng);
        sw += out[0]!;
        sb += out[1]!;
      }
      expect(Math.abs(sw / n - exact[0]!)).toBeLessThan(0.02 * Math.abs(exact[0]!));
      expect(Math.abs(sb / n - exact[1]!)).toBeLessThan(0.02 * Math.abs(exact[1]!));
    }
  });

  it('k = 1 returns exactly one point\'s gradient, and each point is drawn about equally often', () => {
    const sample = s.sampledGrad!(1)!;
    const out = new Float64Array(2);
    const rng = createRng(9);
    const counts = new Map<number, number>();
    const [w, b] = [1, 0];
    for (let t = 0; t < 15_000; t++) {
      sample(w, b, out, rng);
      const i = data.xs.findIndex((x, j) => out[1] === w * x + b - data.ys[j]! && out[0] === (w * x + b - data.ys[j]!) * x);
      expect(i).toBeGreaterThanOrEqual(0);
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    expect(counts.size).toBe(m);
    for (const c of counts.values()) expect(Math.abs(c - 500)).toBeLessThan(150);
  });

  it('the same seed replays the same sampled gradients, a different seed does not', () => {
    const run = (seed: number): number[] => {
      const sample = s.sampledGrad!(4)!;
      const rng = createRng(seed);
      const out = new Float64Array(2);
      const trace: number[] = [];
      for (let t = 0; t < 50; t++) {
        sample(2 + t * 0.01, 1, out, rng);
        trace.push(out[0]!, out[1]!);
      }
      return trace;
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });

  it('an estimate depends only on (w, b) and the rng state, not on earlier calls', () => {
    const sample = s.sampledGrad!(7)!;
    const a = new Float64Array(2);
    const bOut = new Float64Array(2);
    sample(1, 1, a, createRng(21));
    const other = createRng(99);
    for (let t = 0; t < 13; t++) sample(-1, 2, bOut, other);
    sample(1, 1, bOut, createRng(21));
    expect(Array.from(bOut)).toEqual(Array.from(a));
  });

  it('draws k distinct points', () => {
    // With ys = 0 and distinct powers of two as xs, the b-gradient at (1, 0) is the mean of the drawn xs:
    // k distinct draws give a sum with exactly k bits set.
    const xs = Array.from({ length: 12 }, (_, i) => 2 ** i);
    const bits = createRegressionSurface({ ...data, xs, ys: xs.map(() => 0) });
    const out = new Float64Array(2);
    const rng = createRng(8);
    for (const k of [2, 5, 11]) {
      const sample = bits.sampledGrad!(k)!;
      for (let t = 0; t < 200; t++) {
        sample(1, 0, out, rng);
        const sum = Math.round(out[1]! * k);
        expect(sum.toString(2).split('').filter((c) => c === '1').length).toBe(k);
      }
    }
  });
});

describe('line helpers', () => {
  it('predict and regressionLine give points on ŷ = w x + b', () => {
    expect(predict(2, 1, 3)).toBe(7);
    const out = new Float64Array(4);
    regressionLine(-0.5, 2, 0, 4, out);
    expect(Array.from(out)).toEqual([0, 2, 4, 0]);
  });
});
