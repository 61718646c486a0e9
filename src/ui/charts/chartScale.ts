// What a chart's y axis plots. Linear: the value itself. Log: log₁₀ of the cost above the lowest known
// cost, f − f_min (the cost may be negative or zero), or of ‖∇f‖; zero (a path sitting exactly on f_min,
// or a zero gradient) has no logarithm and is drawn on the bottom edge.
import type { IterationBand } from './iterationBand';

export type Measure = 'cost' | 'grad';

/** Decades a log axis spans at most: smaller values are drawn on its bottom edge. */
export const LOG_DECADES = 16;

export interface YScale {
  readonly measure: Measure;
  readonly log: boolean;
  /** Subtracted before taking the logarithm: f_min for the cost on a log axis, else 0. */
  readonly offset: number;
  /** Where f_min comes from: the surface's lowest known minimum, or the lowest cost a path reached. */
  readonly offsetFrom: 'minimum' | 'reached' | null;
  /** Axis range in plotted units (log₁₀ units on a log axis). */
  readonly lo: number;
  readonly hi: number;
}

/** The plotted value of v: v itself, or log₁₀(v − offset) (−∞ where v − offset ≤ 0). Pure. */
export function plotValue(v: number, log: boolean, offset: number): number {
  if (!log) return v;
  const d = v - offset;
  return d > 0 ? Math.log10(d) : -Infinity;
}

/** The value a plotted one stands for (inverse of plotValue). Pure. */
export function unplotValue(y: number, log: boolean, offset: number): number {
  return log ? 10 ** y + offset : y;
}

/**
 * The y scale for a measure from the band of every path: on a log axis the cost is measured from f_min, the
 * lower of the surface's lowest known minimum (knownMin, null if none) and the lowest cost reached, so that
 * f − f_min ≥ 0 for every point. Range: the band's extent, padded; a log axis spans at most LOG_DECADES. Pure.
 */
export function yScaleFor(band: IterationBand, measure: Measure, log: boolean, knownMin: number | null): YScale {
  const cost = measure === 'cost';
  let offset = 0, offsetFrom: YScale['offsetFrom'] = null;
  if (cost && log) {
    const known = knownMin ?? Infinity;
    offsetFrom = known <= band.lowestF ? 'minimum' : 'reached';
    offset = Math.min(known, band.lowestF);
    if (!Number.isFinite(offset)) { offset = 0; offsetFrom = null; }
  }
  const mins = cost ? band.fMin : band.gMin, maxs = cost ? band.fMax : band.gMax;
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < band.length; i++) {
    const a = plotValue(mins[i] as number, log, offset), b = plotValue(maxs[i] as number, log, offset);
    // −∞ (no logarithm) sits on the bottom edge and does not set the range.
    if (a > -Infinity && a < lo) lo = a;
    if (b > -Infinity && b < lo) lo = b;
    if (b > hi) hi = b;
  }
  if (!(hi > -Infinity) || !(lo < Infinity)) return { measure, log, offset, offsetFrom, lo: 0, hi: 1 };
  if (log) {
    // Whole decades, so the ticks are powers of ten.
    const top = Math.ceil(hi), bottom = Math.floor(Math.max(lo, hi - LOG_DECADES));
    return { measure, log, offset, offsetFrom, lo: bottom < top ? bottom : top - 1, hi: top };
  }
  const pad = hi > lo ? 0.05 * (hi - lo) : Math.abs(hi) * 0.1 || 1;
  // ‖∇f‖ is never negative: its axis does not dip below 0 for padding.
  return { measure, log, offset, offsetFrom, lo: cost ? lo - pad : Math.max(0, lo - pad), hi: hi + pad };
}
