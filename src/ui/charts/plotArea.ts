// Where a chart's plot sits in its canvas, and the mapping between iterations/values and pixels.
import { plotValue, type YScale } from './chartScale';

/** Margins in CSS pixels (drawn for a 15 px root font): room for y tick labels on the left and x labels below. */
export const MARGIN = { left: 50, right: 10, top: 8, bottom: 22 } as const;

export interface PlotArea {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** The last iteration on the x axis (at least 1). */
  readonly span: number;
}

/** The plot rectangle of a w × h chart whose x axis runs from iteration 0 to length − 1. Pure. */
export function plotArea(w: number, h: number, length: number): PlotArea {
  return { x: MARGIN.left, y: MARGIN.top, w: Math.max(1, w - MARGIN.left - MARGIN.right), h: Math.max(1, h - MARGIN.top - MARGIN.bottom), span: Math.max(1, length - 1) };
}

/** Pixel x of iteration i. Pure. */
export const pixelX = (a: PlotArea, i: number): number => a.x + (i / a.span) * a.w;

/** Iteration nearest to pixel x, within the axis. Pure. */
export function iterationAt(a: PlotArea, x: number): number {
  const i = Math.round(((x - a.x) / a.w) * a.span);
  return i < 0 ? 0 : i > a.span ? a.span : i;
}

/** Pixel y of a plotted value: −∞ on the bottom edge, far values held a few heights off so the canvas never sees huge numbers. Pure. */
export function pixelY(a: PlotArea, s: YScale, plotted: number): number {
  if (plotted === -Infinity) return a.y + a.h;
  const y = a.y + (1 - (plotted - s.lo) / (s.hi - s.lo)) * a.h;
  return y < a.y - 4 * a.h ? a.y - 4 * a.h : y > a.y + 5 * a.h ? a.y + 5 * a.h : y;
}

/** Pixel y of a raw value v (f or ‖∇f‖) on scale s. Pure. */
export const valueY = (a: PlotArea, s: YScale, v: number): number => pixelY(a, s, plotValue(v, s.log, s.offset));
