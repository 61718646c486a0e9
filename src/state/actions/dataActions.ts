// Editing a regression's data: each action is one store write, keeps the starts, rebuilds the surface
// and so recomputes the paths; data the model cannot fit is refused with a notice and nothing changes.
import { clampTo, dataSettings, scalarSettings } from '../../core/descent/settingsCatalog';
import type { DataPoints, Loss, RegressionModel, RegressionSpec } from '../../core/surfaces/spec';
import type { Domain } from '../../core/types';
import { surfaceFor } from '../currentSurface';
import { withData, withDataAdded, withDataPoint, withDataRemoved } from '../dataEdits';
import { DATA_NOT_IN_LINK, dataTooLargeForLink } from '../link/dataLink';
import { pushNotice } from '../notices';
import { newStartId, type Scenario } from '../scenario';
import { suggestionFor } from '../suggestions';
import { useDownhill } from '../store';
import { edit } from './editing';

/** Writes next when its surface resolves (returns true); else a notice naming the problem (false). */
function commitData(next: Scenario, what: string): boolean {
  const before = useDownhill.getState().scenario;
  if (next === before) return false;
  const res = surfaceFor(next.surface);
  if (!res.ok) { pushNotice(`Could not ${what}: ${res.message}.`, 'warning'); return false; }
  edit(() => next, { outcomes: {} });
  const omitted = (sc: Scenario) => sc.surface.kind === 'regression' && dataTooLargeForLink(sc.surface);
  if (omitted(next) && !omitted(before)) pushNotice(DATA_NOT_IN_LINK, 'info');
  return true;
}

/** Moves data point i to (x, y): the end of a drag (previews go through the simulation, not the store). */
export function moveDataPoint(i: number, x: number, y: number): boolean {
  return commitData(withDataPoint(useDownhill.getState().scenario, i, x, y), 'move the point');
}

/** Adds the data point (x, y). */
export function addDataPoint(x: number, y: number): boolean {
  return commitData(withDataAdded(useDownhill.getState().scenario, x, y), 'add the point');
}

/** Removes data point i. */
export function removeDataPoint(i: number): boolean {
  return commitData(withDataRemoved(useDownhill.getState().scenario, i), 'remove the point');
}

const inside = (d: Domain, x: number, y: number): boolean => x >= d.xMin && x <= d.xMax && y >= d.yMin && y <= d.yMax;

/**
 * Replaces the data (pasted or loaded), keeping the loss, model and scaling. The starts stay, unless `fitStarts`
 * and one of them falls outside the new landscape: then the new landscape's suggested starts and rate replace them.
 */
export function setData(points: DataPoints, fitStarts = false): boolean {
  const next = withData(useDownhill.getState().scenario, points);
  if (!fitStarts) return commitData(next, 'use the data');
  const res = surfaceFor(next.surface);
  if (!res.ok) return commitData(next, 'use the data');
  const d = res.surface.domain;
  if (next.starts.every((p) => inside(d, p.x, p.y))) return commitData(next, 'use the data');
  const sug = suggestionFor(res.surface);
  return commitData({ ...next, lr: sug.lr, camera: null, starts: sug.starts.map(([x, y]) => ({ id: newStartId(), x, y })) }, 'use the data');
}

/** The scenario's regression spec, or null (with nothing done) on another surface. */
function regressionSpec(): RegressionSpec | null {
  const sf = useDownhill.getState().scenario.surface;
  return sf.kind === 'regression' ? sf : null;
}

/** Chooses the linear model's loss (the starts stay: a point (w, b) is the same line under every loss). */
export function setLoss(loss: Loss): boolean {
  const sf = regressionSpec();
  if (sf === null) return false;
  const s = useDownhill.getState().scenario;
  return commitData({ ...s, surface: { ...sf, loss } }, 'change the loss');
}

/** Sets Huber's δ (switching the loss to Huber). */
export function setHuberDelta(delta: number): boolean {
  return setLoss({ kind: 'huber', delta: clampTo(dataSettings.huberDelta, delta) });
}

/** Chooses the model; its landscape is another, so the suggested rate and starts come with it. */
export function setModel(model: RegressionModel): boolean {
  const sf = regressionSpec();
  if (sf === null) return false;
  const spec: RegressionSpec = { ...sf, model };
  const res = surfaceFor(spec);
  if (!res.ok) { pushNotice(`Could not change the model: ${res.message}.`, 'warning'); return false; }
  const sug = suggestionFor(res.surface);
  edit((s) => ({ ...s, surface: spec, lr: sug.lr, camera: null, starts: sug.starts.map(([x, y]) => ({ id: newStartId(), x, y })) }), { selected: null, outcomes: {} });
  return true;
}

const _line = new Float64Array(2);

/**
 * Turns standardized x on or off. Each start keeps its line: (w, b) is taken to data units on the old
 * landscape and back to parameters on the new one, so a path starts from the same fit either way.
 */
export function setStandardize(on: boolean): boolean {
  const sf = regressionSpec();
  if (sf === null || (sf.standardize === true) === on) return false;
  const before = surfaceFor(sf);
  const spec: RegressionSpec = { ...sf, standardize: on };
  const after = surfaceFor(spec);
  if (!after.ok) { pushNotice(`Could not change the scaling: ${after.message}.`, 'warning'); return false; }
  const from = before.ok ? before.surface.regression : undefined, to = after.surface.regression;
  edit((s) => ({
    ...s, surface: spec, camera: null,
    starts: from === undefined || to === undefined ? s.starts : s.starts.map((p) => {
      from.toDataUnits(p.x, p.y, _line);
      to.fromDataUnits(_line[0] as number, _line[1] as number, _line);
      return { ...p, x: _line[0] as number, y: _line[1] as number };
    }),
  }), { outcomes: {} });
  return true;
}

/** Sets the gradient noise σ (0 = off), on any surface. */
export function setNoise(sigma: number): void {
  edit((s) => ({ ...s, noise: clampTo(scalarSettings.noise, sigma) }));
}
