// The words around a chart: what its y axis plots, and a summary of its lines for screen readers.
import { TRAJ_STRIDE } from '../../core/descent/run';
import { formatCount, formatNumber } from '../format';
import type { YScale } from './chartScale';
import type { TrajSource } from './iterationBand';

/** Line summaries named at most in the canvas description; the table has the rest. */
const NAMED = 8;

/** What the axes plot, e.g. "y: f − f_min, log scale (f_min = −1.032, the lowest known minimum; …) · x: iteration". Pure. */
export function axisText(s: YScale, cost: string): string {
  if (s.measure === 'grad') return `y: ‖∇${cost}‖${s.log ? ', log scale (0 on the bottom edge)' : ''} · x: iteration`;
  if (!s.log) return `y: cost ${cost} · x: iteration`;
  const from = s.offsetFrom === 'minimum' ? 'lowest known minimum' : 'lowest cost reached';
  return `y: ${cost} − ${cost}_min, log scale (${cost}_min = ${formatNumber(s.offset, 4)}, the ${from}; 0 on the bottom edge) · x: iteration`;
}

/** What the lines and the shading stand for when there are more paths than lines. Pure. */
export function bandText(paths: number, lines: number): string {
  return ` · lines: the first ${formatCount(lines)} paths and the selected one; shaded: min–max of all ${formatCount(paths)}`;
}

/** Last stored value of column col (2: f, 3: ‖∇f‖) of a path, NaN without points. Pure. */
export function lastValue(p: TrajSource, col: 2 | 3): number {
  const { traj, count } = p.run;
  return traj === null || count < 1 ? NaN : (traj[(count - 1) * TRAJ_STRIDE + col] as number);
}

/** The canvas description: the measure, the scale, and where the first few lines end. Pure. */
export function summaryText(
  title: string, s: YScale, paths: readonly (TrajSource & { readonly index: number })[], label: (i: number) => string,
): string {
  if (paths.length === 0) return `${title}: no paths yet.`;
  const col = s.measure === 'cost' ? 2 : 3;
  const named = paths.slice(0, NAMED).map((p) => `${label(p.index)} ends at ${formatNumber(lastValue(p, col), 4)} after ${formatCount(Math.max(0, p.run.count - 1))} iterations`);
  const more = paths.length > NAMED ? `; and ${formatCount(paths.length - NAMED)} more paths, shaded from the lowest to the highest at each iteration` : '';
  return `${title}, ${s.log ? 'log' : 'linear'} scale, ${formatCount(paths.length)} paths: ${named.join('; ')}${more}.`;
}
