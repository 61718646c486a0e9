// Editing the data of a regression cost: a dragged point previews live (the simulation and the landscape follow
// the edited points without a store write); the store is written once, on release, through the data actions.
import { pointsOf, withDataPoint } from './dataEdits';
import { addDataPoint, moveDataPoint, removeDataPoint } from './actions/dataActions';
import type { Surface } from '../core/types';
import type { Scenario } from './scenario';
import { simulation, syncSimulation } from './simulation';
import { useDownhill } from './store';

/** The surface being previewed (the simulation's while a point is dragged), or null; and who follows it. */
let previewed: Surface | null = null;
const listeners = new Set<() => void>();

/** Subscribes to the previewed surface (the landscape rebuilds from it); returns the unsubscribe. */
export function subscribeDataPreview(fn: () => void): () => void {
  listeners.add(fn);
  return () => { listeners.delete(fn); };
}

/** The surface a data drag shows now, or null when none is under way. */
export const previewedSurface = (): Surface | null => previewed;

function setPreviewed(s: Surface | null): void {
  if (s === previewed) return;
  previewed = s;
  for (const fn of listeners) fn();
}

/** Whether the scenario's data can be edited (a regression cost). Pure. */
export function dataEditable(scenario: Scenario): boolean {
  return scenario.surface.kind === 'regression' && pointsOf(scenario.surface) !== null;
}

/** Recomputes every path and the landscape as if data point i were at (x, y). No store write. */
export function previewDataPoint(i: number, x: number, y: number): void {
  const st = useDownhill.getState();
  syncSimulation(simulation, withDataPoint(st.scenario, i, x, y), st.playing);
  setPreviewed(simulation.surface);
}

/** The end of a drag: one store write (the simulation and landscape then follow the store again). */
export function commitDataPoint(i: number, x: number, y: number): void {
  setPreviewed(null);
  if (!moveDataPoint(i, x, y)) dropDataPreview();
}

/** A drag that ended without an edit: back to the store's data. */
export function dropDataPreview(): void {
  setPreviewed(null);
  const st = useDownhill.getState();
  syncSimulation(simulation, st.scenario, st.playing);
}

/** Moves data point i by (dx, dy) in data units (a keyboard step): one store write. */
export function movePointBy(i: number, dx: number, dy: number): void {
  const sf = useDownhill.getState().scenario.surface;
  const p = sf.kind === 'regression' ? pointsOf(sf) : null;
  const x = p?.xs[i], y = p?.ys[i];
  if (x !== undefined && y !== undefined) moveDataPoint(i, x + dx, y + dy);
}

/** Adds the data point (x, y): one store write. */
export function addPointAt(x: number, y: number): void {
  addDataPoint(x, y);
}

/** Removes data point i: one store write. */
export function removeChosenPoint(i: number): void {
  removeDataPoint(i);
}
