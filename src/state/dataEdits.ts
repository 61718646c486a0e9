// Pure edits of a regression scenario's data: move, add or remove a point, or replace them all. A built-in
// dataset becomes 'custom' with its points copied on the first edit; the loss, model and scaling stay.
import { getDataset, isDatasetId } from '../core/surfaces/datasets';
import { CUSTOM_DATASET, modelOf, type DataPoints, type RegressionSpec } from '../core/surfaces/spec';
import type { Scenario } from './scenario';

/** The points a regression spec fits (a built-in dataset's, or its own), or null. Pure. */
export function pointsOf(spec: RegressionSpec): DataPoints | null {
  if (spec.dataset === CUSTOM_DATASET) return spec.points ?? null;
  if (!isDatasetId(spec.dataset)) return null;
  const d = getDataset(spec.dataset);
  return { xs: d.xs, ys: d.ys, name: `${d.name} (edited)`, xLabel: d.xLabel, yLabel: d.yLabel };
}

/** s with its regression data replaced by points (any surface becomes a regression on them). Pure. */
export function withData(s: Scenario, points: DataPoints): Scenario {
  const sf = s.surface;
  if (sf.kind !== 'regression') return { ...s, surface: { kind: 'regression', dataset: CUSTOM_DATASET, points } };
  // The model is written out so data copied from a logistic dataset stays logistic.
  const spec: RegressionSpec = { ...sf, dataset: CUSTOM_DATASET, points, model: modelOf(sf) };
  return { ...s, surface: spec };
}

/** Applies fn to copies of the current points; s unchanged when it is not a regression or fn returns null. */
function editPoints(s: Scenario, fn: (xs: number[], ys: number[]) => boolean): Scenario {
  const sf = s.surface;
  if (sf.kind !== 'regression') return s;
  const p = pointsOf(sf);
  if (p === null) return s;
  const xs = [...p.xs], ys = [...p.ys];
  if (!fn(xs, ys)) return s;
  const next: DataPoints = { ...p, xs, ys };
  return withData(s, next);
}

/** Moves data point i to (x, y). Pure; s unchanged for an index out of range. */
export function withDataPoint(s: Scenario, i: number, x: number, y: number): Scenario {
  return editPoints(s, (xs, ys) => {
    if (!(i >= 0 && i < xs.length)) return false;
    xs[i] = x; ys[i] = y;
    return true;
  });
}

/** Adds the data point (x, y) at the end. Pure. */
export function withDataAdded(s: Scenario, x: number, y: number): Scenario {
  return editPoints(s, (xs, ys) => { xs.push(x); ys.push(y); return true; });
}

/** Removes data point i. Pure; s unchanged for an index out of range. */
export function withDataRemoved(s: Scenario, i: number): Scenario {
  return editPoints(s, (xs, ys) => {
    if (!(i >= 0 && i < xs.length)) return false;
    xs.splice(i, 1); ys.splice(i, 1);
    return true;
  });
}
