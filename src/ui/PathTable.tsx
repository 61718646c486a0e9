// The table of paths: one row per start (rendered at human speed), live cells written from the frame loop.
// Outcomes are announced to screen readers as they appear, through a store subscription (no re-render).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Run, RunStatus } from '../core/descent/run';
import { resolveSurface, type SurfaceSpec } from '../core/surfaces/spec';
import { traceOf } from '../core/descent/traceFormat';
import { addRandomStarts, clearStarts } from '../state/actions';
import { outcomeShort } from '../state/outcomeText';
import { LIMITS, startLabel } from '../state/scenario';
import { simulation, type PathSim } from '../state/simulation';
import { useDownhill, type Outcome } from '../state/store';
import { formatCount, formatFit } from './format';
import { PathRow, type LiveCells } from './PathRow';
import './readouts.css';
import { addThrottledAfterEffect } from './throttledAfterEffect';

/**
 * Rows rendered at most, as many as paths drawn with thick lines and dots. Beyond that the browser lays
 * out the whole table at every refresh (measured: 200 rows cost ≈ 2.5 ms a frame at 1,000 paths, 64 rows
 * ≈ 1 ms); the rest are counted under the table and all are in Export JSON.
 */
const MAX_ROWS = 64;
const RANDOM_STARTS = 8;
const HIDDEN_REFRESH_MS = 1000;
const COLUMNS = 8;
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
  t: number;
  status: RunStatus | null;
  text: string;
  /** Whether the row is inside the table's scroll viewport; rows out of sight are written less often. */
  visible: boolean;
  /** When the row was last written (ms). */
  stamp: number;
}

/** The live-cell writer: owns the rendered rows and a startId → path lookup rebuilt only when paths change. */
function createRowWriter() {
  const rows = new Map<number, RowState>();
  const byId = new Map<number, PathSim>();
  let indexed: readonly PathSim[] | null = null;

  let now = 0, skipped = false;
  let catchUp: ReturnType<typeof setTimeout> | null = null;
  const writeRow = (r: RowState, id: number): void => {
    const p = byId.get(id);
    // Out of sight (still read by screen readers): numbers once a second, a change of status at once.
    if (!r.visible && p !== undefined && p.run === r.run && p.run.status === r.status && now - r.stamp < HIDDEN_REFRESH_MS) {
      if (p.run.t !== r.t) skipped = true;
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
    const run = p.run;
    if (run === r.run && run.t === r.t && run.status === r.status) return;
    if (run !== r.run || run.t !== r.t) {
      setText(c.iter, formatCount(run.t));
      setText(c.x, formatFit(run.x, CELL_CHARS));
      setText(c.y, formatFit(run.y, CELL_CHARS));
      setText(c.f, formatFit(run.f, CELL_CHARS, 3));
      setText(c.g, formatFit(Math.hypot(run.gx, run.gy), CELL_CHARS, 3));
    }
    const text = outcomeShort(run);
    if (text !== r.text) { c.status.textContent = text; r.text = text; }
    if (run.status !== r.status) c.row.dataset.status = run.status;
    r.run = run; r.t = run.t; r.status = run.status;
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

/** "Path B converged at iteration 45, …" for up to three new outcomes, else a count by status. Pure. */
function announcement(fresh: readonly [string, Outcome][]): string {
  if (fresh.length <= 3) return fresh.map(([label, o]) => `Path ${label} ${o.text}.`).join(' ');
  const n = { converged: 0, diverged: 0, 'max-steps': 0 };
  for (const [, o] of fresh) n[o.status]++;
  const parts = [
    n.converged ? `${n.converged} converged` : '',
    n.diverged ? `${n.diverged} diverged` : '',
    n['max-steps'] ? `${n['max-steps']} stopped at the limit` : '',
  ].filter((s) => s !== '');
  return `${fresh.length} paths finished: ${parts.join(', ')}.`;
}

/** Downloads every path as the trace command prints it (an array of trace objects). */
function exportTraces(spec: SurfaceSpec): void {
  const traces = simulation.paths.map((p) => traceOf(p.run, spec));
  const url = URL.createObjectURL(new Blob([JSON.stringify(traces, null, 1)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'downhill-paths.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function PathTable() {
  const starts = useDownhill((s) => s.scenario.starts);
  const lr = useDownhill((s) => s.scenario.lr);
  const optimizer = useDownhill((s) => s.scenario.optimizer.kind);
  const selected = useDownhill((s) => s.selected);
  const spec = useDownhill((s) => s.scenario.surface);
  const axes = useMemo(() => {
    const r = resolveSurface(spec);
    return r.ok ? r.surface.axes : (['x', 'y'] as const);
  }, [spec]);
  const cost = spec.kind === 'regression' ? 'J' : 'f';

  const [writer] = useState(createRowWriter);
  const register = writer.register;

  // Every frame: write the live cells of the rendered rows (only those that changed).
  useEffect(() => addThrottledAfterEffect(writer.write), [writer]);
  // After React adds or reorders rows, fill them at once instead of waiting for a frame.
  useLayoutEffect(() => { writer.write(); }, [writer, starts]);

  const live = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let pending: [string, Outcome][] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      if (live.current && pending.length) live.current.textContent = announcement(pending);
      pending = [];
    };
    const unsubscribe = useDownhill.subscribe((state, prev) => {
      if (state.outcomes === prev.outcomes) return;
      const index = new Map(state.scenario.starts.map((s, i) => [s.id, i]));
      for (const [key, o] of Object.entries(state.outcomes)) {
        const id = Number(key);
        const i = index.get(id);
        if (prev.outcomes[id] === o || i === undefined) continue;
        pending.push([startLabel(i), o]);
      }
      // Flips of one frame arrive as separate store writes: gather them into one announcement.
      if (pending.length && timer === null) timer = setTimeout(flush, 0);
    });
    return () => { unsubscribe(); if (timer !== null) clearTimeout(timer); };
  }, []);

  // The first rows, and the selected path's row in place of the last one when it lies beyond them.
  const shown = starts.slice(0, MAX_ROWS).map((start, index) => ({ start, index }));
  const sel = starts.length > MAX_ROWS ? starts.findIndex((p) => p.id === selected) : -1;
  if (sel >= MAX_ROWS) shown[MAX_ROWS - 1] = { start: starts[sel]!, index: sel };
  const anyOwn = shown.some(({ start: s }) => s.override?.lr !== undefined || s.override?.optimizer !== undefined);
  return (
    <div className="pt">
      <div className="pt-head">
        <p className="pt-title" aria-hidden="true">Paths</p>
        <div className="pt-toolbar">
          <button type="button" onClick={() => addRandomStarts(RANDOM_STARTS)} disabled={starts.length >= LIMITS.starts.max}>
            Add random starts
          </button>
          <button type="button" onClick={clearStarts} disabled={starts.length === 0}>Remove all paths</button>
          <button type="button" onClick={() => exportTraces(spec)} disabled={starts.length === 0}
            title="Download every path in the trace command's JSON format">Export JSON</button>
        </div>
      </div>
      <div className="pt-scroll">
        <table className="pt-table">
          <caption className="pt-sr-only">Paths</caption>
          <colgroup>
            <col className="c-path" /><col className="c-status" /><col className="c-iter" />
            <col className="c-num c-xy" /><col className="c-num c-xy" /><col className="c-num" /><col className="c-num c-grad" /><col className="c-act" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" title="Path, with its optimizer and learning rate">Path</th>
              <th scope="col">Status</th>
              <th scope="col" className="pt-num">Iteration</th>
              <th scope="col" className="pt-num pt-xy">{axes[0]}</th>
              <th scope="col" className="pt-num pt-xy">{axes[1]}</th>
              <th scope="col" className="pt-num">Cost {cost}</th>
              <th scope="col" className="pt-num pt-grad">‖∇{cost}‖</th>
              <th scope="col"><span className="pt-sr-only">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr><td className="pt-empty" colSpan={COLUMNS}>Click the surface to add a start.</td></tr>
            )}
            {shown.map(({ start: s, index: i }) => (
              <PathRow key={s.id} id={s.id} index={i} selected={s.id === selected}
                lr={s.override?.lr ?? lr} lrOwn={s.override?.lr !== undefined}
                optimizer={s.override?.optimizer?.kind ?? optimizer} optimizerOwn={s.override?.optimizer !== undefined}
                register={register} />
            ))}
          </tbody>
        </table>
      </div>
      {starts.length > MAX_ROWS && <p className="pt-more">…and {formatCount(starts.length - MAX_ROWS)} more paths (Export JSON has them all)</p>}
      {anyOwn && <p className="pt-note">* set for this path only</p>}
      <div ref={live} className="pt-sr-only" aria-live="polite" role="status" />
    </div>
  );
}
