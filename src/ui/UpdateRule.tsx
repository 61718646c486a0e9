// The update rule of the selected path (or path A), written with the surface's parameter names, and the
// numbers of its latest step, written from the frame loop only when that path's iteration changed.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { optimizerNames } from '../core/descent/optimizers';
import type { Run } from '../core/descent/run';
import { surfaceFor } from '../state/currentSurface';
import { pathColor } from '../state/palette';
import { pathSettings } from '../state/pathSettings';
import { startLabel } from '../state/scenario';
import { simulation, type PathSim } from '../state/simulation';
import { useDownhill } from '../state/store';
import { formatNumber } from './format';
import './readouts.css';
import { StartEditor } from './StartEditor';
import { addThrottledAfterEffect } from './throttledAfterEffect';
import { ruleFor, stepLines, type StepNames } from './updateRuleText';

interface Target extends StepNames {
  readonly id: number | null;
}

/** Writes the worked numbers of run's latest step into the three lines. */
function writeStep(run: Run, t: Target, lines: readonly (HTMLElement | null)[]): void {
  const [head, lx, ly] = lines;
  if (!head || !lx || !ly) return;
  const [h, x, y] = stepLines(run, t);
  head.textContent = h; lx.textContent = x; ly.textContent = y;
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
    const run = l.path?.run ?? null;
    // A run that stops without taking a step (its next point undefined) changes its status, not its iteration.
    if (run === null || (run === l.run && run.t === l.t && run.status === l.status)) return;
    l.run = run; l.t = run.t; l.status = run.status;
    writeStep(run, tg, [head.current, lineX.current, lineY.current]);
  }), []);

  // A new target (or new names) forgets what was shown and writes at once, without waiting for a frame.
  const id = start?.id ?? null;
  useLayoutEffect(() => {
    target.current = { id, axes, cost };
    const l = last.current;
    l.paths = simulation.paths;
    l.path = simulation.paths.find((p) => p.startId === id) ?? null;
    l.run = l.path?.run ?? null;
    l.t = l.run?.t ?? -1;
    l.status = l.run?.status ?? null;
    if (l.run) writeStep(l.run, target.current, [head.current, lineX.current, lineY.current]);
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
