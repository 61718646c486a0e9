// Costs built from data as Surfaces over (w, b): linear regression under squared error (stored as
// J* + ½ dᵀH d about the least-squares optimum, d = (w − w*, b − b*), H = [[mean x², mean x], [mean x, 1]],
// so f and grad cost O(1), not O(m)), absolute error and Huber (O(m)), and logistic regression's
// cross-entropy; optionally over standardized x. Each carries RegressionFacts for the data view.

import { conditionNumber2, meanAndSd, standardized } from './dataStats';
import { LOSS_HUBER, LOSS_LOGISTIC, LOSS_MAE, LOSS_MSE, type LossCode } from './losses';
import { fitLogistic, firstNonBinary } from './logisticFit';
import { batchAt, createMiniBatchGradient } from './miniBatch';
import { createPointwiseCost } from './pointwiseCost';
import { fitHuber, fitMae } from './robustFit';
import type { Domain, Loss, RegressionFacts, RegressionModel, Surface } from '../types';

export { createMiniBatchGradient } from './miniBatch';

/** Points to fit: a built-in dataset or a person's own. xs and ys have equal length. */
export interface RegressionData {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** How to fit: the model (default linear), the loss for a linear model (default MSE), and feature scaling. */
export interface RegressionOptions {
  readonly model?: RegressionModel;
  readonly loss?: Loss;
  readonly standardize?: boolean;
}

/** Most points a dataset may have (as "Load CSV" accepts). */
export const MAX_DATA_POINTS = 10_000;
export const MSE: Loss = { kind: 'mse' };
/** The range of Huber's δ (its catalog entry says the same). */
export const HUBER_DELTA = { min: 1e-3, max: 1e3 } as const;

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

type XY = { readonly id?: string; readonly xs: ArrayLike<number>; readonly ys: ArrayLike<number> };

/** J(w, b) summed point by point, O(m): the definition, for checks and readouts. Pure. */
export function regressionCost(dataset: XY, w: number, b: number): number {
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
export function leastSquares(dataset: XY): LeastSquares {
  const { xs, ys } = dataset;
  const m = xs.length;
  if (m < 2 || ys.length !== m) throw new Error(`dataset ${dataset.id ?? "custom"}: need ≥ 2 points and as many ys as xs`);
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
  if (!(sxx > 0)) throw new Error(`dataset ${dataset.id ?? "custom"}: x values are all equal, the optimum is not unique`);
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
 * A domain around the optimum with room for far starts: half-width max(3 or minHalfW, 2.5|w*|) in w, and in b at least
 * max(3, 2.5|b*|) and the w half-width × rms(x), so level sets of J fill both axes alike. Bounds round outward.
 */
function regressionDomain(ls: { readonly w: number; readonly b: number }, rmsX: number, minHalfW = 3): Domain {
  const hw = Math.max(minHalfW, 2.5 * Math.abs(ls.w));
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

/** Why these points cannot be fitted with this model, or null when they can. Pure. */
export function checkRegressionData(xs: ArrayLike<number>, ys: ArrayLike<number>, model: RegressionModel): string | null {
  const m = xs.length;
  if (ys.length !== m) return `the data has ${m} x values but ${ys.length} y values`;
  if (m < 2) return 'the data needs at least 2 points';
  if (m > MAX_DATA_POINTS) return `the data has more than ${MAX_DATA_POINTS.toLocaleString('en-US')} points`;
  for (let i = 0; i < m; i++) {
    if (!(Number.isFinite(xs[i]) && Number.isFinite(ys[i]))) return `point ${i + 1} is not a pair of finite numbers`;
  }
  let same = true;
  for (let i = 1; i < m && same; i++) same = xs[i] === xs[0];
  if (same) return 'every x value is the same, so no line is best: the data needs at least two different x values';
  if (model === 'logistic') {
    const i = firstNonBinary(ys);
    if (i >= 0) return `logistic regression needs every y to be 0 or 1, but point ${i + 1} has y = ${String(ys[i])}`;
  }
  return null;
}

const lossCode = (model: RegressionModel, loss: Loss): LossCode => {
  if (model === 'logistic') return LOSS_LOGISTIC;
  switch (loss.kind) {
    case 'mse': return LOSS_MSE;
    case 'mae': return LOSS_MAE;
    case 'huber': return LOSS_HUBER;
    default: { const never: never = loss; throw new Error(`unknown loss ${String(never)}`); }
  }
};

/** The loss in words, for names and the trace output. Pure. */
export function lossName(loss: Loss): string {
  switch (loss.kind) {
    case 'mse': return 'mean squared error';
    case 'mae': return 'mean absolute error';
    case 'huber': return `Huber (δ = ${loss.delta})`;
    default: { const never: never = loss; throw new Error(`unknown loss ${String(never)}`); }
  }
}

/** What the minimum of each cost is called. */
export function answerName(model: RegressionModel, loss: Loss): string {
  if (model === 'logistic') return 'the maximum-likelihood fit';
  return loss.kind === 'mse' ? 'the least-squares line' : loss.kind === 'mae' ? 'the least-absolute-deviations line' : 'the Huber line';
}

function texOf(model: RegressionModel, loss: Loss, x: string): string {
  if (model === 'logistic') {
    return `J(w,b)=-\\frac{1}{m}\\sum_{i=1}^{m}\\left[y_i\\log\\sigma(w ${x} + b)+(1-y_i)\\log(1-\\sigma(w ${x} + b))\\right]`;
  }
  switch (loss.kind) {
    case 'mse': return `J(w,b)=\\frac{1}{2m}\\sum_{i=1}^{m}(w ${x} + b - y_i)^2`;
    case 'mae': return `J(w,b)=\\frac{1}{m}\\sum_{i=1}^{m}|w ${x} + b - y_i|`;
    case 'huber': return `J(w,b)=\\frac{1}{m}\\sum_{i=1}^{m}h_\\delta(w ${x} + b - y_i)`;
    default: { const never: never = loss; throw new Error(`unknown loss ${String(never)}`); }
  }
}

function blurbOf(data: RegressionData, model: RegressionModel, loss: Loss, noMinimum: string | null): string {
  const d = `"${data.name}": ${data.description}`;
  if (model === 'logistic') {
    return `The cross-entropy of the sigmoid curve p = σ(w x + b) on ${d} `
      + (noMinimum ?? 'Its lowest point is the maximum-likelihood fit.');
  }
  switch (loss.kind) {
    case 'mse': return `The mean squared error of the line ŷ = w x + b on ${d} Its lowest point is the least-squares line.`;
    case 'mae': return `The mean absolute error of the line ŷ = w x + b on ${d} Its lowest point is the least-absolute-deviations line, which an outlier pulls far less; where a point lies on the line the cost has a crease, and descent takes a subgradient there (sign(0) = 0).`;
    case 'huber': return `The Huber cost (δ = ${loss.delta}) of the line ŷ = w x + b on ${d} Squared error for residuals within δ, absolute error beyond, so an outlier pulls less.`;
    default: { const never: never = loss; throw new Error(`unknown loss ${String(never)}`); }
  }
}

/**
 * The cost surface of a dataset under a model and loss (options default to linear, MSE, raw x); throws for
 * data checkRegressionData rejects. O(m) setup plus, for MAE, Huber and logistic, the search for the minimum.
 */
export function createRegressionSurface(data: RegressionData, options: RegressionOptions = {}): Surface {
  const model = options.model ?? 'linear', loss = model === 'logistic' ? MSE : options.loss ?? MSE, std = options.standardize ?? false;
  const problem = checkRegressionData(data.xs, data.ys, model);
  if (problem !== null) throw new Error(`dataset ${data.id}: ${problem}`);
  const rawX = Float64Array.from(data.xs), ys = Float64Array.from(data.ys), m = rawX.length;
  const { mean, sd } = meanAndSd(rawX);
  const xs = std ? standardized(rawX, mean, sd) : rawX; // x in parameter space
  const code = lossCode(model, loss), delta = loss.kind === 'huber' ? loss.delta : 1;

  let sx = 0, sxx = 0;
  for (let i = 0; i < m; i++) { const x = xs[i] as number; sx += x; sxx += x * x; }
  const hxx = sxx / m, hxy = sx / m; // the MSE Hessian [[mean x², mean x], [mean x, 1]]

  let cost: Pick<Surface, 'f' | 'grad' | 'hess'> & { evalMany: NonNullable<Surface['evalMany']> };
  let best: { w: number; b: number; cost: number } | null;
  let noMinimum: string | null = null;
  if (code === LOSS_MSE) {
    const ls = leastSquares({ id: data.id, xs, ys });
    best = { w: ls.w, b: ls.b, cost: ls.cost };
    cost = quadraticCost(ls, hxx, hxy);
  } else {
    cost = createPointwiseCost(xs, ys, code, delta);
    if (code === LOSS_LOGISTIC) {
      const fit = fitLogistic(xs, ys);
      best = fit.kind === 'min' ? { w: fit.w, b: fit.b, cost: fit.cost } : null;
      noMinimum = fit.kind === 'min' ? null : fit.reason;
    } else {
      best = code === LOSS_MAE ? fitMae(xs, ys) : fitHuber(xs, ys, delta);
    }
  }
  const h = new Float64Array(3);
  let condition: number | null = null;
  if (best !== null && code !== LOSS_MAE) { cost.hess(best.w, best.b, h); condition = conditionNumber2(h[0] as number, h[1] as number, h[2] as number); }

  const facts: RegressionFacts = {
    xs: rawX, ys, name: data.name, xLabel: data.xLabel, yLabel: data.yLabel, model, loss, standardize: std,
    xMean: mean, xSd: sd, best: best === null ? null : { w: best.w, b: best.b }, noMinimum, condition,
    // ŷ = w (x − μ)/σ + b = (w/σ) x + (b − wμ/σ)
    toDataUnits: std
      ? (w, b, out) => { out[0] = w / sd; out[1] = b - (w * mean) / sd; }
      : (w, b, out) => { out[0] = w; out[1] = b; },
    fromDataUnits: std
      ? (slope, intercept, out) => { out[0] = slope * sd; out[1] = intercept + slope * mean; }
      : (slope, intercept, out) => { out[0] = slope; out[1] = intercept; },
    batchAt: (seed, batch, t, out) => batchAt(m, seed, batch, t, out),
  };

  const tags = [model === 'logistic' ? 'logistic' : loss.kind === 'mse' ? '' : loss.kind === 'huber' ? `huber${delta}` : loss.kind, std ? 'std' : ''].filter((t) => t !== '');
  const x = std ? "x'_i" : 'x_i';
  return {
    id: ['regression', data.id, ...tags].join(':'),
    name: `${model === 'logistic' ? 'Logistic' : 'Linear'} regression: ${data.name}`,
    tex: texOf(model, loss, x),
    axes: std ? ['w′', 'b′'] : ['w', 'b'],
    domain: best !== null ? regressionDomain(best, Math.sqrt(hxx)) : regressionDomain({ w: 0, b: 0 }, Math.sqrt(hxx), 8 / Math.sqrt(Math.max(hxx - hxy * hxy, 1e-12))),
    critical: best === null ? [] : [{ kind: 'min', x: best.w, y: best.b, f: best.cost, global: true, label: 'best fit' }],
    ...cost,
    sampledGrad: (batch: number) => (batch >= m ? null : createMiniBatchGradient({ xs, ys }, batch, code, delta)),
    blurb: blurbOf(data, model, loss, noMinimum)
      + (std ? ` x is standardized, x′ = (x − ${round(mean)}) / ${round(sd)}, so the landscape is over (w′, b′).` : ''),
    regression: facts,
  };
}

const round = (v: number): string => String(Number(v.toPrecision(4)));

/** MSE's f, grad, hess and evalMany from the quadratic form about the least-squares optimum: O(1) per point. */
function quadraticCost(ls: LeastSquares, hxx: number, hxy: number) {
  const w0 = ls.w, b0 = ls.b, j0 = ls.cost;
  return {
    f: (w: number, b: number): number => {
      const dw = w - w0;
      const db = b - b0;
      return j0 + 0.5 * (hxx * dw * dw + 2 * hxy * dw * db + db * db);
    },
    // ∇J = H d: ∂J/∂w = (1/m) Σ rᵢ xᵢ, ∂J/∂b = (1/m) Σ rᵢ with rᵢ = w xᵢ + b − yᵢ
    grad: (w: number, b: number, out: Float64Array): void => {
      const dw = w - w0;
      const db = b - b0;
      out[0] = hxx * dw + hxy * db;
      out[1] = hxy * dw + db;
    },
    hess: (_w: number, _b: number, out: Float64Array): void => {
      out[0] = hxx;
      out[1] = hxy;
      out[2] = 1;
    },
    evalMany: (ws: Float64Array, bs: Float64Array, n: number, fOut: Float64Array, gwOut: Float64Array, gbOut: Float64Array): void => {
      for (let i = 0; i < n; i++) {
        const dw = (ws[i] ?? 0) - w0;
        const db = (bs[i] ?? 0) - b0;
        const gw = hxx * dw + hxy * db;
        const gb = hxy * dw + db;
        fOut[i] = j0 + 0.5 * (gw * dw + gb * db);
        gwOut[i] = gw;
        gbOut[i] = gb;
      }
    },
  };
}
