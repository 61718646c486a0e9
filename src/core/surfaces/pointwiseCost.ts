// A cost (1/m) Σ loss(w xᵢ + b, yᵢ) evaluated point by point, O(m) per call: mean absolute error, Huber and
// logistic cross-entropy (MSE has the O(1) quadratic form in regression.ts). Allocation-free once built.
import { pointCurvature, pointLoss, pointSlope, type LossCode } from './losses';

export interface PointwiseCost {
  f(w: number, b: number): number;
  /** (1/m) Σ ℓ′(zᵢ)(xᵢ, 1): the gradient, or for MAE the subgradient with sign(0) = 0. */
  grad(w: number, b: number, out: Float64Array): void;
  /** (1/m) Σ ℓ″(zᵢ)[xᵢ², xᵢ; xᵢ, 1] as (fxx, fxy, fyy): 0 for MAE (no curvature: Newton falls back to a gradient step). */
  hess(w: number, b: number, out: Float64Array): void;
  evalMany(ws: Float64Array, bs: Float64Array, n: number, fOut: Float64Array, gwOut: Float64Array, gbOut: Float64Array): void;
}

/** The cost of loss `code` over points (xs, ys) (xs already standardized where asked). Keeps the arrays given. */
export function createPointwiseCost(xs: Float64Array, ys: Float64Array, code: LossCode, delta: number): PointwiseCost {
  const m = xs.length, inv = 1 / m;
  const f = (w: number, b: number): number => {
    let s = 0;
    for (let i = 0; i < m; i++) s += pointLoss(code, w * (xs[i] as number) + b, ys[i] as number, delta);
    return s * inv;
  };
  const grad = (w: number, b: number, out: Float64Array): void => {
    let gw = 0, gb = 0;
    for (let i = 0; i < m; i++) {
      const x = xs[i] as number, d = pointSlope(code, w * x + b, ys[i] as number, delta);
      gw += d * x; gb += d;
    }
    out[0] = gw * inv; out[1] = gb * inv;
  };
  const hess = (w: number, b: number, out: Float64Array): void => {
    let a = 0, c = 0, d = 0;
    for (let i = 0; i < m; i++) {
      const x = xs[i] as number, k = pointCurvature(code, w * x + b, ys[i] as number, delta);
      a += k * x * x; c += k * x; d += k;
    }
    out[0] = a * inv; out[1] = c * inv; out[2] = d * inv;
  };
  const evalMany = (ws: Float64Array, bs: Float64Array, n: number, fOut: Float64Array, gwOut: Float64Array, gbOut: Float64Array): void => {
    for (let j = 0; j < n; j++) {
      const w = ws[j] as number, b = bs[j] as number;
      let s = 0, gw = 0, gb = 0;
      for (let i = 0; i < m; i++) {
        const x = xs[i] as number, y = ys[i] as number, z = w * x + b;
        s += pointLoss(code, z, y, delta);
        const dz = pointSlope(code, z, y, delta);
        gw += dz * x; gb += dz;
      }
      fOut[j] = s * inv; gwOut[j] = gw * inv; gbOut[j] = gb * inv;
    }
  };
  return { f, grad, hess, evalMany };
}
