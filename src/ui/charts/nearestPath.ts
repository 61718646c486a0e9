// Hover: the path whose plotted value at an iteration is nearest the pointer.
import { TRAJ_STRIDE } from '../../core/descent/run';
import type { YScale } from './chartScale';
import type { TrajSource } from './iterationBand';
import { valueY, type PlotArea } from './plotArea';

/**
 * Position of the path with a point at iteration i whose drawn y is nearest pixel y (ties: the earlier path),
 * or −1 if no path reaches i. Reads one value per path. Pure.
 */
export function nearestPath(paths: readonly TrajSource[], i: number, a: PlotArea, s: YScale, y: number): number {
  const col = s.measure === 'cost' ? 2 : 3;
  let best = -1, gap = Infinity;
  for (let k = 0; k < paths.length; k++) {
    const { traj, count } = (paths[k] as TrajSource).run;
    if (traj === null || i >= count) continue;
    const d = Math.abs(valueY(a, s, traj[i * TRAJ_STRIDE + col] as number) - y);
    if (d < gap) { gap = d; best = k; }
  }
  return best;
}
