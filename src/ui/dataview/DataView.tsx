// For a regression cost: the data view beside the landscape. The data, each path's current line with its equation,
// the selected path's residuals (or squares), the answer and the landscape point under the pointer as dashed lines,
// handles that move a path's start, and the data itself to drag, add and remove. Redrawn after frames (throttled),
// never through React state per frame.
import { useEffect, useRef, useState } from 'react';
import { addStartAt, selectStart } from '../../state/actions';
import { useDownhill } from '../../state/store';
import { createCanvasBox, observeCanvasBox } from '../canvasBox';
import { addThrottledAfterEffect } from '../throttledAfterEffect';
import { factsOf } from './dataFacts';
import { DataViewPainter } from './dataViewPainter';
import { attachDataViewInput } from './dataViewInput';
import { dataDragStats, exposeDataView } from './dataViewDebug';
import { simulation } from '../../state/simulation';
import { dataEditable, removeChosenPoint } from '../../state/dataPreview';
import './dataview.css';

export function DataView() {
  const isRegression = useDownhill((s) => s.scenario.surface.kind === 'regression');
  const editable = useDownhill((s) => dataEditable(s.scenario));
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const batchText = useRef<HTMLOutputElement>(null);
  const [squares, setSquares] = useState(false);
  const [chosen, setChosen] = useState(-1);
  const painter = useRef<DataViewPainter | null>(null);

  useEffect(() => {
    const box = wrap.current, cv = canvas.current, ctx = cv?.getContext('2d');
    if (!isRegression || !box || !cv || !ctx) return;
    const size = createCanvasBox();
    const p = new DataViewPainter(ctx, size, { readout: readout.current, batch: batchText.current });
    painter.current = p;
    const unexpose = exposeDataView(p, cv);
    const unobserve = observeCanvasBox(box, cv, size, () => p.redraw());
    const remove = addThrottledAfterEffect(() => {
      if (!p.stale()) return;
      const t0 = performance.now();
      p.redraw();
      dataDragStats.redraws++; dataDragStats.redrawMs += performance.now() - t0;
    });
    const detach = attachDataViewInput(cv, p, setChosen);
    return () => { remove(); unobserve(); detach(); painter.current = null; unexpose(); };
  }, [isRegression]);

  useEffect(() => { const p = painter.current; if (p) { p.squares = squares; p.redraw(); } }, [squares, isRegression]);
  useEffect(() => { const p = painter.current; if (p) { p.chosen = chosen; p.redraw(); } }, [chosen, isRegression]);

  if (!isRegression) return null;

  const jump = () => {
    const f = factsOf(simulation.surface);
    if (f?.best) { const id = addStartAt(f.best.w, f.best.b); if (id !== null) selectStart(id); }
  };
  return (
    <section className="dv" aria-label="Data view">
      <div className="dv-bar">
        <label className="dv-check"><input type="checkbox" checked={squares} onChange={(e) => setSquares(e.target.checked)} /> Show squares</label>
        <button type="button" onClick={jump}>Jump to the answer</button>
        {editable && <button type="button" disabled={chosen < 0} onClick={() => { removeChosenPoint(chosen); setChosen(-1); }}>Remove point</button>}
        <output ref={batchText} className="dv-batch" />
      </div>
      <div ref={wrap} className="dv-wrap">
        <canvas ref={canvas} className="dv-canvas" role="application" tabIndex={0} aria-label="Data and fitted lines"
          aria-describedby="dv-readout dv-help" />
      </div>
      <p ref={readout} id="dv-readout" className="dv-readout" />
      <p id="dv-help" className="dv-help">
        Each point of the landscape is a line: hover or tap it to see it here (dotted violet). Drag a round handle to move
        the selected path&rsquo;s start{editable ? '. Drag a point to move it, click to add one; Delete or a long press removes the chosen one; ←/→ choose, Shift+arrows move' : ''}.
      </p>
    </section>
  );
}
