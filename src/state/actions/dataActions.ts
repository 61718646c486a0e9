// Editing a regression's data: each action is one store write, keeps the starts, rebuilds the surface
// and so recomputes the paths; data the model cannot fit is refused with a notice and nothing changes.
import type { DataPoints } from '../../core/surfaces/spec';
import { surfaceFor } from '../currentSurface';
import { withData, withDataAdded, withDataPoint, withDataRemoved } from '../dataEdits';
import { pushNotice } from '../notices';
import type { Scenario } from '../scenario';
import { useDownhill } from '../store';
import { edit } from './editing';

/** Writes next when its surface resolves (returns true); else a notice naming the problem (false). */
function commitData(next: Scenario, what: string): boolean {
  const before = useDownhill.getState().scenario;
  if (next === before) return false;
  const res = surfaceFor(next.surface);
  if (!res.ok) { pushNotice(`Could not ${what}: ${res.message}.`, 'warning'); return false; }
  edit(() => next, { outcomes: {} });
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

/** Replaces the data (pasted or loaded), keeping the loss, model, scaling and starts. */
export function setData(points: DataPoints): boolean {
  return commitData(withData(useDownhill.getState().scenario, points), 'use the data');
}
