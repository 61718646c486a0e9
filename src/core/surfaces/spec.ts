// Naming a surface: a built-in id, a typed formula or a regression dataset, resolved to a Surface.
import { getDataset, isDatasetId } from './datasets';
import type { FormulaError } from '../formula';
import { createTypedSurface } from './formulaSurface';
import { checkRegressionData, createRegressionSurface, HUBER_DELTA, type RegressionData } from './regression';
import { getSurface, surfaceIds } from './registry';
import type { DataPoints, Loss, RegressionModel, Surface } from '../types';

export type { DataPoints, Loss, RegressionModel } from '../types';

/** The dataset id of a person's own points (carried in the spec's `points`). */
export const CUSTOM_DATASET = 'custom';

/** A regression cost: a built-in dataset id, or 'custom' with its points; loss, model and scaling optional. */
export interface RegressionSpec {
  readonly kind: 'regression';
  /** A built-in dataset id, or 'custom' with `points`. */
  readonly dataset: string;
  readonly points?: DataPoints;
  /** Default: mean squared error. Ignored by logistic regression (cross-entropy). */
  readonly loss?: Loss;
  /** Default: the dataset's own model (linear for custom data). */
  readonly model?: RegressionModel;
  /** Fit over x′ = (x − mean)/sd. Default false. */
  readonly standardize?: boolean;
}

export type SurfaceSpec =
  | { readonly kind: 'builtin'; readonly id: string }
  | { readonly kind: 'formula'; readonly text: string }
  | RegressionSpec;

export type SurfaceResult =
  | { readonly ok: true; readonly surface: Surface }
  | { readonly ok: false; readonly message: string; readonly formulaError?: FormulaError };

const regressionCache = new Map<string, Surface>();
const REGRESSION_CACHE_SIZE = 32;
/** Surfaces of custom points, per points object (edits make new objects; old ones are collected). */
const customCache = new WeakMap<DataPoints, Map<string, Surface>>();
const formulaCache = new Map<string, Surface>();
const FORMULA_CACHE_SIZE = 16;

/** The model a regression spec fits: its own, else its dataset's, else linear. Pure. */
export function modelOf(spec: RegressionSpec): RegressionModel {
  if (spec.model !== undefined) return spec.model;
  return isDatasetId(spec.dataset) ? getDataset(spec.dataset).model ?? 'linear' : 'linear';
}

/** The loss a regression spec uses (MSE when absent). Pure. */
export const lossOf = (spec: RegressionSpec): Loss => spec.loss ?? { kind: 'mse' };

/** The points a regression spec fits (a built-in dataset's or its own), or null for an unknown id. Pure. */
export function dataOf(spec: RegressionSpec): RegressionData | null {
  if (spec.dataset === CUSTOM_DATASET) {
    const p = spec.points;
    if (p === undefined) return null;
    return {
      id: CUSTOM_DATASET, name: p.name ?? 'Your data', description: `${p.xs.length} points of your own.`,
      xLabel: p.xLabel ?? 'x', yLabel: p.yLabel ?? 'y', xs: p.xs, ys: p.ys,
    };
  }
  return isDatasetId(spec.dataset) ? getDataset(spec.dataset) : null;
}

/** The regression surface a spec names, or why not. Cached per dataset and options. */
function resolveRegression(spec: RegressionSpec): SurfaceResult {
  const data = dataOf(spec);
  if (data === null) {
    return { ok: false, message: spec.dataset === CUSTOM_DATASET ? 'the custom dataset has no points' : `unknown dataset '${spec.dataset}'` };
  }
  const model = modelOf(spec), loss = lossOf(spec), standardize = spec.standardize === true;
  if (loss.kind === 'huber' && !(loss.delta >= HUBER_DELTA.min && loss.delta <= HUBER_DELTA.max)) {
    return { ok: false, message: `Huber's δ must be between ${HUBER_DELTA.min} and ${HUBER_DELTA.max}` };
  }
  const key = `${model}|${loss.kind}|${loss.kind === 'huber' ? loss.delta : ''}|${standardize ? 1 : 0}`;
  const custom = spec.dataset === CUSTOM_DATASET && spec.points !== undefined ? spec.points : null;
  let perPoints = custom === null ? null : customCache.get(custom);
  const cached = custom === null ? regressionCache.get(`${spec.dataset}|${key}`) : perPoints?.get(key);
  if (cached) return { ok: true, surface: cached };
  const problem = checkRegressionData(data.xs, data.ys, model);
  if (problem !== null) return { ok: false, message: `${data.name}: ${problem}` };
  const surface = createRegressionSurface(data, { model, loss, standardize });
  if (custom !== null) {
    if (perPoints === undefined || perPoints === null) { perPoints = new Map(); customCache.set(custom, perPoints); }
    perPoints.set(key, surface);
  } else {
    if (regressionCache.size >= REGRESSION_CACHE_SIZE) regressionCache.delete(regressionCache.keys().next().value as string);
    regressionCache.set(`${spec.dataset}|${key}`, surface);
  }
  return { ok: true, surface };
}

/** The Surface a spec names, or a message saying why there is none. Pure (caches regression surfaces). */
export function resolveSurface(spec: SurfaceSpec): SurfaceResult {
  switch (spec.kind) {
    case 'builtin': {
      const s = getSurface(spec.id);
      return s ? { ok: true, surface: s } : { ok: false, message: `unknown surface '${spec.id}': use one of ${surfaceIds.join(', ')}` };
    }
    case 'formula': {
      const cached = formulaCache.get(spec.text);
      if (cached) return { ok: true, surface: cached };
      const r = createTypedSurface(spec.text);
      if (!r.ok) return r;
      // Keep a few recent formulas so every caller shares one Surface object per text.
      if (formulaCache.size >= FORMULA_CACHE_SIZE) formulaCache.delete(formulaCache.keys().next().value as string);
      formulaCache.set(spec.text, r.surface);
      return r;
    }
    case 'regression': return resolveRegression(spec);
    default: { const never: never = spec; throw new Error(`unknown surface spec ${String(never)}`); }
  }
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean =>
  a === b || (a.length === b.length && a.every((v, i) => Object.is(v, b[i])));

function samePoints(a: DataPoints | undefined, b: DataPoints | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return a.name === b.name && a.xLabel === b.xLabel && a.yLabel === b.yLabel && sameNumbers(a.xs, b.xs) && sameNumbers(a.ys, b.ys);
}

const sameLoss = (a: Loss | undefined, b: Loss | undefined): boolean =>
  (a?.kind ?? 'mse') === (b?.kind ?? 'mse') && (a?.kind !== 'huber' || (b?.kind === 'huber' && a.delta === b.delta));

/** Whether two specs name the same surface: O(1) for the same object, O(m) for equal points. Pure. */
export function sameSurfaceSpec(a: SurfaceSpec | null, b: SurfaceSpec | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  switch (a.kind) {
    case 'builtin': return b.kind === 'builtin' && a.id === b.id;
    case 'formula': return b.kind === 'formula' && a.text === b.text;
    case 'regression':
      return b.kind === 'regression' && a.dataset === b.dataset && a.model === b.model && (a.standardize === true) === (b.standardize === true)
        && sameLoss(a.loss, b.loss) && samePoints(a.points, b.points);
    default: { const never: never = a; throw new Error(`unknown surface spec ${String(never)}`); }
  }
}
