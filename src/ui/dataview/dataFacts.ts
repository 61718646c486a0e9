// The one place the data view learns about a regression cost's data: what it draws (points, labels, model), how
// a point (w, b) of the landscape becomes a line in data units and back, the answer, and the mini-batches.
import { getDataset, isDatasetId } from '../../core/surfaces/datasets';
import { leastSquares } from '../../core/surfaces/regression';
import type { SurfaceSpec } from '../../core/surfaces/spec';
import type { Surface } from '../../core/types';
import type { Model } from './plotMaths';

export interface ViewFacts {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly model: Model;
  /** (w, b) → out = [slope, intercept] in data units. Mutates out only. */
  toDataUnits(w: number, b: number, out: Float64Array): void;
  /** [slope, intercept] in data units → out = (w, b). Mutates out only. */
  fromDataUnits(slope: number, intercept: number, out: Float64Array): void;
  readonly best: { readonly w: number; readonly b: number } | null;
  /** The mini-batch of a run at iteration t (indices into out, returns k), or null when the cost cannot say. */
  readonly batchAt: ((seed: number, batch: number, t: number, out: Int32Array) => number) | null;
}

const cache = new WeakMap<Surface, ViewFacts>();

const identity = (a: number, b: number, out: Float64Array): void => { out[0] = a; out[1] = b; };

/** Today's built-in datasets: linear model, data in its own units. */
function fromBuiltIn(dataset: string): ViewFacts | null {
  if (!isDatasetId(dataset)) return null;
  const d = getDataset(dataset), ls = leastSquares(d);
  return {
    xs: Float64Array.from(d.xs), ys: Float64Array.from(d.ys), xLabel: d.xLabel, yLabel: d.yLabel, model: 'linear',
    toDataUnits: identity, fromDataUnits: identity, best: { w: ls.w, b: ls.b }, batchAt: null,
  };
}

/** The data behind surface (the simulation's, spec its spec), or null when it is not a regression cost. Cached per surface. */
export function factsOf(surface: Surface | null, spec: SurfaceSpec | null): ViewFacts | null {
  if (surface === null || spec === null || spec.kind !== 'regression') return null;
  let f = cache.get(surface);
  if (f === undefined) {
    const built = fromBuiltIn(spec.dataset);
    if (built === null) return null;
    cache.set(surface, (f = built));
  }
  return f;
}
