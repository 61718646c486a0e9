// One chart of a measure (cost or ‖∇f‖) against iteration for every path, drawn from the trajectories a few
// times a second after rendered frames (never per frame, never through React), with a log switch and hover values.
import { useEffect, useId, useRef, useState } from 'react';
import { pathColor } from '../../state/palette';
import { startLabel } from '../../state/scenario';
import { simulation, type PathSim } from '../../state/simulation';
import { useDownhill } from '../../state/store';
import { formatCount, formatNumber } from '../format';
import { createCanvasBox, observeCanvasBox } from '../canvasBox';
import { addThrottledAfterEffect } from '../throttledAfterEffect';
import { forgetDrawn, noteDrawn } from './chartDebug';
import { yScaleFor, type Measure, type YScale } from './chartScale';
import { axisText, bandText, summaryText } from './chartText';
import { drawCursorLine, drawIterationChart, type ChartInput } from './drawIterationChart';
import { foldPaths } from './iterationBand';
import { linePositions, MAX_LINES } from './linePaths';
import { lowestMinimum } from './lowestMinimum';
import { nearestPath } from './nearestPath';
import { iterationAt, valueY, type PlotArea } from './plotArea';
import { sharedBand } from './sharedBand';
import { TRAJ_STRIDE } from '../../core/descent/run';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function setText(el: HTMLElement | null, text: string): void {
  if (el !== null && el.textContent !== text) el.textContent = text;
}

export function IterationChart({ measure, title }: { measure: Measure; title: string }) {
  // ‖∇f‖ spans decades as a path converges: log by default; the cost starts on a plain axis.
  const [log, setLog] = useState(measure === 'grad');
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const axis = useRef<HTMLParagraphElement>(null);
  const hover = useRef<HTMLParagraphElement>(null);
  const dot = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const box = wrap.current, cv = canvas.current, ctx = cv?.getContext('2d');
    if (!box || !cv || !ctx) return;
    const size = createCanvasBox();
    // What the canvas last showed, to skip redraws that would change nothing.
    let version = -1, iterations = -1, cursor: number | null = null, selectedId: number | null = null, paths: unknown = null;
    let knownFor = -1, known: number | null = null;
    let area: PlotArea | null = null;
    const lines: number[] = [];
    const input: Mutable<ChartInput> = {
      paths: simulation.paths, lines, selected: -1, band: sharedBand, showBand: false, cursor: null,
      scale: yScaleFor(sharedBand, measure, log, null),
    };

    // The chart without its cursor line, kept so that moving only the cursor (dragging the timeline) copies it
    // back and draws one line instead of every path again.
    const base = document.createElement('canvas'), baseCtx = base.getContext('2d');
    let axisNow = '';

    /** Shows the kept chart with the cursor line on top. */
    const present = () => {
      if (baseCtx === null || area === null) return;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, cv.width, cv.height);
      ctx.drawImage(base, 0, 0);
      if (input.cursor !== null) {
        ctx.setTransform(size.dpr * size.k, 0, 0, size.dpr * size.k, 0, 0);
        drawCursorLine(ctx, area, input.cursor);
      }
    };

    /** Only the cursor moved: the kept chart and a new cursor line. */
    const moveCursor = () => {
      const started = performance.now();
      cursor = simulation.cursor; input.cursor = cursor;
      present();
      noteDrawn(measure, input, axisNow, performance.now() - started);
    };

    const redraw = () => {
      const started = performance.now();
      const sim = simulation;
      version = sim.version; iterations = sim.iterations; cursor = sim.cursor; paths = sim.paths;
      selectedId = useDownhill.getState().selected;
      if (knownFor !== sim.surfaceVersion) { knownFor = sim.surfaceVersion; known = lowestMinimum(sim.surface); }
      foldPaths(sharedBand, sim.paths, sim.version);
      const selected = selectedId === null ? -1 : sim.paths.findIndex((p) => p.startId === selectedId);
      input.paths = sim.paths;
      input.selected = selected;
      input.showBand = sim.paths.length > MAX_LINES;
      input.cursor = sim.cursor;
      input.scale = yScaleFor(sharedBand, measure, log, known);
      linePositions(sim.paths.length, selected, MAX_LINES, lines);
      const { w, h, dpr, k } = size;
      const target = baseCtx ?? ctx;
      if (baseCtx !== null) { input.cursor = null; if (base.width !== cv.width || base.height !== cv.height) { base.width = cv.width; base.height = cv.height; } }
      target.setTransform(dpr * k, 0, 0, dpr * k, 0, 0);
      area = drawIterationChart(target, w / k, h / k, input);
      input.cursor = sim.cursor;
      present();
      const cost = sim.spec?.kind === 'regression' ? 'J' : 'f';
      const text = axisText(input.scale, cost) + (input.showBand ? bandText(sim.paths.length, MAX_LINES) : '');
      setText(axis.current, text);
      if (axis.current !== null && axis.current.title !== text) axis.current.title = text;
      const summary = summaryText(title, input.scale, sim.paths, startLabel);
      if (cv.getAttribute('aria-label') !== summary) cv.setAttribute('aria-label', summary);
      axisNow = text;
      noteDrawn(measure, input, text, performance.now() - started);
    };

    const unobserve = observeCanvasBox(box, cv, size, redraw);

    const remove = addThrottledAfterEffect(() => {
      const sim = simulation;
      const same = sim.version === version && sim.iterations === iterations && sim.paths === paths && useDownhill.getState().selected === selectedId;
      if (same && sim.cursor === cursor) return;
      if (same && area !== null) moveCursor(); else redraw();
    });
    // A new selection (or projector mode's palette) redraws at once (human speed), even with no frame to follow.
    const unsubscribe = useDownhill.subscribe((s, prev) => { if (s.selected !== prev.selected || s.scenario.projector !== prev.scenario.projector) redraw(); });

    // Hover (or a tap): the nearest path's value at the iteration under the pointer, written into the DOM.
    const show = (e: PointerEvent) => {
      const a = area;
      if (a === null || sharedBand.length === 0) return;
      const r = box.getBoundingClientRect();
      const k = size.k, x = (e.clientX - r.left) / k, y = (e.clientY - r.top) / k;
      const i = iterationAt(a, x);
      const ps: readonly PathSim[] = simulation.paths;
      const p = ps[nearestPath(ps, i, a, input.scale, y)];
      if (p === undefined || p.run.traj === null) { hide(); return; }
      const v = p.run.traj[i * TRAJ_STRIDE + (measure === 'cost' ? 2 : 3)] as number;
      setText(hover.current, `Path ${startLabel(p.index)} · iteration ${formatCount(i)} · ${valueName(input.scale, simulation.spec?.kind === 'regression' ? 'J' : 'f')} = ${formatNumber(v, 5)}`);
      const d = dot.current;
      if (d !== null) {
        d.style.transform = `translate(${(a.x + (i / a.span) * a.w) * k}px, ${valueY(a, input.scale, v) * k}px)`;
        d.style.background = pathColor(p.index);
        d.hidden = false;
      }
    };
    const hide = () => { setText(hover.current, ''); if (dot.current) dot.current.hidden = true; };
    box.addEventListener('pointermove', show);
    box.addEventListener('pointerdown', show);
    box.addEventListener('pointerleave', hide);
    return () => {
      remove(); unsubscribe(); unobserve(); forgetDrawn(measure);
      box.removeEventListener('pointermove', show);
      box.removeEventListener('pointerdown', show);
      box.removeEventListener('pointerleave', hide);
    };
  }, [log, measure, title]);

  return (
    <figure className="ic" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`} className="ic-title">{title}</figcaption>
      <div className="ic-sub">
        <p ref={axis} className="ic-axis" />
        {/* Two charts each have one: the name says which (it keeps the visible words, for voice control). */}
        <label className="ic-log"><input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)}
          aria-label={`Log scale for ${measure === 'cost' ? 'cost' : 'gradient norm'}`} /> Log scale</label>
      </div>
      <div ref={wrap} className="ic-wrap">
        <canvas ref={canvas} className="ic-canvas" role="img" aria-label={title} />
        <span ref={dot} className="ic-dot" hidden aria-hidden="true" />
      </div>
      <p ref={hover} className="ic-hover" />
    </figure>
  );
}

/** The hovered value's name: f or ‖∇f‖ (the raw value, whatever the axis plots). Pure. */
function valueName(s: YScale, cost: string): string {
  return s.measure === 'cost' ? cost : `‖∇${cost}‖`;
}
