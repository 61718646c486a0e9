// What each chart last drew, for ?debug (window.__downhill.charts) and the end-to-end tests: read on demand,
// so drawing never builds it.
import { startLabel } from '../../state/scenario';
import { plotValue, type Measure, type YScale } from './chartScale';
import { lastValue } from './chartText';
import type { ChartInput } from './drawIterationChart';

export interface ChartLine {
  readonly label: string;
  /** Points drawn (iterations 0…count − 1). */
  readonly count: number;
  /** The last point's value (f or ‖∇f‖) and its plotted value on the current axis. */
  readonly last: number;
  readonly plotted: number;
}

export interface ChartSeries {
  readonly scale: YScale;
  readonly axis: string;
  readonly lines: readonly ChartLine[];
  readonly band: boolean;
  readonly paths: number;
  /** The iteration the cursor line marks, or null (live). */
  readonly cursor: number | null;
  readonly redraws: number;
  /** Milliseconds the last redraw took (fold, scale, draw, text). */
  readonly ms: number;
}

const drawn: Record<Measure, { input: ChartInput; axis: string; redraws: number; ms: number } | null> = { cost: null, grad: null };

/** Notes what a chart drew (references only). Mutates the module's record. */
export function noteDrawn(measure: Measure, input: ChartInput, axis: string, ms: number): void {
  const prev = drawn[measure];
  if (prev === null) drawn[measure] = { input, axis, redraws: 1, ms };
  else { prev.input = input; prev.axis = axis; prev.redraws++; prev.ms = ms; }
}

/** Forgets a chart that was removed. */
export function forgetDrawn(measure: Measure): void { drawn[measure] = null; }

/** The series a chart last drew, or null if it has not drawn. Pure read. */
export function chartSeries(measure: Measure): ChartSeries | null {
  const d = drawn[measure];
  if (d === null) return null;
  const { input, axis, redraws, ms } = d;
  const col = measure === 'cost' ? 2 : 3;
  const lines = input.lines.flatMap((k) => {
    const p = input.paths[k];
    if (p === undefined) return [];
    const last = lastValue(p, col);
    return [{ label: startLabel(p.index), count: p.run.count, last, plotted: plotValue(last, input.scale.log, input.scale.offset) }];
  });
  return { scale: input.scale, axis, lines, band: input.showBand, paths: input.paths.length, cursor: input.cursor, redraws, ms };
}
