// A learning rate that suits each optimizer on a surface from a start, with the reason in one sentence.
import { hessianEigenvalues, minimaCriticalRates } from './insight';
import { optimizerKinds, optimizerNames, type OptimizerKind, type OptimizerSettings } from './optimizers';
import { optimizerDefaults, scalarSettings } from './settingsCatalog';
import type { Surface } from '../types';

export interface SuitedRate {
  readonly optimizer: OptimizerSettings;
  readonly lr: number;
  /** Why this rate, with the numbers: "Adam at 0.1: …". */
  readonly reason: string;
}

/**
 * The landscape's width a rate is measured against, for optimizers whose steps are about η long whatever the
 * slope: Adam crosses it in about 40 steps; RMSProp's first steps are 1/√(1−α) ≈ 10 times longer, so a tenth of
 * that; AdaGrad's steps shrink like η/√t, so four times Adam's.
 */
export const WIDTH_FRACTION = { adam: 1 / 40, rmsprop: 1 / 400, adagrad: 1 / 10 } as const;

/** The largest of 1, 2, 5 × 10ᵏ at most v, within the learning rate's range. Pure. */
export function niceFloor(v: number): number {
  const { min, max } = scalarSettings.lr;
  if (!(v > min)) return min;
  if (v >= max) return max;
  const e = Math.floor(Math.log10(v)), m = v / 10 ** e;
  // 10 ** e is exact for small e, but the product can carry float noise: round to one significant digit.
  const r = Number(((m >= 5 - 1e-9 ? 5 : m >= 2 - 1e-9 ? 2 : 1) * 10 ** e).toPrecision(1));
  return r < min ? min : r;
}

/** A number in a sentence: three significant digits. Pure. */
const n3 = (v: number): string => String(Number(v.toPrecision(3)));

/**
 * The steepest curvature a run from (x0, y0) is likely to meet: the largest λ_max of the Hessian at the start
 * and at the known minima (2/critical rate). Null when none is positive and finite. Pure.
 */
export function steepestCurvature(surface: Surface, x0: number, y0: number): number | null {
  let lam = -Infinity;
  const atStart = hessianEigenvalues(surface, x0, y0)[1];
  if (Number.isFinite(atStart)) lam = atStart;
  for (const m of minimaCriticalRates(surface)) if (m.rate !== null) lam = Math.max(lam, 2 / m.rate);
  return lam > 0 && Number.isFinite(lam) ? lam : null;
}

/** The fraction of a stability edge a suited rate aims at (then rounded down to 1, 2 or 5 × 10ᵏ). */
const EDGE_FRACTION = 0.9;

/**
 * A rate for optimizer o from (x0, y0) on surface, and why. Plain descent, momentum and Nesterov: 0.9 of their
 * stability edge on a quadratic of curvature λ_max (steepestCurvature): 2/λ, 2(1+μ)/λ and 2(1+μ)/((1+2μ)λ), rounded
 * down to 1, 2 or 5 × 10ᵏ. Adam, RMSProp and AdaGrad: a fraction of the domain's width (WIDTH_FRACTION). Newton: 1.
 * Pure.
 */
export function suitedRate(surface: Surface, x0: number, y0: number, o: OptimizerSettings): SuitedRate {
  const d = surface.domain, width = Math.max(d.xMax - d.xMin, d.yMax - d.yMin);
  const name = optimizerNames[o.kind];
  const lam = steepestCurvature(surface, x0, y0);
  const flat = (lr: number): SuitedRate => ({
    optimizer: o, lr, reason: `${name} at ${n3(lr)}: no upward curvature near this start or at a known minimum to set a limit, so a small rate.`,
  });
  switch (o.kind) {
    case 'gd': {
      if (lam === null) return flat(niceFloor(width / 1000));
      const edge = 2 / lam, lr = niceFloor(EDGE_FRACTION * edge);
      return { optimizer: o, lr, reason: `${name} at ${n3(lr)}: plain descent is stable only below 2/λ_max = ${n3(edge)} (λ_max ≈ ${n3(lam)}, the steepest curvature at the start or a minimum).` };
    }
    case 'momentum': {
      if (lam === null) return flat(niceFloor(width / 1000));
      const edge = (2 * (1 + o.momentum)) / lam, lr = niceFloor(EDGE_FRACTION * edge);
      return { optimizer: o, lr, reason: `${name} at ${n3(lr)}: momentum stays stable up to 2(1+μ)/λ_max = ${n3(edge)}, ${n3(1 + o.momentum)} times plain descent's limit, and its velocity builds up along gentle slopes.` };
    }
    case 'nesterov': {
      if (lam === null) return flat(niceFloor(width / 1000));
      const mu = o.momentum, edge = (2 * (1 + mu)) / ((1 + 2 * mu) * lam), lr = niceFloor(EDGE_FRACTION * edge);
      return { optimizer: o, lr, reason: `${name} at ${n3(lr)}: the look-ahead narrows momentum's stable range to 2(1+μ)/((1+2μ)λ_max) = ${n3(edge)}.` };
    }
    case 'adagrad': {
      const lr = niceFloor(WIDTH_FRACTION.adagrad * width);
      return { optimizer: o, lr, reason: `${name} at ${n3(lr)}: it divides by the root of every past g², so its steps shrink like η/√t; it needs a rate near a tenth of the landscape's width (${n3(width)}).` };
    }
    case 'rmsprop': {
      const lr = niceFloor(WIDTH_FRACTION.rmsprop * width);
      return { optimizer: o, lr, reason: `${name} at ${n3(lr)}: its steps are about η long whatever the slope, the first ones about η/√(1−α) = ${n3(1 / Math.sqrt(1 - o.alpha))}η, so η is set by the landscape's width (${n3(width)}).` };
    }
    case 'adam': {
      const lr = niceFloor(WIDTH_FRACTION.adam * width);
      return { optimizer: o, lr, reason: `${name} at ${n3(lr)}: Adam's steps are about η long whatever the slope, so η is set by the landscape's width (${n3(width)}): about 40 steps across it.` };
    }
    case 'newton':
      return { optimizer: o, lr: 1, reason: `${name} at 1: the pure method, each step to the bottom of the local quadratic (H⁻¹∇f); where H is not positive definite it takes a gradient step and says so.` };
    default: { const never: never = o; throw new Error(`unknown optimizer ${String(never)}`); }
  }
}

/** suitedRate() for every optimizer (PyTorch's default hyperparameters, or those given per kind), in optimizerKinds order. Pure. */
export function suitedRates(surface: Surface, x0: number, y0: number, given: Partial<Record<OptimizerKind, OptimizerSettings>> = {}): SuitedRate[] {
  return optimizerKinds.map((k) => suitedRate(surface, x0, y0, given[k] ?? optimizerDefaults(k)));
}
