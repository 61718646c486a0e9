// The path table's live cells, at the iteration the timeline shows: written from the frame loop, only where the
// text changed, rows out of sight less often. The table renders rows at human speed and registers their cells here.
import { TRAJ_STRIDE, type Run, type RunStatus } from '../core/descent/run';
import { statusAt } from '../state/outcomeText';
import { simulation, type PathSim } from '../state/simulation';
import { shownIndex } from '../state/timeline';
import { formatCount, formatFit } from './format';
import type { LiveCells } from './PathRow';

const HIDDEN_REFRESH_MS = 1000;
/** Up to this many rows every row is written every refresh: a lagging row misleads a class comparing paths, and few rows cost little. */
const ALWAYS_LIVE_ROWS = 16;
/** Characters a number cell shows whole (readouts.css sizes the number columns for eight). */
const CELL_CHARS = 8;

/** Writes a cell only when its text changes: an unchanged write still costs the page a layout. */
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}


/** What a row last showed, so the frame callback writes only what changed. */
interface RowState {
  readonly cells: LiveCells;
  run: Run | null;
  /** The trajectory point shown (the timeline's iteration for this path). */
  t: number;
  status: RunStatus | null;
  text: string;
  /** Whether the row is inside the table's scroll viewport; rows out of sight are written less often. */
  visible: boolean;
  /** When the row was last written (ms). */
  stamp: number;
}

/** The live-cell writer: owns the rendered rows and a startId → path lookup rebuilt only when paths change. */
export function createRowWriter() {
  const rows = new Map<number, RowState>();
  const byId = new Map<number, PathSim>();
  let indexed: readonly PathSim[] | null = null;

  let now = 0, skipped = false;
  let catchUp: ReturnType<typeof setTimeout> | null = null;
  const writeRow = (r: RowState, id: number): void => {
    const p = byId.get(id);
    // Out of sight (still read by screen readers): numbers once a second, a change of status at once.
    if (!r.visible && rows.size > ALWAYS_LIVE_ROWS && p !== undefined && p.run === r.run && p.run.status === r.status && now - r.stamp < HIDDEN_REFRESH_MS) {
      if (shownIndex(simulation, p) !== r.t) skipped = true;
      return;
    }
    r.stamp = now;
    const c = r.cells;
    if (p === undefined) {
      if (r.t === -2) return;
      c.iter.textContent = c.x.textContent = c.y.textContent = c.f.textContent = c.g.textContent = '—';
      c.status.textContent = r.text = '';
      r.run = null; r.t = -2; r.status = null;
      return;
    }
    const run = p.run, k = shownIndex(simulation, p);
    if (run === r.run && k === r.t && run.status === r.status) return;
    if (run !== r.run || k !== r.t) {
      // The stored point shown; the walker's own point where none is stored (a start where the cost is undefined).
      const tr = run.traj, o = TRAJ_STRIDE * k, stored = tr !== null && k >= 0;
      const f = stored ? tr[o + 2]! : run.f;
      setText(c.iter, formatCount(Math.max(0, k)));
      setText(c.x, formatFit(stored ? tr[o]! : run.x, CELL_CHARS));
      setText(c.y, formatFit(stored ? tr[o + 1]! : run.y, CELL_CHARS));
      setText(c.f, formatFit(f, CELL_CHARS, 3));
      // Where the cost is undefined so is its gradient, whatever number the formula's derivative gives.
      setText(c.g, Number.isFinite(f) ? formatFit(stored ? tr[o + 3]! : Math.hypot(run.gx, run.gy), CELL_CHARS, 3) : '—');
    }
    const text = statusAt(run, k);
    if (text !== r.text) { c.status.textContent = text; r.text = text; }
    if (run.status !== r.status) c.row.dataset.status = run.status;
    r.run = run; r.t = k; r.status = run.status;
  };

  const write = (): void => {
    if (indexed !== simulation.paths) {
      indexed = simulation.paths;
      byId.clear();
      for (const p of indexed) byId.set(p.startId, p);
    }
    now = performance.now();
    skipped = false;
    rows.forEach(writeRow);
    // Rows out of sight that were left behind catch up a second later, even if no frame follows.
    if (skipped && catchUp === null) catchUp = setTimeout(() => { catchUp = null; write(); }, HIDDEN_REFRESH_MS);
  };

  // Rows scrolled out of sight keep their last numbers and catch up when they come back into view.
  const rowIds = new WeakMap<Element, number>();
  const observer = typeof IntersectionObserver === 'undefined' ? null : new IntersectionObserver((entries) => {
    for (const e of entries) {
      const r = rows.get(rowIds.get(e.target) ?? -1);
      if (r) r.visible = e.isIntersecting;
    }
  });

  const register = (id: number, cells: LiveCells | null): void => {
    const old = rows.get(id);
    if (old) { observer?.unobserve(old.cells.row); rows.delete(id); }
    if (cells) {
      rows.set(id, { cells, run: null, t: -1, status: null, text: '', visible: true, stamp: 0 });
      rowIds.set(cells.row, id);
      observer?.observe(cells.row);
    }
  };

  return { write, register };
}
