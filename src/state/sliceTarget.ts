// Whose head the slices and step arrows show: the selected path, else path A (as the update-rule panel).
import type { PathSim, Simulation } from './simulation';

/** A lookup of the slices' path that scans the paths only when they or the selection change. */
export function createSliceTarget(): (sim: Simulation, selected: number | null) => PathSim | null {
  let paths: readonly PathSim[] | null = null, sel: number | null = null, found: PathSim | null = null;
  return (sim, selected) => {
    if (sim.paths !== paths || selected !== sel) {
      paths = sim.paths; sel = selected;
      found = sim.paths.find((p) => p.startId === selected) ?? sim.paths[0] ?? null;
    }
    return found;
  };
}
