// Live previews: drags and slider moves update the simulation directly, without touching the store;
// the store is written once, when the gesture ends.
import type { OptimizerSettings } from '../core/descent/optimizers';
import { editTarget } from './actions';
import { withLearningRate, withOptimizer, withStartAt } from './edits';
import { syncSimulation, simulation } from './simulation';
import { useDownhill } from './store';

/** Recomputes one path as if its start were at (x, y). */
export function previewStart(id: number, x: number, y: number): void {
  const st = useDownhill.getState();
  syncSimulation(simulation, withStartAt(st.scenario, id, x, y), st.playing);
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
