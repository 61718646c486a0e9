// Where the logistic cross-entropy has its minimum: nowhere when one class's x values do not overlap the
// other's (the cost falls for ever as |w| grows), else at the root of its gradient, found by Newton's method.
import { pointCurvature, pointLoss, pointSlope, LOSS_LOGISTIC } from './losses';

export type LogisticFit =
  | { readonly kind: 'min'; readonly w: number; readonly b: number; readonly cost: number }
  | { readonly kind: 'separable' | 'one-class'; readonly reason: string };

/** The first index whose y is not 0 or 1, or −1. Pure. */
export function firstNonBinary(ys: ArrayLike<number>): number {
  for (let i = 0; i < ys.length; i++) if (ys[i] !== 0 && ys[i] !== 1) return i;
  return -1;
}

/**
 * Whether a minimum exists: with one feature and an intercept it does exactly when the classes overlap
 * (max x of each class above min x of the other); else the cost has no minimum. Pure.
 */
export function logisticSeparation(xs: ArrayLike<number>, ys: ArrayLike<number>): 'overlap' | 'separable' | 'one-class' {
  let min0 = Infinity, max0 = -Infinity, min1 = Infinity, max1 = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    if (ys[i] === 1) { if (x < min1) min1 = x; if (x > max1) max1 = x; } else { if (x < min0) min0 = x; if (x > max0) max0 = x; }
  }
  if (min0 === Infinity || min1 === Infinity) return 'one-class';
  return max0 > min1 && max1 > min0 ? 'overlap' : 'separable';
}

function cost(xs: Float64Array, ys: Float64Array, w: number, b: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += pointLoss(LOSS_LOGISTIC, w * (xs[i] as number) + b, ys[i] as number, 0);
  return s / xs.length;
}

export const SEPARABLE_REASON = 'The two classes do not overlap (they are linearly separable): the cost has no minimum. It keeps falling as |w| grows, so descent walks off for ever.';
export const ONE_CLASS_REASON = 'Every point is in the same class: the cost has no minimum. It keeps falling as b grows without bound, so descent walks off for ever.';

/** The minimum of the cross-entropy over (w, b) for points (xs, ys ∈ {0, 1}), or why there is none. Pure. */
export function fitLogistic(xs: Float64Array, ys: Float64Array): LogisticFit {
  const sep = logisticSeparation(xs, ys);
  if (sep === 'separable') return { kind: 'separable', reason: SEPARABLE_REASON };
  if (sep === 'one-class') return { kind: 'one-class', reason: ONE_CLASS_REASON };
  const m = xs.length;
  let w = 0, b = 0, c = cost(xs, ys, w, b);
  // Newton with backtracking: the cost is strictly convex where the classes overlap.
  for (let it = 0; it < 200; it++) {
    let gw = 0, gb = 0, a = 0, h = 0, d = 0;
    for (let i = 0; i < m; i++) {
      const x = xs[i] as number, z = w * x + b, y = ys[i] as number;
      const s = pointSlope(LOSS_LOGISTIC, z, y, 0), k = pointCurvature(LOSS_LOGISTIC, z, y, 0);
      gw += s * x; gb += s; a += k * x * x; h += k * x; d += k;
    }
    const det = a * d - h * h;
    if (!(det > 0)) break;
    const sw = (d * gw - h * gb) / det, sb = (a * gb - h * gw) / det;
    let t = 1, nw = w - sw, nb = b - sb, nc = cost(xs, ys, nw, nb);
    while (nc > c && t > 1e-10) { t /= 2; nw = w - t * sw; nb = b - t * sb; nc = cost(xs, ys, nw, nb); }
    if (nc > c) break;
    const moved = Math.abs(nw - w) + Math.abs(nb - b);
    w = nw; b = nb; c = nc;
    if (moved <= 1e-15 * (1 + Math.abs(w) + Math.abs(b))) break;
  }
  return { kind: 'min', w, b, cost: c };
}
