// Draws one "by iteration" chart on a 2D canvas straight from the trajectories: axes, the band of every
// path (when there are too many for lines), the line paths with the selected one on top, the timeline cursor.
// Long paths are thinned to one vertical span per pixel column, so drawing cost is bounded by the width.
import { TRAJ_STRIDE } from '../../core/descent/run';
import { niceTicks } from '../../core/landscape/ticks';
import { pathColor } from '../../state/palette';
import { formatCount, formatNumber } from '../format';
import type { YScale } from './chartScale';
import type { IterationBand, TrajSource } from './iterationBand';
import { MARGIN, pixelX, pixelY, plotArea, valueY, type PlotArea } from './plotArea';

export interface ChartPath extends TrajSource { readonly index: number }

export interface ChartInput {
  readonly paths: readonly ChartPath[];
  /** Positions in paths drawn as lines, the selected one last. */
  readonly lines: readonly number[];
  /** Position of the selected path, or −1. */
  readonly selected: number;
  readonly band: IterationBand;
  /** Whether the band is drawn (there are more paths than lines). */
  readonly showBand: boolean;
  readonly scale: YScale;
  /** The timeline's iteration, or null (live: no cursor line). */
  readonly cursor: number | null;
}

const FONT = '12px system-ui, sans-serif';
const GRID = '#22304a', FRAME = '#3a4d6e', TICK_TEXT = '#9fb0c8';

/** Strokes the values of column col of one trajectory, one vertical span per pixel column. Mutates the canvas. */
function strokeSeries(ctx: CanvasRenderingContext2D, a: PlotArea, s: YScale, traj: Float64Array, count: number, col: number): void {
  ctx.beginPath();
  let column = NaN, top = 0, bottom = 0, n = 0;
  for (let i = 0; i < count; i++) {
    const X = Math.round(pixelX(a, i)), Y = valueY(a, s, traj[i * TRAJ_STRIDE + col] as number);
    if (X === column) { if (Y < top) top = Y; if (Y > bottom) bottom = Y; n++; continue; }
    if (n > 1) { ctx.lineTo(column, top); ctx.lineTo(column, bottom); }
    if (i === 0) ctx.moveTo(X, Y); else ctx.lineTo(X, Y);
    column = X; top = bottom = Y; n = 1;
  }
  if (n > 1) { ctx.lineTo(column, top); ctx.lineTo(column, bottom); }
  if (count === 1) ctx.lineTo(column + 1.5, top);
  ctx.stroke();
}

/** Fills the band between the per-iteration minimum and maximum, one column at a time. Mutates the canvas. */
function fillBand(ctx: CanvasRenderingContext2D, a: PlotArea, s: YScale, lo: Float64Array, hi: Float64Array, length: number): void {
  ctx.beginPath();
  let column = NaN, edge = 0;
  for (let i = 0; i < length; i++) {
    const X = Math.round(pixelX(a, i)), Y = valueY(a, s, hi[i] as number);
    if (X === column) { if (Y < edge) edge = Y; continue; }
    if (i > 0) ctx.lineTo(column, edge);
    else ctx.moveTo(X, Y);
    column = X; edge = Y;
  }
  ctx.lineTo(column, edge);
  column = NaN;
  for (let i = length - 1; i >= 0; i--) {
    const X = Math.round(pixelX(a, i)), Y = valueY(a, s, lo[i] as number);
    if (X === column) { if (Y > edge) edge = Y; continue; }
    if (i < length - 1) ctx.lineTo(column, edge);
    column = X; edge = Y;
  }
  ctx.lineTo(column, edge);
  ctx.closePath();
  ctx.fill();
}

/** Grid lines and tick labels on both axes. Mutates the canvas. */
function drawAxes(ctx: CanvasRenderingContext2D, a: PlotArea, s: YScale): void {
  ctx.font = FONT;
  ctx.lineWidth = 1;
  ctx.strokeStyle = GRID;
  ctx.fillStyle = TICK_TEXT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of niceTicks(0, a.span, Math.max(2, Math.floor(a.w / 70)))) {
    if (t !== Math.round(t)) continue;
    const X = Math.round(pixelX(a, t)) + 0.5;
    ctx.beginPath(); ctx.moveTo(X, a.y); ctx.lineTo(X, a.y + a.h); ctx.stroke();
    // The last label may be wider than the margin: keep it inside the canvas.
    const text = formatCount(t), half = ctx.measureText(text).width / 2;
    ctx.fillText(text, Math.min(X, a.x + a.w + MARGIN.right - half - 1), a.y + a.h + 4);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const room = Math.max(2, Math.floor(a.h / 26));
  const ticks = s.log ? decades(s.lo, s.hi, room) : niceTicks(s.lo, s.hi, room);
  for (const t of ticks) {
    const Y = Math.round(pixelY(a, s, t)) + 0.5;
    ctx.beginPath(); ctx.moveTo(a.x, Y); ctx.lineTo(a.x + a.w, Y); ctx.stroke();
    ctx.fillText(s.log ? formatNumber(10 ** t, 2) : formatNumber(t, 3), a.x - 5, Y);
  }
  ctx.strokeStyle = FRAME;
  ctx.strokeRect(a.x + 0.5, a.y + 0.5, a.w - 1, a.h - 1);
}

/** Whole decades from lo to hi, every k-th so that at most `room` are labelled. Pure. */
export function decades(lo: number, hi: number, room: number): number[] {
  const step = Math.max(1, Math.ceil((hi - lo) / room));
  const out: number[] = [];
  for (let d = Math.ceil(lo); d <= hi; d += step) out.push(d);
  return out;
}

/** Draws the whole chart at CSS size w × h. Mutates only the canvas. Returns the plot area (for hover). */
export function drawIterationChart(ctx: CanvasRenderingContext2D, w: number, h: number, d: ChartInput): PlotArea {
  const a = plotArea(w, h, d.band.length);
  ctx.clearRect(0, 0, w, h);
  drawAxes(ctx, a, d.scale);
  ctx.save();
  ctx.beginPath();
  ctx.rect(a.x, a.y, a.w, a.h);
  ctx.clip();
  const col = d.scale.measure === 'cost' ? 2 : 3;
  if (d.showBand && d.band.length > 0) {
    ctx.fillStyle = 'rgba(159, 179, 200, 0.28)';
    const cost = d.scale.measure === 'cost';
    fillBand(ctx, a, d.scale, cost ? d.band.fMin : d.band.gMin, cost ? d.band.fMax : d.band.gMax, d.band.length);
  }
  ctx.lineJoin = 'round';
  for (const k of d.lines) {
    const p = d.paths[k];
    if (p === undefined || p.run.traj === null || p.run.count === 0) continue;
    const selected = k === d.selected;
    ctx.globalAlpha = selected ? 1 : 0.9;
    ctx.lineWidth = selected ? 3.5 : d.showBand ? 1.25 : 1.75;
    ctx.strokeStyle = pathColor(p.index);
    strokeSeries(ctx, a, d.scale, p.run.traj, p.run.count, col);
  }
  ctx.globalAlpha = 1;
  if (d.showBand) {
    // Says what the shading is where it is seen (the axis line above may be cut short on a narrow column).
    ctx.font = FONT;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'top';
    ctx.fillStyle = TICK_TEXT;
    ctx.fillText(`shaded: all ${formatCount(d.paths.length)} paths`, a.x + a.w - 4, a.y + 3);
  }
  if (d.cursor !== null) drawCursorLine(ctx, a, d.cursor);
  ctx.restore();
  return a;
}

const DASH = [4, 3], SOLID: number[] = [];

/** The timeline's cursor: a dashed vertical line at iteration `cursor` (clamped to the plot). Mutates the canvas. */
export function drawCursorLine(ctx: CanvasRenderingContext2D, a: PlotArea, cursor: number): void {
  const X = Math.round(pixelX(a, Math.min(Math.max(cursor, 0), a.span))) + 0.5;
  ctx.strokeStyle = '#e6edf5';
  ctx.lineWidth = 1.5;
  ctx.setLineDash(DASH);
  ctx.beginPath(); ctx.moveTo(X, a.y); ctx.lineTo(X, a.y + a.h); ctx.stroke();
  ctx.setLineDash(SOLID);
}
