// Live previews: drags and slider moves update the simulation directly, without touching the store;
// the store is written once, when the gesture ends.
import type { OptimizerSettings } from '../core/descent/optimizers';
import type { Schedule } from '../core/descent/schedules';
import { editTarget } from './actions/editing';
import { placedPoint } from './actions/startActions';
import { withLearningRate, withOptimizer, withStartAt } from './edits';
import { syncSimulation, simulation } from './simulation';
import { useDownhill } from './store';

/** Recomputes one path as if its start were placed at (x, y) (on the placement grid, as moveStart will put it). */
export function previewStart(id: number, x: number, y: number): void {
  const st = useDownhill.getState();
  syncSimulation(simulation, withStartAt(st.scenario, id, ...placedPoint(x, y)), st.playing);
}

/** Recomputes the affected paths as if η were lr. */
export function previewLearningRate(lr: number): void {
  const st = useDownhill.getState();
  syncSimulation(simulation, withLearningRate(st.scenario, lr, editTarget(st)), st.playing);
}

/** Recomputes the affected paths as if the optimizer were o. */
export function previewOptimizer(o: OptimizerSettings): void {
  const st = useDownhill.getState();
  syncSimulation(simulation, withOptimizer(st.scenario, o, editTarget(st)), st.playing);
}

/** Recomputes every path as if the schedule were s. */
export function previewSchedule(s: Schedule): void {
  const st = useDownhill.getState();
  syncSimulation(simulation, { ...st.scenario, schedule: s }, st.playing);
}

/** Puts the simulation back on the store's scenario: a preview that ended without an edit (a drag back to its start). */
export function dropPreview(): void {
  const st = useDownhill.getState();
  syncSimulation(simulation, st.scenario, st.playing);
}
