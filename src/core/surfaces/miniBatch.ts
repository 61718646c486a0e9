// Mini-batches: k distinct points drawn uniformly per iteration from a seeded generator, the gradient of
// any loss over them, and a replay of which points a run used at iteration t (for the data view).
import { createRng, randomInt } from '../rng';
import type { Rng, SampledGradient } from '../types';
import { LOSS_MSE, pointSlope, type LossCode } from './losses';

/** The batch size a run uses on m points: floor(batch) clamped to 1..m (batch ≥ m, or 0, is the full batch). Pure. */
export function batchSizeOf(batch: number, m: number): number {
  return batch <= 0 || batch >= m ? m : batch >= 1 ? Math.floor(batch) : 1;
}

/**
 * Draws k of m points by a partial Fisher–Yates over idx (0..m−1 on entry and on return: the swaps are
 * undone), writing them into last[0..k−1]. Consumes k numbers from rng. Mutates idx (restored), swaps, last.
 */
export function drawBatch(rng: Rng, idx: Int32Array, swaps: Int32Array, last: Int32Array, k: number, m: number): void {
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(rng, m - i);
    swaps[i] = j;
    const p = idx[j] ?? 0;
    idx[j] = idx[i] ?? 0;
    idx[i] = p;
    last[i] = p;
  }
  for (let i = k - 1; i >= 0; i--) {
    const j = swaps[i] ?? i;
    const p = idx[j] ?? 0;
    idx[j] = idx[i] ?? 0;
    idx[i] = p;
  }
}

/**
 * A gradient of the cost from k distinct points drawn uniformly (k = 1 is SGD): (1/k) Σ over the batch of
 * ℓ′(w xᵢ + b, yᵢ)(xᵢ, 1), for the loss `code` (MSE by default: ℓ′ = rᵢ). With rng null it reuses the previous
 * call's batch (the sequential update's ∂/∂y). Calls do not allocate.
 */
export function createMiniBatchGradient(
  data: { readonly xs: ArrayLike<number>; readonly ys: ArrayLike<number> }, batch: number, code: LossCode = LOSS_MSE, delta = 1,
): SampledGradient {
  const m = data.xs.length;
  const xs = Float64Array.from(data.xs as ArrayLike<number>);
  const ys = Float64Array.from(data.ys as ArrayLike<number>);
  const k = batchSizeOf(batch, m);
  const idx = new Int32Array(m);
  const swaps = new Int32Array(k);
  const last = new Int32Array(k); // the points of the latest batch
  for (let i = 0; i < m; i++) idx[i] = i;
  for (let i = 0; i < k; i++) last[i] = i;
  return (w: number, b: number, out: Float64Array, rng: Rng | null): void => {
    if (rng !== null) drawBatch(rng, idx, swaps, last, k, m);
    let gw = 0;
    let gb = 0;
    for (let i = 0; i < k; i++) {
      const p = last[i] ?? 0;
      const x = xs[p] ?? 0;
      const d = pointSlope(code, w * x + b, ys[p] ?? 0, delta);
      gw += d * x;
      gb += d;
    }
    out[0] = gw / k;
    out[1] = gb / k;
  };
}

/**
 * The indices of the batch a run with this seed and batch size drew at iteration t ≥ 1 (its t-th draw), written
 * into out (length ≥ m); returns k. The full batch (batch 0 or ≥ m) writes 0..m−1. Replays the generator: O(t·k).
 */
export function batchAt(m: number, seed: number, batch: number, t: number, out: Int32Array): number {
  const k = batchSizeOf(batch, m);
  if (k >= m) { for (let i = 0; i < m; i++) out[i] = i; return m; }
  const rng = createRng(seed), idx = new Int32Array(m), swaps = new Int32Array(k), last = new Int32Array(k);
  for (let i = 0; i < m; i++) idx[i] = i;
  for (let s = 0; s < t; s++) drawBatch(rng, idx, swaps, last, k, m);
  for (let i = 0; i < k; i++) out[i] = last[i] as number;
  return k;
}
