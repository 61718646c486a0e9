// Draws the data view on a 2D canvas: axes, the data, each path's line with its equation, the selected path's
// residuals (segments or squares) and start handles, the answer and the probe (dashed). Mutates only the canvas.
import type { ViewFacts } from './dataFacts';
import { labelSlots, type LabelSlots } from './labelSlots';
import {
  equationText, frameTicks, HANDLE_PX, handleXs, handleY, modelAt, squareRect, toPx, toPy, type Model, type PlotFrame,
} from './plotMaths';
import { formatNumber } from '../format';

/** One path's line as drawn: its colour, its current line in data units, and whether it is the selected one. */
export interface DrawnLine {
  color: string;
  slope: number;
  intercept: number;
}

export interface DataScene {
  facts: ViewFacts;
  frame: PlotFrame;
  lines: DrawnLine[];
  lineCount: number;
  /** Index into lines of the focused path (residuals, handles), or −1. */
  focus: number;
  /** The focused path's start line (where its handles sit), in data units. */
  startSlope: number;
  startIntercept: number;
  best: { slope: number; intercept: number } | null;
  probe: { slope: number; intercept: number } | null;
  squares: boolean;
  /** Points of the focused path's current mini-batch (flags per point), or null. */
  inBatch: Uint8Array | null;
  /** The chosen data point (keyboard or click), or −1. */
  chosen: number;
}

const FONT = '13px system-ui, sans-serif';
const EQ_FONT = '600 13px system-ui, sans-serif';
const _r = new Float64Array(4);
const slots: LabelSlots = labelSlots();

/** The part of the line y = model(x) inside the frame, as a polyline (a straight line needs two points, a sigmoid more). */
function strokeModel(ctx: CanvasRenderingContext2D, f: PlotFrame, model: Model, slope: number, intercept: number): void {
  const n = model === 'logistic' ? 64 : 1;
  const span = f.y1 - f.y0, lo = f.y0 - 50 * span, hi = f.y1 + 50 * span;
  ctx.beginPath();
  for (let i = 0; i <= n; i++) {
    const x = f.x0 + ((f.x1 - f.x0) * i) / n;
    const y = Math.min(hi, Math.max(lo, modelAt(model, slope, intercept, x)));
    if (i === 0) ctx.moveTo(toPx(f, x), toPy(f, y)); else ctx.lineTo(toPx(f, x), toPy(f, y));
  }
  ctx.stroke();
}

const CANDIDATES = [0.62, 0.35, 0.85, 0.15, 0.5, 0.75, 0.25];

/**
 * Where a line's equation goes: the first of a few places along the line that lies inside the plot and (unless
 * forced) overlaps no label drawn before it. Writes out = [x, y]; returns false when none fits.
 */
function labelAt(f: PlotFrame, model: Model, l: DrawnLine, tw: number, th: number, force: boolean, out: Float64Array): boolean {
  for (const t of CANDIDATES) {
    const x = f.x0 + t * (f.x1 - f.x0), y = modelAt(model, l.slope, l.intercept, x);
    const px = toPx(f, x) - tw / 2, py = toPy(f, y) - th - 6;
    if (px < f.left + 2 || px + tw > f.left + f.width - 2 || py < f.top + 2 || py + th > f.top + f.height - 2) continue;
    if (!slots.take(px, py, tw, th) && !force) continue;
    out[0] = px; out[1] = py;
    return true;
  }
  return false;
}

/** Draws the whole view at CSS size w × h. */
export function drawDataView(ctx: CanvasRenderingContext2D, s: DataScene, w: number, h: number): void {
  const f = s.frame, { facts } = s, model = facts.model;
  ctx.clearRect(0, 0, w, h);
  if (f.width <= 10 || f.height <= 10) return;
  const ticks = frameTicks(f);

  // Grid, ticks and axis labels.
  ctx.font = FONT;
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#22304a';
  ctx.fillStyle = '#9fb0c8';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of ticks.xs) {
    const X = Math.round(toPx(f, t)) + 0.5;
    ctx.beginPath(); ctx.moveTo(X, f.top); ctx.lineTo(X, f.top + f.height); ctx.stroke();
    ctx.fillText(formatNumber(t, 3), X, f.top + f.height + 5);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of ticks.ys) {
    const Y = Math.round(toPy(f, t)) + 0.5;
    ctx.beginPath(); ctx.moveTo(f.left, Y); ctx.lineTo(f.left + f.width, Y); ctx.stroke();
    ctx.fillText(formatNumber(t, 3), f.left - 6, Y);
  }
  ctx.strokeStyle = '#3a4d6e';
  ctx.strokeRect(f.left + 0.5, f.top + 0.5, f.width - 1, f.height - 1);
  ctx.fillStyle = '#c9d5e3';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(facts.xLabel, f.left + f.width / 2, h - 2);
  ctx.save();
  ctx.translate(13, f.top + f.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = 'middle';
  ctx.fillText(facts.yLabel, 0, 0);
  ctx.restore();

  ctx.save();
  ctx.beginPath();
  ctx.rect(f.left, f.top, f.width, f.height);
  ctx.clip();

  const focus = s.focus >= 0 ? s.lines[s.focus] : undefined;
  const xs = facts.xs, ys = facts.ys, m = xs.length;

  // The focused path's residuals: vertical segments from each point to its line, or squares of side |r|.
  if (focus !== undefined) {
    ctx.strokeStyle = focus.color;
    if (s.squares) {
      ctx.fillStyle = focus.color;
      ctx.globalAlpha = 0.16;
      for (let i = 0; i < m; i++) {
        squareRect(f, model, focus.slope, focus.intercept, xs[i] as number, ys[i] as number, _r);
        ctx.fillRect(_r[0] as number, _r[1] as number, _r[2] as number, _r[3] as number);
      }
      ctx.globalAlpha = 0.5;
      for (let i = 0; i < m; i++) {
        squareRect(f, model, focus.slope, focus.intercept, xs[i] as number, ys[i] as number, _r);
        ctx.strokeRect(_r[0] as number, _r[1] as number, _r[2] as number, _r[3] as number);
      }
    } else {
      ctx.globalAlpha = 0.7;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (let i = 0; i < m; i++) {
        const x = xs[i] as number, X = toPx(f, x);
        ctx.moveTo(X, toPy(f, ys[i] as number));
        ctx.lineTo(X, toPy(f, modelAt(model, focus.slope, focus.intercept, x)));
      }
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
  }

  // The data: points in the focused path's mini-batch drawn larger and ringed; the chosen point ringed in cyan.
  const dot = m > 300 ? 2.2 : 3.8;
  ctx.fillStyle = s.inBatch ? 'rgba(230, 237, 245, 0.35)' : 'rgba(230, 237, 245, 0.9)';
  if (m > 300) {
    // Many points: small squares, far cheaper to fill than as many arcs.
    for (let i = 0; i < m; i++) {
      if (s.inBatch?.[i]) continue;
      ctx.fillRect(toPx(f, xs[i] as number) - dot, toPy(f, ys[i] as number) - dot, 2 * dot, 2 * dot);
    }
  } else {
    ctx.beginPath();
    for (let i = 0; i < m; i++) {
      if (s.inBatch?.[i]) continue;
      const X = toPx(f, xs[i] as number), Y = toPy(f, ys[i] as number);
      ctx.moveTo(X + dot, Y); ctx.arc(X, Y, dot, 0, 2 * Math.PI);
    }
    ctx.fill();
  }
  if (s.inBatch) {
    ctx.fillStyle = '#ffd166';
    ctx.strokeStyle = '#0b1220';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    for (let i = 0; i < m; i++) {
      if (!s.inBatch[i]) continue;
      const X = toPx(f, xs[i] as number), Y = toPy(f, ys[i] as number);
      ctx.moveTo(X + dot + 2, Y); ctx.arc(X, Y, dot + 2, 0, 2 * Math.PI);
    }
    ctx.fill(); ctx.stroke();
  }
  if (s.chosen >= 0 && s.chosen < m) {
    ctx.strokeStyle = '#19e3ff';
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.arc(toPx(f, xs[s.chosen] as number), toPy(f, ys[s.chosen] as number), dot + 5, 0, 2 * Math.PI);
    ctx.stroke();
  }

  // The answer and the probe: dashed.
  ctx.lineWidth = 1.8;
  if (s.best) {
    ctx.setLineDash([8, 5]);
    ctx.strokeStyle = 'rgba(245, 247, 250, 0.8)';
    strokeModel(ctx, f, model, s.best.slope, s.best.intercept);
  }
  if (s.probe) {
    ctx.setLineDash([3, 4]);
    ctx.strokeStyle = '#c4b5fd';
    ctx.lineWidth = 2.2;
    strokeModel(ctx, f, model, s.probe.slope, s.probe.intercept);
  }
  ctx.setLineDash([]);

  // Each path's current line; the focused one last and thicker, with its start line and handles.
  const many = s.lineCount > 100;
  ctx.globalAlpha = many ? 0.45 : 0.95;
  ctx.lineWidth = many ? 1 : 2;
  for (let i = 0; i < s.lineCount; i++) {
    const l = s.lines[i] as DrawnLine;
    if (i === s.focus) continue;
    ctx.strokeStyle = l.color;
    strokeModel(ctx, f, model, l.slope, l.intercept);
  }
  ctx.globalAlpha = 1;
  if (focus !== undefined) {
    ctx.strokeStyle = focus.color;
    ctx.lineWidth = 3.5;
    strokeModel(ctx, f, model, focus.slope, focus.intercept);
    // Its start line, thin and dashed where it differs, and the two handles that move the start.
    ctx.lineWidth = 1.5;
    ctx.setLineDash([2, 3]);
    strokeModel(ctx, f, model, s.startSlope, s.startIntercept);
    ctx.setLineDash([]);
    handleXs(f, model, s.startSlope, s.startIntercept, _r);
    ctx.fillStyle = '#0b1220';
    ctx.lineWidth = 3;
    for (let j = 0; j < 2; j++) {
      const x = _r[j] as number, y = modelAt(model, s.startSlope, s.startIntercept, x);
      // A handle of a line that misses the plot is drawn on its edge, hollow, still to be grabbed.
      ctx.beginPath();
      ctx.arc(toPx(f, x), handleY(f, toPy(f, y)), HANDLE_PX, 0, 2 * Math.PI);
      ctx.fill(); ctx.stroke();
    }
  }

  // Equations beside their lines, decluttered: the focused path's always, others while they do not overlap.
  ctx.font = EQ_FONT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  slots.clear();
  const th = 16;
  const label = (l: DrawnLine, force: boolean) => {
    const text = equationText(model, l.slope, l.intercept), tw = ctx.measureText(text).width + 8;
    if (!labelAt(f, model, l, tw, th, force, _r)) return;
    const x = _r[0] as number, y = _r[1] as number;
    ctx.fillStyle = 'rgba(11, 18, 32, 0.82)';
    ctx.fillRect(x, y, tw, th);
    ctx.fillStyle = l.color;
    ctx.fillText(text, x + 4, y + 1);
  };
  if (focus !== undefined) label(focus, true);
  if (s.lineCount <= 12) for (let i = 0; i < s.lineCount; i++) if (i !== s.focus) label(s.lines[i] as DrawnLine, false);
  ctx.restore();
}
