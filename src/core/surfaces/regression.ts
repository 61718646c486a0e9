// The linear-regression cost J(w, b) = (1/2m) Σ (w xᵢ + b − yᵢ)² as a Surface over (w, b).
// J is quadratic, so it is stored as J* + ½ dᵀH d about the least-squares optimum (d = (w − w*, b − b*),
// H = [[mean x², mean x], [mean x, 1]]): f and grad cost O(1), not O(m), and stay accurate near the optimum.

import type { Dataset } from './datasets';
import { randomInt } from '../rng';
import type { Domain, Rng, SampledGradient, Surface } from '../types';

/** The least-squares line of a dataset and its cost. */
export interface LeastSquares {
  readonly w: number;
  readonly b: number;
  readonly cost: number;
}

/** The model's prediction ŷ = w x + b. Pure. */
export function predict(w: number, b: number, x: number): number {
  return w * x + b;
}

/** Writes the segment of ŷ = w x + b from x0 to x1 as (x0, ŷ0, x1, ŷ1) into out[0..3]. Mutates only out. */
export function regressionLine(w: number, b: number, x0: number, x1: number, out: Float64Array): void {
  out[0] = x0;
  out[1] = w * x0 + b;
  out[2] = x1;
  out[3] = w * x1 + b;
}

/** J(w, b) summed point by point, O(m): the definition, for checks and readouts. Pure. */
export function regressionCost(dataset: Dataset, w: number, b: number): number {
  const { xs, ys } = dataset;
  const m = xs.length;
  let s = 0;
  for (let i = 0; i < m; i++) {
    const r = w * (xs[i] ?? 0) + b - (ys[i] ?? 0);
    s += r * r;
  }
  return s / (2 * m);
}

/** The least-squares (w, b) from the normal equations, in centred form; throws if all x are equal. Pure. */
export function leastSquares(dataset: Dataset): LeastSquares {
  const { xs, ys } = dataset;
  const m = xs.length;
  if (m < 2 || ys.length !== m) throw new Error(`dataset ${dataset.id}: need ≥ 2 points and as many ys as xs`);
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < m; i++) {
    sx += xs[i] ?? 0;
    sy += ys[i] ?? 0;
  }
  const mx = sx / m;
  const my = sy / m;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < m; i++) {
    const dx = (xs[i] ?? 0) - mx;
    sxx += dx * dx;
    sxy += dx * ((ys[i] ?? 0) - my);
  }
  if (!(sxx > 0)) throw new Error(`dataset ${dataset.id}: x values are all equal, the optimum is not unique`);
  // w* = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²; b* = ȳ − w* x̄
  const w = sxy / sxx;
  const b = my - w * mx;
  return { w, b, cost: regressionCost(dataset, w, b) };
}

/** A round step (1, 2 or 5 × 10ᵏ) close to v > 0. Pure. */
function niceStep(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  const r = v / p;
  return (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * p;
}

/**
 * A domain around the optimum with room for far starts: half-width max(3, 2.5|w*|) in w, and in b at least
 * max(3, 2.5|b*|) and the w half-width × rms(x), so level sets of J fill both axes alike. Bounds round outward.
 */
function regressionDomain(ls: LeastSquares, rmsX: number): Domain {
  const hw = Math.max(3, 2.5 * Math.abs(ls.w));
  const hb = Math.max(3, 2.5 * Math.abs(ls.b), hw * rmsX);
  const sw = niceStep(hw / 5);
  const sb = niceStep(hb / 5);
  return {
    xMin: Math.floor((ls.w - hw) / sw) * sw,
    xMax: Math.ceil((ls.w + hw) / sw) * sw,
    yMin: Math.floor((ls.b - hb) / sb) * sb,
    yMax: Math.ceil((ls.b + hb) / sb) * sb,
  };
}

/**
 * A gradient of J from k distinct points drawn uniformly (k = floor(batch) clamped to 1..m; k = 1 is SGD):
 * (1/k) Σ over the batch of (rᵢ xᵢ, rᵢ). Partial Fisher–Yates over a preallocated index buffer whose swaps
 * are undone after each call, so an estimate depends only on (w, b) and the rng state. With rng null it
 * reuses the previous call's batch (the sequential update's ∂/∂y). Calls do not allocate.
 */
export function createMiniBatchGradient(dataset: Dataset, batch: number): SampledGradient {
  const m = dataset.xs.length;
  const xs = Float64Array.from(dataset.xs);
  const ys = Float64Array.from(dataset.ys);
  const k = batch >= m ? m : batch >= 1 ? Math.floor(batch) : 1;
  const idx = new Int32Array(m);
  const swaps = new Int32Array(k);
  const last = new Int32Array(k); // the points of the latest batch
  for (let i = 0; i < m; i++) idx[i] = i;
  for (let i = 0; i < k; i++) last[i] = i;
  return (w: number, b: number, out: Float64Array, rng: Rng | null): void => {
    if (rng !== null) {
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
    let gw = 0;
    let gb = 0;
    for (let i = 0; i < k; i++) {
      const p = last[i] ?? 0;
      const x = xs[p] ?? 0;
      const r = w * x + b - (ys[p] ?? 0);
      gw += r * x;
      gb += r;
    }
    out[0] = gw / k;
    out[1] = gb / k;
  };
}

/** The cost surface J(w, b) of a dataset; throws if its x values are all equal. */
export function createRegressionSurface(dataset: Dataset): Surface {
  const ls = leastSquares(dataset);
  const m = dataset.xs.length;
  let sx = 0;
  let sxx = 0;
  for (let i = 0; i < m; i++) {
    const x = dataset.xs[i] ?? 0;
    sx += x;
    sxx += x * x;
  }
  const hxx = sxx / m; // ∂²J/∂w² = mean x²
  const hxy = sx / m; // ∂²J/∂w∂b = mean x
  const w0 = ls.w;
  const b0 = ls.b;
  const j0 = ls.cost;

  const f = (w: number, b: number): number => {
    const dw = w - w0;
    const db = b - b0;
    return j0 + 0.5 * (hxx * dw * dw + 2 * hxy * dw * db + db * db);
  };

  // ∇J = H d: ∂J/∂w = (1/m) Σ rᵢ xᵢ, ∂J/∂b = (1/m) Σ rᵢ with rᵢ = w xᵢ + b − yᵢ
  const grad = (w: number, b: number, out: Float64Array): void => {
    const dw = w - w0;
    const db = b - b0;
    out[0] = hxx * dw + hxy * db;
    out[1] = hxy * dw + db;
  };

  const hess = (_w: number, _b: number, out: Float64Array): void => {
    out[0] = hxx;
    out[1] = hxy;
    out[2] = 1;
  };

  const evalMany = (
    ws: Float64Array, bs: Float64Array, n: number,
    fOut: Float64Array, gwOut: Float64Array, gbOut: Float64Array,
  ): void => {
    for (let i = 0; i < n; i++) {
      const dw = (ws[i] ?? 0) - w0;
      const db = (bs[i] ?? 0) - b0;
      const gw = hxx * dw + hxy * db;
      const gb = hxy * dw + db;
      fOut[i] = j0 + 0.5 * (gw * dw + gb * db);
      gwOut[i] = gw;
      gbOut[i] = gb;
    }
  };

  const sampledGrad = (batch: number): SampledGradient | null =>
    batch >= m ? null : createMiniBatchGradient(dataset, batch);

  return {
    id: `regression:${dataset.id}`,
    name: `Linear regression: ${dataset.name}`,
    tex: 'J(w,b)=\\frac{1}{2m}\\sum_{i=1}^{m}(w x_i + b - y_i)^2',
    axes: ['w', 'b'],
    domain: regressionDomain(ls, Math.sqrt(hxx)),
    critical: [{ kind: 'min', x: w0, y: b0, f: j0, global: true, label: 'best fit' }],
    f,
    grad,
    hess,
    evalMany,
    sampledGrad,
    blurb: `The mean squared error of the line ŷ = w x + b on "${dataset.name}": ${dataset.description} `
      + 'Its lowest point is the least-squares line.',
  };
}
