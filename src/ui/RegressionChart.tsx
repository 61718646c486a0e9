// For a regression cost: the data, the least-squares line (dashed) and the line each path currently fits.
// Redrawn from the frame loop only when the paths, the iteration count, the selection or the size changed.
import { useEffect, useMemo, useRef } from 'react';
import { getDataset, isDatasetId, type Dataset } from '../core/surfaces/datasets';
import { leastSquares, predict, type LeastSquares } from '../core/surfaces/regression';
import { pathColor } from '../state/palette';
import { simulation, type PathSim } from '../state/simulation';
import { useDownhill } from '../state/store';
import { niceTicks } from '../core/landscape/ticks';
import { createCanvasBox, observeCanvasBox } from './canvasBox';
import { formatNumber } from './format';
import './readouts.css';
import { addThrottledAfterEffect } from './throttledAfterEffect';

interface ChartData {
  readonly dataset: Dataset;
  readonly ls: LeastSquares;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
}

/** Axis ranges (data padded a little, y also covering the best line) and their ticks. Pure. */
function chartData(dataset: Dataset): ChartData {
  const ls = leastSquares(dataset);
  const xMin = Math.min(...dataset.xs), xMax = Math.max(...dataset.xs);
  const padX = 0.06 * (xMax - xMin);
  const x0 = xMin - padX, x1 = xMax + padX;
  const ys = [...dataset.ys, predict(ls.w, ls.b, x0), predict(ls.w, ls.b, x1)];
  const yMin = Math.min(...ys), yMax = Math.max(...ys);
  const padY = 0.1 * (yMax - yMin || 1);
  const y0 = yMin - padY, y1 = yMax + padY;
  return { dataset, ls, x0, x1, y0, y1, xTicks: niceTicks(x0, x1, 5), yTicks: niceTicks(y0, y1, 4) };
}

const M = { left: 52, right: 12, top: 12, bottom: 44 };
const FONT = '13px system-ui, sans-serif';
const NO_PATHS: readonly PathSim[] = [];

/** Draws the whole chart at CSS size w × h with a line per path. Mutates only the canvas. */
function draw(
  ctx: CanvasRenderingContext2D, d: ChartData, w: number, h: number, paths: readonly PathSim[], selected: number | null,
): void {
  const pw = w - M.left - M.right, ph = h - M.top - M.bottom;
  ctx.clearRect(0, 0, w, h);
  if (pw <= 10 || ph <= 10) return;
  const sx = (x: number): number => M.left + ((x - d.x0) / (d.x1 - d.x0)) * pw;
  const sy = (y: number): number => M.top + (1 - (y - d.y0) / (d.y1 - d.y0)) * ph;

  // Grid and tick labels.
  ctx.font = FONT;
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#22304a';
  ctx.fillStyle = '#9fb0c8';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const t of d.xTicks) {
    const X = Math.round(sx(t)) + 0.5;
    ctx.beginPath(); ctx.moveTo(X, M.top); ctx.lineTo(X, M.top + ph); ctx.stroke();
    ctx.fillText(formatNumber(t, 3), X, M.top + ph + 5);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of d.yTicks) {
    const Y = Math.round(sy(t)) + 0.5;
    ctx.beginPath(); ctx.moveTo(M.left, Y); ctx.lineTo(M.left + pw, Y); ctx.stroke();
    ctx.fillText(formatNumber(t, 3), M.left - 6, Y);
  }
  ctx.strokeStyle = '#3a4d6e';
  ctx.strokeRect(M.left + 0.5, M.top + 0.5, pw - 1, ph - 1);

  // Axis labels.
  ctx.fillStyle = '#c9d5e3';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(d.dataset.xLabel, M.left + pw / 2, h - 2);
  ctx.save();
  ctx.translate(12, M.top + ph / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = 'middle';
  ctx.fillText(d.dataset.yLabel, 0, 0);
  ctx.restore();

  ctx.save();
  ctx.beginPath();
  ctx.rect(M.left, M.top, pw, ph);
  ctx.clip();

  // The data.
  ctx.fillStyle = 'rgba(230, 237, 245, 0.85)';
  const xs = d.dataset.xs, ys = d.dataset.ys;
  for (let i = 0; i < xs.length; i++) {
    ctx.beginPath();
    ctx.arc(sx(xs[i] ?? 0), sy(ys[i] ?? 0), 3.5, 0, 2 * Math.PI);
    ctx.fill();
  }

  // The least-squares line, dashed.
  ctx.setLineDash([7, 5]);
  ctx.strokeStyle = 'rgba(230, 237, 245, 0.7)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(sx(d.x0), sy(predict(d.ls.w, d.ls.b, d.x0)));
  ctx.lineTo(sx(d.x1), sy(predict(d.ls.w, d.ls.b, d.x1)));
  ctx.stroke();
  ctx.setLineDash([]);

  // Each path's current line ŷ = w x + b (w, b = the run's position); the selected one last and thicker.
  const many = paths.length > 100;
  ctx.globalAlpha = many ? 0.45 : 0.95;
  ctx.lineWidth = many ? 1 : 2;
  let sel = -1;
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i];
    if (p === undefined) continue;
    if (p.startId === selected) { sel = i; continue; }
    line(ctx, p.run.x, p.run.y, pathColor(p.index), d, sx, sy);
  }
  const s = paths[sel];
  if (s !== undefined) {
    ctx.globalAlpha = 1;
    ctx.lineWidth = 3.5;
    line(ctx, s.run.x, s.run.y, pathColor(s.index), d, sx, sy);
  }
  ctx.globalAlpha = 1;
  ctx.restore();
}

function line(
  ctx: CanvasRenderingContext2D, w: number, b: number, color: string, d: ChartData,
  sx: (x: number) => number, sy: (y: number) => number,
): void {
  const ya = predict(w, b, d.x0), yb = predict(w, b, d.x1);
  if (!(Number.isFinite(ya) && Number.isFinite(yb))) return;
  // Clamp far-off values so the canvas never sees huge coordinates; the clip hides the rest.
  const span = d.y1 - d.y0, lo = d.y0 - 100 * span, hi = d.y1 + 100 * span;
  ctx.strokeStyle = color;
  ctx.beginPath();
  ctx.moveTo(sx(d.x0), sy(Math.min(Math.max(ya, lo), hi)));
  ctx.lineTo(sx(d.x1), sy(Math.min(Math.max(yb, lo), hi)));
  ctx.stroke();
}

export function RegressionChart() {
  const spec = useDownhill((s) => s.scenario.surface);
  const datasetId = spec.kind === 'regression' && isDatasetId(spec.dataset) ? spec.dataset : null;
  const data = useMemo(() => (datasetId === null ? null : chartData(getDataset(datasetId))), [datasetId]);
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const box = wrap.current, cv = canvas.current, ctx = cv?.getContext('2d');
    if (data === null || !box || !cv || !ctx) return;
    // k: the chart (text, margins, lines) scales with the page's root text size, drawn for 15 px.
    const size = createCanvasBox();
    // What the canvas last showed; -1 forces a redraw.
    let version = -1, iterations = -1, selected: number | null = null, paths: unknown = null;

    const redraw = () => {
      version = simulation.version; iterations = simulation.iterations; paths = simulation.paths;
      selected = useDownhill.getState().selected;
      const { w, h, dpr, k } = size;
      ctx.setTransform(dpr * k, 0, 0, dpr * k, 0, 0);
      // Only the paths of this dataset's cost are lines through these data.
      const live = simulation.spec?.kind === 'regression' && simulation.spec.dataset === data.dataset.id;
      draw(ctx, data, w / k, h / k, live ? simulation.paths : NO_PATHS, selected);
    };

    const unobserve = observeCanvasBox(box, cv, size, redraw);

    const remove = addThrottledAfterEffect(() => {
      if (simulation.version === version && simulation.iterations === iterations && simulation.paths === paths
        && useDownhill.getState().selected === selected) return;
      redraw();
    });
    // Projector mode's palette redraws at once, even with no frame to follow.
    const unsubscribe = useDownhill.subscribe((s, prev) => { if (s.scenario.projector !== prev.scenario.projector) redraw(); });
    return () => { remove(); unobserve(); unsubscribe(); };
  }, [data]);

  if (data === null) return null;
  return (
    <section className="rc" aria-labelledby="rc-title">
      <h2 id="rc-title" className="rc-title">The data behind <span className="as-written">J(w, b)</span></h2>
      <div ref={wrap} className="rc-wrap">
        <canvas ref={canvas} className="rc-canvas" role="img" aria-label="Data points and the line each path currently fits" />
      </div>
      <p className="rc-caption">Each point of the landscape is one line through these data; the cost is how badly it fits.</p>
      <p className="rc-legend">
        <span className="rc-key rc-key-data" aria-hidden="true" /> data
        <span className="rc-key rc-key-best" aria-hidden="true" /> least-squares line
        <span className="rc-key rc-key-path" aria-hidden="true" /> each path&rsquo;s current line, in its colour
      </p>
    </section>
  );
}
