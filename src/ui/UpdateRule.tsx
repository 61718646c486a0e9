// The update rule of the selected path (or path A), written with the surface's parameter names, and the
// numbers of the step the timeline shows, with a sentence saying why the path converges, oscillates or
// diverges there; written from the frame loop only when that path's shown iteration changed.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { optimizerNames } from '../core/descent/optimizers';
import type { Run } from '../core/descent/run';
import { surfaceFor } from '../state/currentSurface';
import { pathColor } from '../state/palette';
import { pathSettings } from '../state/pathSettings';
import { startLabel } from '../state/scenario';
import { simulation, type PathSim } from '../state/simulation';
import { shownIndex } from '../state/timeline';
import { useDownhill } from '../state/store';
import { formatNumber } from './format';
import './readouts.css';
import { StartEditor } from './StartEditor';
import { addThrottledAfterEffect } from './throttledAfterEffect';
import { trendSentence } from './trendSentence';
import { ruleFor, stepLines, type StepNames } from './updateRuleText';

interface Target extends StepNames {
  readonly id: number | null;
}

/** Writes the worked numbers of the step reaching stored point k into the three lines, and the why into the fourth. */
function writeStep(run: Run, k: number, t: Target, lines: readonly (HTMLElement | null)[]): void {
  const [head, lx, ly, why] = lines;
  if (!head || !lx || !ly || !why) return;
  const [h, x, y] = stepLines(run, t, k);
  head.textContent = h; lx.textContent = x; ly.textContent = y;
  why.textContent = trendSentence(run, k);
}

export function UpdateRule() {
  const scenario = useDownhill((s) => s.scenario);
  const selected = useDownhill((s) => s.selected);
  const axes = useMemo(() => {
    const r = surfaceFor(scenario.surface);
    return r.ok ? r.surface.axes : (['x', 'y'] as const);
  }, [scenario.surface]);
  const cost = scenario.surface.kind === 'regression' ? 'J' : 'f';
  const found = scenario.starts.findIndex((p) => p.id === selected);
  const index = found >= 0 ? found : 0;
  const start = scenario.starts[index];
  const settings = start ? pathSettings(scenario, start) : null;
  const kind = settings?.optimizer.kind ?? scenario.optimizer.kind;

  const head = useRef<HTMLParagraphElement>(null);
  const lineX = useRef<HTMLParagraphElement>(null);
  const lineY = useRef<HTMLParagraphElement>(null);
  const why = useRef<HTMLParagraphElement>(null);
  const target = useRef<Target>({ id: null, axes, cost });
  const last = useRef<{ run: Run | null; t: number; status: Run['status'] | null; paths: readonly PathSim[] | null; path: PathSim | null }>(
    { run: null, t: -1, status: null, paths: null, path: null });

  useEffect(() => addThrottledAfterEffect(() => {
    const tg = target.current, l = last.current;
    if (tg.id === null) return;
    if (l.paths !== simulation.paths) {
      l.paths = simulation.paths;
      l.path = simulation.paths.find((p) => p.startId === tg.id) ?? null;
    }
    const path = l.path, run = path?.run ?? null;
    if (path === null || run === null) return;
    const k = shownIndex(simulation, path);
    // A run that stops without taking a step (its next point undefined) changes its status, not its iteration.
    if (run === l.run && k === l.t && run.status === l.status) return;
    l.run = run; l.t = k; l.status = run.status;
    writeStep(run, k, tg, [head.current, lineX.current, lineY.current, why.current]);
  }), []);

  // A new target (or new names) forgets what was shown and writes at once, without waiting for a frame.
  const id = start?.id ?? null;
  useLayoutEffect(() => {
    target.current = { id, axes, cost };
    const l = last.current;
    l.paths = simulation.paths;
    l.path = simulation.paths.find((p) => p.startId === id) ?? null;
    l.run = l.path?.run ?? null;
    l.t = l.path ? shownIndex(simulation, l.path) : -1;
    l.status = l.run?.status ?? null;
    if (l.run) writeStep(l.run, l.t, target.current, [head.current, lineX.current, lineY.current, why.current]);
  }, [id, axes, cost]);

  return (
    <section className="ur" aria-labelledby="ur-title">
      <h2 id="ur-title" className="ur-title">Update rule</h2>
      {start && settings ? (
        <>
          <p className="ur-path">
            <span className="ur-swatch" style={{ background: pathColor(index) }} aria-hidden="true" />
            Path {startLabel(index)} · {optimizerNames[kind]} · η = {formatNumber(settings.lr)}
            {settings.schedule.kind !== 'constant' && ` (${settings.schedule.kind} schedule)`}
            {settings.ascent && ' · ascent'}
          </p>
          <StartEditor id={start.id} label={startLabel(index)} x={start.x} y={start.y} axes={axes} />
          {settings.sequential && <p className="ur-warn">Sequential update — the mistake, shown for contrast:</p>}
          <div className={settings.sequential ? 'ur-rule ur-mistake' : 'ur-rule'}>
            <p>{ruleFor(kind, axes[0], cost, settings.ascent)}</p>
            <p>
              {ruleFor(kind, axes[1], cost, settings.ascent)}
              {settings.sequential && `   with ∂${cost}/∂${axes[1]} taken at (${axes[0]}_new, ${axes[1]}_old)`}
            </p>
          </div>
          {kind !== 'gd' && kind !== 'newton' && <p className="ur-hint">The optimizer&rsquo;s memory (v, s, m) is kept separately for each parameter.</p>}
          {kind === 'newton' && (
            <p className="ur-hint">
              H is the Hessian (the second derivatives) at the old point. Where H + λI is not positive definite the step would not
              go downhill, so a plain gradient step is taken instead and labelled.
            </p>
          )}
          <div className="ur-step">
            <p ref={head} />
            <p ref={lineX} />
            <p ref={lineY} />
          </div>
          <p ref={why} className="ur-why" />
          {settings.sequential ? (
            <p className="ur-warn">
              Sequential update is on: {axes[0]} moves first and ∂{cost}/∂{axes[1]} is then taken at the new {axes[0]}. The correct
              rule updates both parameters at once from the gradient at the old point.
            </p>
          ) : (
            <p className="ur-note">
              The gradient is the local slope — the only thing the walker sees. Both parameters are updated at once from the gradient at the old point.
            </p>
          )}
        </>
      ) : (
        <p className="ur-note">Add a start to see the update rule at work.</p>
      )}
    </section>
  );
}
