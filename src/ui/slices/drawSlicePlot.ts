// The side plot's drawing: the two slices through the head side by side, each with its tangent line and the
// head marked, on a 2D canvas. Plain canvas calls: no closures or arrays per draw (only the two label strings).
import { tangentAt, type SliceFigure } from '../../core/landscape/slices';

export const PLOT_COLORS = { x: '#ff6ec7', y: '#6ecbff', axis: '#2a3a57', text: '#9fb3c8' } as const;

/** Lowest and highest finite value of a[0..n). Writes into out. */
function range(a: Float64Array, n: number, out: [number, number]): void {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) { const v = a[i]!; if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; } }
  out[0] = lo; out[1] = hi;
}
const _r: [number, number] = [0, 0];
const DASHED = [5, 3], SOLID: number[] = [];

/** The panel being drawn: its box, t range and f range (module scratch, so a draw makes no closures). */
const _p = { left: 0, top: 0, w: 0, h: 0, t1: 0, t2: 0, lo: 0, hi: 0 };
/** Canvas x of parameter t in the current panel. */
const X = (t: number): number => _p.left + ((t - _p.t1) / (_p.t2 - _p.t1 || 1)) * _p.w;
/** Canvas y of cost f in the current panel. */
const Y = (f: number): number => _p.top + _p.h - ((f - _p.lo) / (_p.hi - _p.lo)) * _p.h;

/** One panel: a slice (ts, fs) through (t0, f0) with slope `slope`, in the box (left, top, w, h). */
function panel(g: CanvasRenderingContext2D, ts: Float64Array, fs: Float64Array, n: number, t0: number, f0: number, slope: number,
  left: number, top: number, w: number, h: number, color: string, label: string): void {
  range(fs, n, _r);
  let lo = _r[0], hi = _r[1];
  if (!(hi > lo)) { lo = f0 - 1; hi = f0 + 1; }
  const pad = 0.08 * (hi - lo); lo -= pad; hi += pad;
  const t1 = ts[0]!, t2 = ts[n - 1]!;
  _p.left = left; _p.top = top; _p.w = w; _p.h = h; _p.t1 = t1; _p.t2 = t2; _p.lo = lo; _p.hi = hi;
  g.strokeStyle = PLOT_COLORS.axis; g.lineWidth = 1; g.strokeRect(left, top, w, h);
  g.save();
  g.beginPath(); g.rect(left, top, w, h); g.clip();
  g.strokeStyle = color; g.lineWidth = 2; g.beginPath();
  let pen = false;
  for (let i = 0; i < n; i++) {
    const f = fs[i]!;
    if (!Number.isFinite(f)) { pen = false; continue; }
    if (pen) g.lineTo(X(ts[i]!), Y(f)); else { g.moveTo(X(ts[i]!), Y(f)); pen = true; }
  }
  g.stroke();
  g.strokeStyle = color; g.lineWidth = 1.5; g.setLineDash(DASHED); g.beginPath();
  g.moveTo(X(t1), Y(tangentAt(t0, f0, slope, t1))); g.lineTo(X(t2), Y(tangentAt(t0, f0, slope, t2))); g.stroke();
  g.setLineDash(SOLID);
  g.fillStyle = color; g.beginPath(); g.arc(X(t0), Y(f0), 4, 0, 2 * Math.PI); g.fill();
  g.restore();
  g.fillStyle = PLOT_COLORS.text; g.fillText(label, left + 4, top + 12);
}

/**
 * Draws fig into the canvas, sized to its box at the device's pixel ratio: f along the first axis on the left,
 * along the second on the right. `names` are the axis and cost letters.
 */
export function drawSlicePlot(canvas: HTMLCanvasElement, fig: SliceFigure, names: { readonly axes: readonly [string, string]; readonly cost: string }): void {
  const dpr = window.devicePixelRatio || 1, cw = canvas.clientWidth, ch = canvas.clientHeight;
  const W = Math.max(1, Math.round(cw * dpr)), H = Math.max(1, Math.round(ch * dpr));
  if (canvas.width !== W) canvas.width = W;
  if (canvas.height !== H) canvas.height = H;
  const g = canvas.getContext('2d');
  if (g === null) return;
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, cw, ch);
  g.font = '11px system-ui, sans-serif';
  const gap = 8, w = (cw - gap) / 2, [a, b] = names.axes, c = names.cost;
  panel(g, fig.tx, fig.fx, fig.n, fig.x0, fig.f0, fig.slopeX, 0.5, 0.5, w - 1, ch - 1, PLOT_COLORS.x, `${c}(${a}, ${b}₀) against ${a}`);
  panel(g, fig.ty, fig.fy, fig.n, fig.y0, fig.f0, fig.slopeY, w + gap + 0.5, 0.5, w - 1, ch - 1, PLOT_COLORS.y, `${c}(${a}₀, ${b}) against ${b}`);
}
