// ?debug: window.__downhill.dataView reads what the data view drew and where (for the end-to-end tests and the
// benchmark), on demand, so drawing never builds it.
import type { DataViewPainter } from './dataViewPainter';
import { fromPx, fromPy, handleXs, handleY, modelAt, toPx, toPy } from './plotMaths';

/** Pointer moves that previewed a dragged data point, and the milliseconds they took (the benchmark reads them). */
export const dataDragStats = { moves: 0, ms: 0, redraws: 0, redrawMs: 0 };

interface Pt { x: number; y: number }

export interface DataViewReader {
  /** Viewport (client) px of data point (x, y). */
  clientOf(x: number, y: number): { x: number; y: number };
  /** Data units at viewport (client) px. */
  dataAt(x: number, y: number): Pt;
  /** Viewport px of the focused path's two start handles, or null without a path. */
  handles(): { x: number; y: number }[] | null;
  /** The data drawn, in data units. */
  data(): { xs: number[]; ys: number[] } | null;
  readout(): string;
  /** Points highlighted as the focused path's mini-batch. */
  batchCount(): number;
  drag: typeof dataDragStats;
}

/** Adds the reader to window.__downhill (present only under ?debug); returns the function that removes it. */
export function exposeDataView(p: DataViewPainter, canvas: HTMLCanvasElement): () => void {
  const dbg = (window as unknown as { __downhill?: Record<string, unknown> }).__downhill;
  if (!dbg) return () => {};
  const client = (px: number, py: number) => {
    const r = canvas.getBoundingClientRect(), k = p.size.k;
    return { x: r.left + px * k, y: r.top + py * k };
  };
  const reader: DataViewReader = {
    clientOf: (x, y) => client(toPx(p.frame, x), toPy(p.frame, y)),
    dataAt: (x, y) => {
      const r = canvas.getBoundingClientRect(), k = p.size.k;
      return { x: fromPx(p.frame, (x - r.left) / k), y: fromPy(p.frame, (y - r.top) / k) };
    },
    handles: () => {
      const fp = p.focusPath, f = p.facts;
      if (!fp || !f) return null;
      const u = new Float64Array(2), hx = new Float64Array(2), fr = p.frame;
      f.toDataUnits(fp.x0, fp.y0, u);
      handleXs(fr, f.model, u[0] as number, u[1] as number, hx);
      return Array.from(hx, (x) => client(toPx(fr, x), handleY(fr, toPy(fr, modelAt(f.model, u[0] as number, u[1] as number, x)))));
    },
    data: () => (p.facts ? { xs: Array.from(p.facts.xs), ys: Array.from(p.facts.ys) } : null),
    readout: () => p.readoutText,
    batchCount: () => p.batchCount,
    drag: dataDragStats,
  };
  dbg.dataView = reader;
  return () => { if (dbg.dataView === reader) delete dbg.dataView; };
}
