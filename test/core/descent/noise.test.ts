import { describe, expect, it } from 'vitest';
import { advanceRun, createRun, runPoint } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { defaultOptimizer } from '../../../src/core/descent/optimizers';
import { createRng } from '../../../src/core/rng';
import { getSurface } from '../../../src/core/surfaces/registry';
import { getDataset } from '../../../src/core/surfaces/datasets';
import { createRegressionSurface } from '../../../src/core/surfaces/regression';
import { resolveSurface } from '../../../src/core/surfaces/spec';

const himmelblau = getSurface('himmelblau')!;
const NO_STOP = { grad: 0, step: 0, cost: 0 };

/** The noise of the test's own making: the seed's noise stream (seed XOR 0x6a09e667) through Box–Muller. */
function noisePairs(seed: number, n: number): [number, number][] {
  const rng = createRng((seed ^ 0x6a09e667) >>> 0);
  return Array.from({ length: n }, () => {
    const u1 = 1 - rng.next(), u2 = rng.next(), r = Math.sqrt(-2 * Math.log(u1));
    return [r * Math.cos(2 * Math.PI * u2), r * Math.sin(2 * Math.PI * u2)] as [number, number];
  });
}

/** Himmelblau's gradient from its definition (x² + y − 11)² + (x + y² − 7)². */
function himmelGrad(x: number, y: number): [number, number] {
  const a = x * x + y - 11, b = x + y * y - 7;
  return [4 * x * a + 2 * b, 2 * a + 4 * y * b];
}

describe('gradient noise', () => {
  it('each step is x ← x − η(∇f + σz), z from the seed; the stored ‖∇f‖ is the exact one', () => {
    const sigma = 3, seed = 42, lr = 0.01;
    const r = createRun(himmelblau, 1, 1, createRunSettings({ lr, noise: sigma, seed, tolerances: NO_STOP }));
    advanceRun(r, 5);
    const z = noisePairs(seed, 5);
    let [x, y] = [1, 1];
    for (let t = 0; t < 5; t++) {
      const [gx, gy] = himmelGrad(x, y);
      x -= lr * (gx + sigma * z[t]![0]);
      y -= lr * (gy + sigma * z[t]![1]);
      const p = runPoint(r, t + 1);
      expect(p[0]).toBeCloseTo(x, 12);
      expect(p[1]).toBeCloseTo(y, 12);
      expect(p[3]).toBeCloseTo(Math.hypot(...himmelGrad(x, y)), 9);
    }
  });

  it('replays exactly by seed, differs with another seed, and σ = 0 is the plain run', () => {
    const run = (seed: number, noise: number, kind: 'gd' | 'adam') => {
      const r = createRun(himmelblau, -1, 2, createRunSettings({ lr: 0.01, noise, seed, optimizer: defaultOptimizer(kind), maxSteps: 300 }));
      advanceRun(r, 300);
      return Array.from(r.traj!.subarray(0, r.count * 4));
    };
    for (const kind of ['gd', 'adam'] as const) {
      expect(run(7, 2, kind)).toEqual(run(7, 2, kind));
      expect(run(7, 2, kind)).not.toEqual(run(8, 2, kind));
      expect(run(7, 0, kind)).toEqual(run(99, 0, kind));
    }
  });

  it('noise does not shift the mini-batches: with both, the batch is still batchAt\'s', () => {
    const d = getDataset('noisy-line');
    const s = createRegressionSurface(d);
    const sigma = 0.5, seed = 5, lr = 0.05, k = 3;
    const r = createRun(s, 0, 0, createRunSettings({ lr, noise: sigma, seed, batch: k, tolerances: NO_STOP }));
    advanceRun(r, 4);
    const z = noisePairs(seed, 4), idx = new Int32Array(d.xs.length);
    let [w, b] = [0, 0];
    for (let t = 1; t <= 4; t++) {
      const n = s.regression!.batchAt(seed, k, t, idx);
      let gw = 0, gb = 0;
      for (let j = 0; j < n; j++) { const i = idx[j]!, res = w * d.xs[i]! + b - d.ys[i]!; gw += res * d.xs[i]!; gb += res; }
      w -= lr * (gw / n + sigma * z[t - 1]![0]);
      b -= lr * (gb / n + sigma * z[t - 1]![1]);
      expect(runPoint(r, t)[0]).toBeCloseTo(w, 12);
      expect(runPoint(r, t)[1]).toBeCloseTo(b, 12);
    }
  });

  it('works on a typed formula too, and the noise has mean 0 and spread σ', () => {
    const f = resolveSurface({ kind: 'formula', text: 'x^2 + y^2' });
    if (!f.ok) throw new Error(f.message);
    const sigma = 2, lr = 0.001, n = 20_000;
    // On x² + y² at rate η the step is −η(2p + σz): with p kept near 0 by restarting, the steps show the noise.
    const r = createRun(f.surface, 0, 0, createRunSettings({ lr, noise: sigma, seed: 3, tolerances: NO_STOP, maxSteps: n }));
    advanceRun(r, n);
    let sum = 0, sq = 0;
    for (let t = 1; t <= n; t++) {
      const [x0] = runPoint(r, t - 1), [x1] = runPoint(r, t);
      const zx = (-(x1 - x0) / lr - 2 * x0) / sigma;
      sum += zx; sq += zx * zx;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.04);
  });
});
