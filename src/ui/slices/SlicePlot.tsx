// The side plot of "Show slices and arrows": both slices through the selected path's head with their tangent
// lines and slopes, in the textbook's words. Redrawn after frames, throttled, only when the head or cursor moved.
import { useEffect, useMemo, useRef } from 'react';
import { PEEK, PEEK_SIZE, peekStep } from '../../core/descent/stepPeek';
import { createSliceFigure, fillSliceFigure } from '../../core/landscape/slices';
import type { Run } from '../../core/descent/run';
import { surfaceFor } from '../../state/currentSurface';
import { useCompareView } from '../../state/compareView';
import { simulation } from '../../state/simulation';
import { createSliceTarget } from '../../state/sliceTarget';
import { useDownhill } from '../../state/store';
import { shownIndex } from '../../state/timeline';
import { formatNumber } from '../format';
import { addThrottledAfterEffect } from '../throttledAfterEffect';
import { drawSlicePlot } from './drawSlicePlot';

/** Samples per slice in the plot, and the window around the head as a fraction of the domain's width each side. */
const SAMPLES = 101, SPAN = 0.25;
/** A number as the update-rule panel writes it: four significant digits, a true minus sign. */
const num = (v: number): string => formatNumber(v, 4).replace(/-/g, '−');

/** Shown only while "Show slices and arrows" is on. */
export function SlicePlot() {
  const on = useCompareView((s) => s.showSlices);
  return on ? <SlicePlotBody /> : null;
}

function SlicePlotBody() {
  const spec = useDownhill((s) => s.scenario.surface);
  const selected = useDownhill((s) => s.selected);
  const names = useMemo(() => {
    const r = surfaceFor(spec);
    return { axes: r.ok ? r.surface.axes : (['x', 'y'] as const), cost: spec.kind === 'regression' ? 'J' : 'f' };
  }, [spec]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const where = useRef<HTMLParagraphElement>(null);
  const slopes = useRef<HTMLParagraphElement>(null);
  const step = useRef<HTMLParagraphElement>(null);
  const state = useMemo(() => ({
    fig: createSliceFigure(SAMPLES), peek: new Float64Array(PEEK_SIZE), target: createSliceTarget(),
    run: null as Run | null, index: -1, count: -1, width: 0,
  }), []);

  useEffect(() => {
    state.run = null; // a new selection or surface redraws
    const draw = () => {
      const p = state.target(simulation, selected), run = p?.run ?? null, el = canvas.current;
      const index = p === null ? -1 : shownIndex(simulation, p), count = run?.count ?? -1, width = el?.clientWidth ?? 0;
      if (run === state.run && index === state.index && count === state.count && width === state.width) return;
      state.run = run; state.index = index; state.count = count; state.width = width;
      const ok = run !== null && peekStep(run, index, state.peek);
      const [a, b] = names.axes, c = names.cost, pk = state.peek;
      if (!ok || run === null || el === null) {
        if (where.current) where.current.textContent = 'No path to show: add a start.';
        if (slopes.current) slopes.current.textContent = '';
        if (step.current) step.current.textContent = '';
        return;
      }
      fillSliceFigure(state.fig, run.surface, pk[PEEK.x]!, pk[PEEK.y]!, SPAN);
      drawSlicePlot(el, state.fig, names);
      const f = state.fig;
      if (where.current) where.current.textContent = `Iteration ${index}: the head at (${a}₀, ${b}₀) = (${num(f.x0)}, ${num(f.y0)}), ${c} = ${num(f.f0)}.`;
      if (slopes.current) slopes.current.textContent = `∂${c}/∂${a} = ${num(f.slopeX)} (slope of the pink dashed tangent) · ∂${c}/∂${b} = ${num(f.slopeY)} (slope of the blue dashed tangent)`;
      if (step.current) {
        step.current.textContent = `Step −η∇${c} = (${num(pk[PEEK.plainX]!)}, ${num(pk[PEEK.plainY]!)}) at η = ${formatNumber(pk[PEEK.lr]!)}`
          + (pk[PEEK.hasNext] === 1 ? `; next iterate (${num(pk[PEEK.nextX]!)}, ${num(pk[PEEK.nextY]!)})${pk[PEEK.stored] === 1 ? '' : ', a peek one step ahead'}.` : '.');
      }
    };
    draw();
    return addThrottledAfterEffect(draw);
  }, [selected, names, state]);

  return (
    <section className="slice-plot" aria-labelledby="slice-title">
      <h2 id="slice-title">Slices through the head</h2>
      <figure style={{ margin: 0 }}>
        <canvas ref={canvas} role="img" aria-label="The two slices through the head with their tangent lines" />
        <figcaption className="hint">
          Change one parameter, freeze the rest: left, {names.cost} as {names.axes[0]} varies with {names.axes[1]} frozen; right, as {names.axes[1]} varies
          with {names.axes[0]} frozen. Each dashed tangent&rsquo;s slope is that partial derivative.
        </figcaption>
      </figure>
      <p ref={where} className="slice-where" />
      <p ref={slopes} className="slice-slopes" />
      <p ref={step} className="slice-step" />
    </section>
  );
}
