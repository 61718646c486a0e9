// The live simulation: plain mutable data derived from the scenario, outside reactive state, and how it
// follows the scenario. One frame callback advances it (simulationClock.ts); renderers and readouts only read it.
import { advanceRun, createRun, type Run } from '../core/descent/run';
import type { RunSettings } from '../core/descent/settings';
import { sameSurfaceSpec, type SurfaceSpec } from '../core/surfaces/spec';
import { surfaceFor } from './currentSurface';
import type { Surface } from '../core/types';
import { pathSettings, sameSettings } from './pathSettings';
import type { Scenario } from './scenario';
import { settleCursor } from './timeline';

export interface PathSim {
  readonly startId: number;
  /** Position among the starts: decides colour and letter. */
  index: number;
  run: Run;
  settings: RunSettings;
  /** Bumped whenever the run is replaced, so renderers re-upload this path. */
  revision: number;
  /** The status last reported to the store. */
  reported: Run['status'];
  /** Where the path starts. */
  x0: number;
  y0: number;
}

export interface Simulation {
  surface: Surface | null;
  spec: SurfaceSpec | null;
  /** Bumped when the surface changes (the landscape rebuilds). */
  surfaceVersion: number;
  paths: PathSim[];
  /** Bumped when paths are added, removed, replaced or reordered (renderers rebuild). */
  version: number;
  /** Fractional iterations carried to the next frame. */
  accumulator: number;
  /** Total iterations done since load, for readouts and tests. */
  iterations: number;
  /**
   * The timeline: the iteration every view shows (paths, heads, table, charts, update-rule panel), or null
   * for live (each path at its latest computed point). Trajectories are kept, so rewinding recomputes nothing.
   * Whoever changes it calls requestFrame() so every view redraws; read it through state/timeline.ts.
   */
  cursor: number | null;
  /** Asks the renderer for a frame (set by the scene; a no-op until then). */
  requestFrame: () => void;
}

/** An empty simulation. */
export function createSimulation(): Simulation {
  return {
    surface: null, spec: null, surfaceVersion: 0, paths: [], version: 0, accumulator: 0, iterations: 0, cursor: null,
    requestFrame: () => {},
  };
}

/** Longest a paused recompute may run per path: the iteration limit. */
function runToEnd(run: Run): void {
  advanceRun(run, run.settings.maxSteps);
}

function sameSpec(a: SurfaceSpec | null, b: SurfaceSpec): boolean {
  return a !== null && sameSurfaceSpec(a, b);
}

/**
 * Brings the simulation in line with a scenario: keeps paths whose start and settings are unchanged,
 * replaces the others. Replaced paths are computed to the end when not playing (so an edit while
 * paused redraws the whole path), else they start over from their start. Returns true if anything changed.
 * A surface that cannot be resolved keeps the last good one. Mutates sim.
 */
export function syncSimulation(sim: Simulation, scenario: Scenario, playing: boolean): boolean {
  let changed = false;
  if (!sameSpec(sim.spec, scenario.surface)) {
    const res = surfaceFor(scenario.surface);
    if (res.ok) {
      sim.surface = res.surface;
      sim.spec = scenario.surface;
      sim.surfaceVersion++;
      sim.paths = [];
      sim.cursor = null;
      changed = true;
    }
  }
  const surface = sim.surface;
  if (surface === null) return changed;
  const old = new Map(sim.paths.map((p) => [p.startId, p]));
  const next: PathSim[] = [];
  scenario.starts.forEach((start, index) => {
    const settings = pathSettings(scenario, start);
    const prev = old.get(start.id);
    if (prev && prev.x0 === start.x && prev.y0 === start.y && sameSettings(prev.settings, settings)) {
      if (prev.index !== index) { prev.index = index; changed = true; }
      next.push(prev);
      return;
    }
    const run = createRun(surface, start.x, start.y, settings);
    if (!playing) runToEnd(run);
    next.push({ startId: start.id, index, run, settings, revision: (prev?.revision ?? 0) + 1, reported: prev?.reported ?? 'running', x0: start.x, y0: start.y });
    changed = true;
  });
  if (next.length !== sim.paths.length) changed = true;
  sim.paths = next;
  // Paths removed or replaced may end before the cursor: then the timeline is live again (Play can replay).
  if (changed) { settleCursor(sim); sim.version++; sim.requestFrame(); }
  return changed;
}

/** Puts every path back at its start (iteration 0), the timeline live. Mutates sim. */
export function resetSimulation(sim: Simulation): void {
  sim.cursor = null;
  if (sim.surface === null) return;
  for (const p of sim.paths) {
    p.run = createRun(sim.surface, p.x0, p.y0, p.settings);
    p.revision++;
  }
  sim.accumulator = 0;
  sim.version++;
  sim.requestFrame();
}

/** The app's one simulation. */
export const simulation = createSimulation();

export { advanceSimulation, anyRunning, MAX_FRAME_SECONDS, stepSimulation, takeFlips } from './simulationClock';
