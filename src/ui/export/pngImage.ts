// "Export PNG": the shown views captured from the canvas (at its size or 2×), with the lesson title and a legend
// of the paths (letter, colour, start, η, optimizer, outcome) drawn into the image.
import { optimizerNames } from '../../core/descent/optimizers';
import { captureViews, type CapturedView } from '../../state/viewCapture';

/** One legend row: what a worksheet needs to name a path and reproduce it. */
export interface LegendRow {
  readonly label: string;
  readonly color: string;
  readonly x0: number;
  readonly y0: number;
  readonly lr: number;
  readonly optimizer: keyof typeof optimizerNames;
  readonly outcome: string;
}

/** Rows listed at most; the rest are counted. */
export const LEGEND_ROWS = 12;

const num = (v: number): string => (v === 0 ? '0' : Math.abs(v) >= 1e4 || Math.abs(v) < 1e-3 ? v.toExponential(2) : String(Number(v.toPrecision(4))));

/** The legend's lines of text for rows (at most LEGEND_ROWS, then "…and n more paths"). Pure. */
export function legendLines(rows: readonly LegendRow[]): string[] {
  const lines = rows.slice(0, LEGEND_ROWS).map((r) =>
    `${r.label}  start (${num(r.x0)}, ${num(r.y0)})  η = ${num(r.lr)}  ${optimizerNames[r.optimizer]}  ${r.outcome}`);
  if (rows.length > LEGEND_ROWS) lines.push(`…and ${rows.length - LEGEND_ROWS} more paths`);
  return lines;
}

/** Draws a block of text lines on a dark box at (x, y) (top-left), with an optional colour swatch per line. */
function textBox(ctx: CanvasRenderingContext2D, lines: readonly string[], x: number, y: number, px: number, swatches: readonly (string | null)[] = []): void {
  ctx.font = `${px}px system-ui, sans-serif`;
  const lh = Math.round(px * 1.35), pad = Math.round(px * 0.5), sw = swatches.length > 0 ? Math.round(px * 1.2) : 0;
  const w = Math.max(...lines.map((l) => ctx.measureText(l).width)) + 2 * pad + sw;
  ctx.fillStyle = 'rgba(11, 18, 32, 0.82)';
  ctx.fillRect(x, y, Math.ceil(w), lines.length * lh + 2 * pad);
  ctx.textBaseline = 'middle';
  lines.forEach((l, i) => {
    const cy = y + pad + i * lh + lh / 2, color = swatches[i];
    if (color) { ctx.fillStyle = color; ctx.fillRect(x + pad, cy - px * 0.35, px * 0.7, px * 0.7); }
    ctx.fillStyle = '#e8eef6';
    ctx.fillText(l, x + pad + sw, cy);
  });
}

/** Names each view in its top-right corner when both are shown. */
function viewNames(ctx: CanvasRenderingContext2D, views: readonly CapturedView[], px: number): void {
  if (views.length < 2) return;
  for (const v of views) {
    const text = v.name === '3d' ? '3D view' : 'Map';
    ctx.font = `${px}px system-ui, sans-serif`;
    const w = ctx.measureText(text).width + px;
    textBox(ctx, [text], v.x + v.width - Math.ceil(w) - px, v.y + px, px);
  }
}

/**
 * The image of the views at scale (1 or 2) × the canvas's device pixels, with title (skipped when empty) and
 * legend, as a PNG Blob; null when there is no canvas to capture.
 */
export async function viewPng(scale: number, title: string, rows: readonly LegendRow[]): Promise<Blob | null> {
  const out = document.createElement('canvas');
  let shown: readonly CapturedView[] = [], k = 1, snapshot: Promise<ImageBitmap> | null = null;
  // A snapshot taken at once: the drawing buffer is cleared once this task ends (no preserveDrawingBuffer).
  const ok = captureViews(scale, (canvas, views, pxPerCss) => {
    out.width = canvas.width; out.height = canvas.height;
    snapshot = createImageBitmap(canvas);
    shown = views; k = pxPerCss;
  });
  const ctx = out.getContext('2d');
  if (!ok || ctx === null || snapshot === null) return null;
  const bitmap: ImageBitmap = await snapshot;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  // Text as the page shows it, 14 CSS px, in the image's pixels.
  const px = Math.round(14 * k);
  const m = Math.round(px * 0.8);
  if (title.trim() !== '') textBox(ctx, [title.trim()], m, m, Math.round(px * 1.4));
  viewNames(ctx, shown, px);
  const lines = legendLines(rows);
  if (lines.length > 0) {
    const lh = Math.round(px * 1.35), height = lines.length * lh + px;
    textBox(ctx, lines, m, out.height - height - m, px, rows.slice(0, LEGEND_ROWS).map((r) => r.color));
  }
  return new Promise((resolve) => { out.toBlob((b) => resolve(b), 'image/png'); });
}
