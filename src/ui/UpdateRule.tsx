// The update rule of the selected path (or path A), written with the surface's parameter names, and the
// numbers of its latest step, written from the frame loop only when that path's iteration changed.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { ascentRule, optimizerNames, optimizerRules, type OptimizerKind } from '../core/descent/optimizers';
import { TRAJ_STRIDE, type Run } from '../core/descent/run';
import { learningRateAt } from '../core/descent/schedules';
import { resolveSurface } from '../core/surfaces/spec';
import { pathColor } from '../state/palette';
import { pathSettings } from '../state/pathSettings';
import { startLabel } from '../state/scenario';
import { simulation, type PathSim } from '../state/simulation';
import { useDownhill } from '../state/store';
import { formatCount, formatNumber } from './format';
import './readouts.css';
import { StartEditor } from './StartEditor';
import { addThrottledAfterEffect } from './throttledAfterEffect';

/**
 * The rule of optimizer `kind` for parameter p: w → p, g → ∂f/∂p, and momentum's buffer b → v so it cannot
 * be mistaken for the regression parameter b. Ascent flips the sign of the parameter update. Pure.
 */
function ruleFor(kind: OptimizerKind, p: string, cost: string, ascent: boolean): string {
  const d = `∂${cost}/∂${p}`;
  const text = optimizerRules[kind]
    .replace(/\)g\b/g, ')·g')
    .replace(/\bg²|\b[wgb]\b/g, (t) => (t === 'g²' ? `(${d})²` : t === 'g' ? d : t === 'w' ? p : 'v'));
  return ascent ? ascentRule(text, p) : text;
}

/** A number for the worked step, with a true minus sign and brackets when negative. Pure. */
function show(v: number, digits = 4): string {
  const s = formatNumber(v, digits).replace(/-/g, '−');
  return v < 0 && Number.isFinite(v) ? `(${s})` : s;
}
const pos = (v: number): string => formatNumber(v, 6).replace(/-/g, '−');

interface Target {
  readonly id: number | null;
  readonly axes: readonly [string, string];
  readonly cost: string;
}

const _g = new Float64Array(2);

/** Writes the worked numbers of run's latest step into the three lines. Allocates only the strings. */
function writeStep(run: Run, t: Target, lines: readonly (HTMLElement | null)[]): void {
  const [head, lx, ly] = lines;
  if (!head || !lx || !ly) return;
  const tr = run.traj;
  const [px, py] = t.axes;
  if (run.t === 0 || tr === null || run.count < 2) {
    head.textContent = run.status === 'diverged' && run.divergedAt === 0
      ? 'The cost is not defined at this start, so there is no step.'
      : 'Iteration 0: no step yet. Press play or step to take one.';
    lx.textContent = ly.textContent = '';
    return;
  }
  const o1 = TRAJ_STRIDE * (run.count - 1), o0 = o1 - TRAJ_STRIDE;
  const x0 = tr[o0] ?? NaN, y0 = tr[o0 + 1] ?? NaN, x1 = tr[o1] ?? NaN, y1 = tr[o1 + 1] ?? NaN;
  const s = run.settings;
  run.surface.grad(x0, y0, _g);
  const gx = _g[0] ?? NaN, gy = _g[1] ?? NaN;
  const lr = learningRateAt(s.lr, s.schedule, run.t);
  const sign = s.ascent ? -1 : 1, op = s.ascent ? '+' : '−';
  const which = run.ctx.sampler !== null ? 'full-data gradient' : 'gradient';
  head.textContent = `Iteration ${formatCount(run.t)}: the ${which} at the old point (${pos(x0)}, ${pos(y0)}) is `
    + `(${formatNumber(gx).replace(/-/g, '−')}, ${formatNumber(gy).replace(/-/g, '−')}); η = ${formatNumber(lr)}.`;
  if (s.optimizer.kind !== 'gd') {
    const note = ' (the step comes from the optimizer\'s memory, not η × gradient alone)';
    lx.textContent = `${px}: ${pos(x0)} + ${show(x1 - x0)} = ${pos(x1)}${note}`;
    ly.textContent = `${py}: ${pos(y0)} + ${show(y1 - y0)} = ${pos(y1)}`;
    return;
  }
  if (run.ctx.sampler !== null) {
    // The step used a mini-batch estimate ĝ, recovered from the step itself: Δ = −η·ĝ.
    lx.textContent = `${px}: ${pos(x0)} ${op} ${formatNumber(lr)} × ${show((x0 - x1) / (sign * lr))} = ${pos(x1)} (mini-batch estimate of ∂${t.cost}/∂${px})`;
    ly.textContent = `${py}: ${pos(y0)} ${op} ${formatNumber(lr)} × ${show((y0 - y1) / (sign * lr))} = ${pos(y1)} (mini-batch estimate of ∂${t.cost}/∂${py})`;
    return;
  }
  lx.textContent = `${px}: ${pos(x0)} ${op} ${formatNumber(lr)} × ${show(gx)} = ${pos(x1)}`;
  if (s.sequential) {
    run.surface.grad(x1, y0, _g);
    ly.textContent = `${py}: ${pos(y0)} ${op} ${formatNumber(lr)} × ${show(_g[1] ?? NaN)} = ${pos(y1)} (∂${t.cost}/∂${py} taken at the new ${px}: the mistake)`;
  } else {
    ly.textContent = `${py}: ${pos(y0)} ${op} ${formatNumber(lr)} × ${show(gy)} = ${pos(y1)}`;
  }
}

export function UpdateRule() {
  const scenario = useDownhill((s) => s.scenario);
  const selected = useDownhill((s) => s.selected);
  const axes = useMemo(() => {
    const r = resolveSurface(scenario.surface);
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
  const last = useRef<{ run: Run | null; t: number; paths: readonly PathSim[] | null; path: PathSim | null }>(
    { run: null, t: -1, paths: null, path: null });

  useEffect(() => addThrottledAfterEffect(() => {
    const tg = target.current, l = last.current;
    if (tg.id === null) return;
    if (l.paths !== simulation.paths) {
      l.paths = simulation.paths;
      l.path = simulation.paths.find((p) => p.startId === tg.id) ?? null;
    }
    const run = l.path?.run ?? null;
    if (run === null || (run === l.run && run.t === l.t)) return;
    l.run = run; l.t = run.t;
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
          <div className="ur-rule">
            {axes.map((p) => <p key={p}>{ruleFor(kind, p, cost, settings.ascent)}</p>)}
          </div>
          {kind !== 'gd' && <p className="ur-hint">The optimizer&rsquo;s memory (v, s, m) is kept separately for each parameter.</p>}
          <div className="ur-step">
            <p ref={head} />
            <p ref={lineX} />
            <p ref={lineY} />
          </div>
          <p className="ur-note">
            The gradient is the local slope — the only thing the walker sees. Both parameters are updated at once from the gradient at the old point.
          </p>
          {settings.sequential && (
            <p className="ur-warn">
              Sequential update is on: ∂{cost}/∂{axes[1]} is taken after {axes[0]} has moved — a mistake, shown for contrast.
            </p>
          )}
        </>
      ) : (
        <p className="ur-note">Add a start to see the update rule at work.</p>
      )}
    </section>
  );
}
