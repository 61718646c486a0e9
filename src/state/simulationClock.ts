// Advancing the simulation: iterations due per frame, single steps, and the statuses that flipped.
import { advanceRun } from '../core/descent/run';
import type { PathSim, Simulation } from './simulation';
import { advanceCursor } from './timeline';

/** Most iterations one frame may take, whatever the frame time (a long pause must not jump ahead). */
export const MAX_FRAME_SECONDS = 0.25;

/**
 * Advances the timeline by the iterations due this frame: frame time × speed, carried in an accumulator and
 * capped. Live, every running path computes them; with a cursor (rewound or replaying), the cursor moves
 * through stored points at the same speed (timeline.ts). The learning rate is per iteration and never scaled
 * by time. Returns the iterations due. Mutates sim; no allocation.
 */
export function advanceSimulation(sim: Simulation, dt: number, speed: number): number {
  sim.accumulator += Math.min(Math.max(dt, 0), MAX_FRAME_SECONDS) * speed;
  const n = Math.floor(sim.accumulator);
  if (n <= 0) return 0;
  sim.accumulator -= n;
  advanceCursor(sim, n);
  return n;
}

/** Advances every running path by n iterations. Mutates sim. */
export function stepSimulation(sim: Simulation, n: number): void {
  const paths = sim.paths;
  for (let i = 0; i < paths.length; i++) sim.iterations += advanceRun((paths[i] as PathSim).run, n);
}

/** True while any path still runs. Pure. */
export function anyRunning(sim: Simulation): boolean {
  for (const p of sim.paths) if (p.run.status === 'running') return true;
  return false;
}

/** Paths whose status changed since last reported; marks them reported. Allocates only when some flipped. */
export function takeFlips(sim: Simulation): PathSim[] | null {
  let out: PathSim[] | null = null;
  for (const p of sim.paths) {
    if (p.run.status !== p.reported) {
      p.reported = p.run.status;
      (out ??= []).push(p);
    }
  }
  return out;
}

