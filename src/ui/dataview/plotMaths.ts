// The data view's pure maths: the data ↔ pixel transform, the line through two handles, equation text,
// and the residual squares. No DOM, so every piece is tested on its own.
import { niceTicks } from '../../core/landscape/ticks';

export type Model = 'linear' | 'logistic';

/** The plot rectangle (CSS px) and the data ranges it shows. Mutable so a redraw can refit it in place. */
export interface PlotFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export const createPlotFrame = (): PlotFrame => ({ left: 0, top: 0, width: 1, height: 1, x0: 0, x1: 1, y0: 0, y1: 1 });

/** Pixel x of data x. Pure. */
export const toPx = (f: PlotFrame, x: number): number => f.left + ((x - f.x0) / (f.x1 - f.x0)) * f.width;
/** Pixel y of data y (y up on screen). Pure. */
export const toPy = (f: PlotFrame, y: number): number => f.top + (1 - (y - f.y0) / (f.y1 - f.y0)) * f.height;
/** Data x of pixel x. Pure. */
export const fromPx = (f: PlotFrame, px: number): number => f.x0 + ((px - f.left) / f.width) * (f.x1 - f.x0);
/** Data y of pixel y. Pure. */
export const fromPy = (f: PlotFrame, py: number): number => f.y0 + (1 - (py - f.top) / f.height) * (f.y1 - f.y0);

/**
 * Fits the frame's data ranges to the points (padded 6 % in x, 10 % in y, and for logistic y fixed to
 * [−0.1, 1.1]) and its rectangle to the box minus margins. Mutates f only.
 */
export function fitFrame(
  f: PlotFrame, xs: ArrayLike<number>, ys: ArrayLike<number>, model: Model,
  box: { left: number; top: number; width: number; height: number },
): void {
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number, y = ys[i] as number;
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  if (!(xMax >= xMin)) { xMin = 0; xMax = 1; }
  if (!(yMax >= yMin)) { yMin = 0; yMax = 1; }
  const padX = 0.06 * (xMax - xMin || 1), padY = 0.1 * (yMax - yMin || 1);
  f.x0 = xMin - padX; f.x1 = xMax + padX;
  if (model === 'logistic') { f.y0 = -0.1; f.y1 = 1.1; } else { f.y0 = yMin - padY; f.y1 = yMax + padY; }
  f.left = box.left; f.top = box.top; f.width = Math.max(1, box.width); f.height = Math.max(1, box.height);
}

/** Round ticks for both axes, about one per 80 px across and 50 px up. Pure. */
export function frameTicks(f: PlotFrame): { xs: number[]; ys: number[] } {
  return {
    xs: niceTicks(f.x0, f.x1, Math.max(2, Math.round(f.width / 80))),
    ys: niceTicks(f.y0, f.y1, Math.max(2, Math.round(f.height / 50))),
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
/** The model's prediction: slope·x + intercept, or σ of it for logistic. Pure. */
export const modelAt = (model: Model, slope: number, intercept: number, x: number): number =>
  model === 'logistic' ? sigmoid(slope * x + intercept) : slope * x + intercept;

/**
 * The two x positions where a line's handles sit: 20 % and 80 % along the part of the line inside the plot, so both
 * can be grabbed; 20 % and 80 % across the plot when the line misses it. out = [xa, xb], xa < xb. Mutates out only.
 */
export function handleXs(f: PlotFrame, model: Model, slope: number, intercept: number, out: Float64Array): void {
  let lo = f.x0, hi = f.x1;
  if (model === 'linear' && slope !== 0 && Number.isFinite(slope)) {
    // x where the line crosses y0 and y1, ordered; the visible part is their overlap with [x0, x1].
    const a = (f.y0 - intercept) / slope, b = (f.y1 - intercept) / slope;
    lo = Math.max(lo, Math.min(a, b)); hi = Math.min(hi, Math.max(a, b));
  } else if (model === 'linear' && !(intercept >= f.y0 && intercept <= f.y1)) hi = lo - 1;
  // Too short a visible piece (under 10 % of the width): the handles go back to the plot's own 20 % and 80 %.
  if (!(hi - lo > 0.1 * (f.x1 - f.x0))) { lo = f.x0; hi = f.x1; }
  out[0] = lo + 0.2 * (hi - lo);
  out[1] = lo + 0.8 * (hi - lo);
}

/** Handle radius, px. */
export const HANDLE_PX = 7;
/** Pixel y where a handle at line height py is drawn: on the plot's edge when the line runs off it. Pure. */
export const handleY = (f: PlotFrame, py: number): number => Math.min(f.top + f.height - HANDLE_PX, Math.max(f.top + HANDLE_PX, py));

/** Probabilities a logistic handle may be dragged to: σ⁻¹ stays finite. */
const P_MIN = 0.005;

/**
 * The line through two handles (xa, ya) and (xb, yb) in data units: out[0] = slope, out[1] = intercept. For logistic
 * the ys are probabilities (clamped to [0.005, 0.995]) and the line is the one in logit space. xa ≠ xb. Mutates out only.
 */
export function lineThroughHandles(model: Model, xa: number, ya: number, xb: number, yb: number, out: Float64Array): void {
  const link = (y: number): number => {
    if (model !== 'logistic') return y;
    const p = Math.min(1 - P_MIN, Math.max(P_MIN, y));
    return Math.log(p / (1 - p));
  };
  const za = link(ya), zb = link(yb);
  const slope = (zb - za) / (xb - xa);
  out[0] = slope;
  out[1] = za - slope * xa;
}

/** A coefficient as shown in an equation: 3 significant digits, no trailing zeros, never "-0". Pure. */
export function coefText(v: number): string {
  if (!Number.isFinite(v)) return '∞';
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return a.toExponential(2).replace(/\.?0+e/, 'e').replace('e+', 'e');
  const s = String(Number(a.toPrecision(3)));
  return s;
}

/** "y = 1.95x − 1.02" (linear) or "p = σ(1.95x + 1.02)" (logistic), with a true minus sign. Pure. */
export function equationText(model: Model, slope: number, intercept: number): string {
  const s = `${slope < 0 && coefText(slope) !== '0' ? '−' : ''}${coefText(slope)}x ${intercept < 0 && coefText(intercept) !== '0' ? '−' : '+'} ${coefText(intercept)}`;
  return model === 'logistic' ? `p = σ(${s})` : `y = ${s}`;
}

/** The residual r = prediction − y of the point (x, y) for a line. Pure. */
export function residual(model: Model, slope: number, intercept: number, x: number, y: number): number {
  return modelAt(model, slope, intercept, x) - y;
}

/**
 * The residual square of the point (x, y) as drawn, in CSS px: side |r| on the y scale both ways (so it is square on
 * screen), standing on the vertical segment from the point to the line, on its right. out = [left, top, width, height].
 * Each square's area over pxPerY² is r² in y units, so the drawn squares total Σ r². Mutates out only.
 */
export function squareRect(f: PlotFrame, model: Model, slope: number, intercept: number, x: number, y: number, out: Float64Array): void {
  const yHat = modelAt(model, slope, intercept, x);
  const side = Math.abs(yHat - y) * pxPerY(f);
  out[0] = toPx(f, x);
  out[1] = Math.min(toPy(f, y), toPy(f, yHat));
  out[2] = side;
  out[3] = side;
}

/** Σ rᵢ² over the points: the total area of the residual squares, in y units squared. Pure. */
export function squaresArea(model: Model, slope: number, intercept: number, xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    const r = residual(model, slope, intercept, xs[i] as number, ys[i] as number);
    s += r * r;
  }
  return s;
}

/** Pixels per y unit: a square of side |r| (y units) is |r|·this px wide and tall on screen. Pure. */
export const pxPerY = (f: PlotFrame): number => f.height / (f.y1 - f.y0);

/** Index of the point nearest pixel (px, py) within reach px, or −1. Pure. */
export function pointAt(f: PlotFrame, xs: ArrayLike<number>, ys: ArrayLike<number>, px: number, py: number, reach: number): number {
  let best = -1, bestD = reach * reach;
  for (let i = 0; i < xs.length; i++) {
    const dx = toPx(f, xs[i] as number) - px, dy = toPy(f, ys[i] as number) - py, d = dx * dx + dy * dy;
    if (d <= bestD) { bestD = d; best = i; }
  }
  return best;
}
