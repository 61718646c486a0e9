// The table of paths: one row per start (rendered at human speed), live cells written from the frame loop.
// Outcomes are announced to screen readers as they appear, through a store subscription (no re-render).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { surfaceFor } from '../state/currentSurface';
import { groupOf } from '../core/descent/tally';
import { addRandomStarts, clearStarts } from '../state/actions';
import { selectGroup } from '../state/actions/swarmActions';
import { simulation } from '../state/simulation';
import { LIMITS } from '../state/scenario';
import { useDownhill } from '../state/store';
import { exportTraces } from './exportTraces';
import { ExportMenu } from './export/ExportMenu';
import { formatCount } from './format';
import { AddStartForm } from './access/AddStartForm';
import { useOutcomeAnnouncer } from './access/useOutcomeAnnouncer';
import { PathRow } from './PathRow';
import { createRowWriter } from './pathRowWriter';
import { SwarmControls } from './swarm/SwarmControls';
import { Hideable } from './share/Hideable';
import './readouts.css';
import { addThrottledAfterEffect } from './throttledAfterEffect';

/**
 * Rows rendered at most, as many as paths drawn with thick lines and dots. Beyond that the browser lays
 * out the whole table at every refresh (measured: 200 rows cost ≈ 2.5 ms a frame at 1,000 paths, 64 rows
 * ≈ 1 ms); the rest are counted under the table and all are in Export JSON.
 */
const MAX_ROWS = 64;
const RANDOM_STARTS = 8;
const COLUMNS = 8;

export function PathTable() {
  const starts = useDownhill((s) => s.scenario.starts);
  const lessonTitle = useDownhill((s) => s.scenario.lesson.title);
  const lr = useDownhill((s) => s.scenario.lr);
  const optimizer = useDownhill((s) => s.scenario.optimizer.kind);
  const selected = useDownhill((s) => s.selected);
  // A group picked in the Outcomes tally: its paths are listed (re-read when statuses are written).
  const group = useDownhill((s) => s.group);
  useDownhill((s) => (s.group === null ? null : s.outcomes));
  const spec = useDownhill((s) => s.scenario.surface);
  const axes = useMemo(() => {
    const r = surfaceFor(spec);
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
  useOutcomeAnnouncer(live);

  // The first rows (of the picked group, if any), and the selected path's row in place of the last one when it lies beyond them.
  const critical = simulation.surface?.critical ?? [];
  const listed = group === null ? starts.map((start, index) => ({ start, index })) : simulation.paths
    .filter((p) => groupOf(p.run, critical) === group && starts[p.index]?.id === p.startId)
    .map((p) => ({ start: starts[p.index]!, index: p.index }));
  const shown = listed.slice(0, MAX_ROWS);
  const sel = listed.length > MAX_ROWS ? listed.findIndex((r) => r.start.id === selected) : -1;
  if (sel >= MAX_ROWS) shown[MAX_ROWS - 1] = listed[sel]!;
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
          <ExportMenu disabled={starts.length === 0} title={lessonTitle} />
        </div>
        <Hideable control="swarm"><SwarmControls /></Hideable>
        <AddStartForm />
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
              <tr><td className="pt-empty" colSpan={COLUMNS}>{group === null ? 'Click the surface to add a start.' : 'No path in this group now.'}</td></tr>
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
      {listed.length > MAX_ROWS && <p className="pt-more">…and {formatCount(listed.length - MAX_ROWS)} more paths (Export JSON has them all)</p>}
      {group !== null && (
        <p className="pt-more">Listing the {formatCount(listed.length)} of {formatCount(starts.length)} paths picked in Outcomes.{' '}
          <button type="button" onClick={() => selectGroup(null)}>Show all paths</button></p>
      )}
      {anyOwn && <p className="pt-note">* set for this path only</p>}
      <div ref={live} className="pt-sr-only" aria-live="polite" role="status" />
    </div>
  );
}
