// Per-point losses of a one-feature model, by code so hot loops switch on a number: the residual's (or the
// logit's) loss and its derivative. MSE: ½r², MAE: |r|, Huber h_δ(r), logistic: cross-entropy of σ(z).

export const LOSS_MSE = 0, LOSS_MAE = 1, LOSS_HUBER = 2, LOSS_LOGISTIC = 3;
export type LossCode = typeof LOSS_MSE | typeof LOSS_MAE | typeof LOSS_HUBER | typeof LOSS_LOGISTIC;

/** log(1 + eᶻ) without overflow: max(z, 0) + log1p(e^(−|z|)). Pure. */
export function softplus(z: number): number {
  return (z > 0 ? z : 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/** σ(z) = 1/(1 + e^(−z)) without overflow for either sign. Pure. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The loss of one point with prediction z = w x + b and target y: ½(z − y)² (MSE, so J = (1/m)Σ is today's
 * (1/2m)Σr²), |z − y|, h_δ(z − y) = ½r² for |r| ≤ δ else δ(|r| − ½δ), and for logistic
 * −[y log σ(z) + (1 − y) log(1 − σ(z))] = y·softplus(−z) + (1 − y)·softplus(z). Pure.
 */
export function pointLoss(code: LossCode, z: number, y: number, delta: number): number {
  switch (code) {
    case LOSS_MSE: { const r = z - y; return 0.5 * r * r; }
    case LOSS_MAE: return Math.abs(z - y);
    case LOSS_HUBER: { const r = z - y, a = Math.abs(r); return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta); }
    case LOSS_LOGISTIC: return y * softplus(-z) + (1 - y) * softplus(z);
    default: { const never: never = code; throw new Error(`unknown loss ${String(never)}`); }
  }
}

/**
 * ∂loss/∂z: r, sign(r) with sign(0) = 0 (a subgradient at the kink, the one that is 0 where a point lies on
 * the line), clamp(r, −δ, δ), and σ(z) − y. Pure.
 */
export function pointSlope(code: LossCode, z: number, y: number, delta: number): number {
  switch (code) {
    case LOSS_MSE: return z - y;
    case LOSS_MAE: { const r = z - y; return r > 0 ? 1 : r < 0 ? -1 : 0; }
    case LOSS_HUBER: { const r = z - y; return r > delta ? delta : r < -delta ? -delta : r; }
    case LOSS_LOGISTIC: return sigmoid(z) - y;
    default: { const never: never = code; throw new Error(`unknown loss ${String(never)}`); }
  }
}

/** ∂²loss/∂z²: 1, 0 (MAE, almost everywhere), 1 inside |r| ≤ δ else 0, σ(1 − σ). Pure. */
export function pointCurvature(code: LossCode, z: number, y: number, delta: number): number {
  switch (code) {
    case LOSS_MSE: return 1;
    case LOSS_MAE: return 0;
    case LOSS_HUBER: return Math.abs(z - y) <= delta ? 1 : 0;
    case LOSS_LOGISTIC: { const p = sigmoid(z); return p * (1 - p); }
    default: { const never: never = code; throw new Error(`unknown loss ${String(never)}`); }
  }
}
