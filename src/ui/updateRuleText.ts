// The texts of the update-rule panel: the rule of an optimizer in a surface's parameter names, and the
// worked numbers of the step the timeline shows. Pure: the panel writes them, the tests read them.
import { ascentRule, optimizerRules, type OptimizerKind } from '../core/descent/optimizers';
import { advanceRun, createRun, TRAJ_STRIDE, type Run } from '../core/descent/run';
import { learningRateAt } from '../core/descent/schedules';
import { formatCount, formatNumber } from './format';

/**
 * The rule of optimizer `kind` for parameter p: w → p, g → ∂f/∂p, and momentum's buffer b → v so it cannot
 * be mistaken for the regression parameter b. Ascent flips the sign of the parameter update. Pure.
 */
export function ruleFor(kind: OptimizerKind, p: string, cost: string, ascent: boolean): string {
  const d = `∂${cost}/∂${p}`;
  // Newton's step mixes both parameters: each moves by its part of H⁻¹∇f, not by its own derivative.
  if (kind === 'newton') return `${p} ← ${p} ${ascent ? '+' : '−'} η·(${p} part of H⁻¹∇${cost})`;
  const text = optimizerRules[kind]
    .replace(/\)g\b/g, ')·g')
    .replace(/\bg²|\b[wgb]\b/g, (t) => (t === 'g²' ? `(${d})²` : t === 'g' ? d : t === 'w' ? p : 'v'));
  return ascent ? ascentRule(text, p) : text;
}

/** A number with a true minus sign. Pure. */
const num = (v: number, digits = 4): string => formatNumber(v, digits).replace(/-/g, '−');
/** A number for the worked step, in brackets when negative. Pure. */
function show(v: number, digits = 4): string {
  const s = num(v, digits);
  return v < 0 && Number.isFinite(v) ? `(${s})` : s;
}
const pos = (v: number): string => num(v, 6);

/** The surface's parameter names and the cost's letter. */
export interface StepNames {
  readonly axes: readonly [string, string];
  readonly cost: string;
}

const _g = new Float64Array(2);
const _h = new Float64Array(3);

/** What the undefined point of a stopped run lacked: 'cost' or 'gradient'. Pure. */
const missing = (run: Run): string => (run.fault === 'no-gradient' ? 'gradient' : 'cost');

/** The iteration a stopped run could not take, and why, as the status names it: "Iteration 11 left the finite numbers (diverged)". Pure. */
function stoppedAt(run: Run): string {
  const at = formatCount(run.divergedAt ?? run.t + 1);
  return run.fault === 'runaway'
    ? `Iteration ${at} left the finite numbers (diverged)`
    : `Iteration ${at} would go where the ${missing(run)} is not defined, so the path stopped`;
}

/** The head for a stopped run with no step to show: an unusable start, or a first step that could not be taken. Pure. */
function noStepHead(run: Run): string {
  if (run.divergedAt === 0) {
    if (run.fault !== 'runaway') return `The ${missing(run)} is not defined at this start, so there is no step.`;
    return `The cost is ${Math.abs(run.f) === Infinity ? 'infinite' : 'not finite'} at this start, so there is no step.`;
  }
  return run.fault === 'runaway'
    ? `${stoppedAt(run)}; there is no finite step to show.`
    : `${stoppedAt(run)} at its start; there is no step to show.`;
}

/**
 * Newton's fallbacks (gradient steps) among the first k iterations. The run counts only up to its last point,
 * so for an earlier one the path is replayed from its start to k in a scratch run without a trajectory:
 * deterministic, one path, microseconds, and only for this one panel when the timeline is rewound.
 */
function newtonFallbacksAt(run: Run, k: number): number {
  if (k >= run.t) return run.newtonFallbacks;
  const tr = run.traj;
  if (tr === null) return run.newtonFallbacks;
  const scratch = createRun(run.surface, tr[0] as number, tr[1] as number, run.settings, { keepTrajectory: false });
  advanceRun(scratch, k);
  return scratch.newtonFallbacks;
}

/**
 * The worked numbers of the step that reached stored point k (default: the latest) as three lines: a head
 * (iteration, gradient, η) and the update of each parameter. With the sequential update on, ∂f/∂y is the one
 * taken at (x_new, y_old), labelled as the mistake; a diverged run shown at its end shows its last finite step
 * and says which iteration left the numbers. Pure (allocates only the strings; a scratch run for Newton at an
 * earlier point).
 */
export function stepLines(run: Run, names: StepNames, k = run.count - 1): [string, string, string] {
  const tr = run.traj;
  const [px, py] = names.axes, c = names.cost;
  const atEnd = k >= run.count - 1;
  if (k <= 0 || tr === null || run.count < 2) {
    const head = run.status === 'diverged' && atEnd ? noStepHead(run) : 'Iteration 0: no step yet. Press play or step to take one.';
    return [head, '', ''];
  }
  const o1 = TRAJ_STRIDE * Math.min(k, run.count - 1), o0 = o1 - TRAJ_STRIDE, t = o1 / TRAJ_STRIDE;
  const x0 = tr[o0] ?? NaN, y0 = tr[o0 + 1] ?? NaN, x1 = tr[o1] ?? NaN, y1 = tr[o1 + 1] ?? NaN;
  const s = run.settings;
  run.surface.grad(x0, y0, _g);
  const gx = _g[0] ?? NaN, gy = _g[1] ?? NaN;
  // The step from point t − 1 to point t used η_{t−1}: the walker asks for the rate before it counts the step.
  const lr = learningRateAt(s.lr, s.schedule, t - 1);
  const sign = s.ascent ? -1 : 1, op = s.ascent ? '+' : '−';
  const which = run.ctx.sampler !== null ? 'full-data gradient' : 'gradient';
  const diverged = run.status === 'diverged' && run.divergedAt !== null && atEnd
    ? `${stoppedAt(run)}; its last ${run.fault === 'runaway' ? 'finite ' : ''}step, iteration ${formatCount(t)}: ` : '';
  const iteration = diverged === '' ? `Iteration ${formatCount(t)}: ` : diverged;
  const exactSequential = s.sequential && s.optimizer.kind === 'gd' && run.ctx.sampler === null;
  let head: string, gyUsed = gy;
  if (exactSequential) {
    run.surface.grad(x1, y0, _g);
    gyUsed = _g[1] ?? NaN;
    head = `${iteration}∂${c}/∂${px} at the old point (${pos(x0)}, ${pos(y0)}) is ${num(gx)}; ∂${c}/∂${py} taken at the new ${px}, `
      + `(${pos(x1)}, ${pos(y0)}), is ${num(gyUsed)} (the mistake: at the old point it is ${num(gy)}); η = ${formatNumber(lr)}.`;
  } else {
    head = `${iteration}the ${which} at the old point (${pos(x0)}, ${pos(y0)}) is (${num(gx)}, ${num(gy)}); η = ${formatNumber(lr)}.`;
  }
  if (s.optimizer.kind === 'newton') return newtonLines(run, names, head, [x0, y0, x1, y1], sign * lr, op, lr, s.optimizer.damping, t);
  if (s.optimizer.kind !== 'gd') {
    const note = s.sequential
      ? ` (from the optimizer's memory and, under the sequential mistake, ∂${c}/∂${py} at the new ${px})`
      : ' (the step comes from the optimizer\'s memory, not η × gradient alone)';
    return [head, `${px}: ${pos(x0)} + ${show(x1 - x0)} = ${pos(x1)}${s.sequential ? '' : note}`, `${py}: ${pos(y0)} + ${show(y1 - y0)} = ${pos(y1)}${s.sequential ? note : ''}`];
  }
  if (run.ctx.sampler !== null) {
    // The step used a mini-batch estimate ĝ, recovered from the step itself: Δ = −η·ĝ.
    return [
      head,
      `${px}: ${pos(x0)} ${op} ${formatNumber(lr)} × ${show((x0 - x1) / (sign * lr))} = ${pos(x1)} (mini-batch estimate of ∂${c}/∂${px})`,
      `${py}: ${pos(y0)} ${op} ${formatNumber(lr)} × ${show((y0 - y1) / (sign * lr))} = ${pos(y1)} (mini-batch estimate of ∂${c}/∂${py}${s.sequential ? ` at the new ${px}: the mistake` : ''})`,
    ];
  }
  return [
    head,
    `${px}: ${pos(x0)} ${op} ${formatNumber(lr)} × ${show(gx)} = ${pos(x1)}`,
    `${py}: ${pos(y0)} ${op} ${formatNumber(lr)} × ${show(gyUsed)} = ${pos(y1)}${exactSequential ? ` (∂${c}/∂${py} at (${px}_new, ${py}_old): the mistake)` : ''}`,
  ];
}

/**
 * The update lines of a Newton step from (x0, y0) to (x1, y1): the Hessian there and each parameter's part of
 * (H + λI)⁻¹g (recovered from the step), or, where H + λI is not positive definite, the gradient step it took instead. Pure.
 */
function newtonLines(run: Run, names: StepNames, head: string, p: readonly [number, number, number, number],
  signedLr: number, op: string, lr: number, damping: number, t: number): [string, string, string] {
  const [px, py] = names.axes, [x0, y0, x1, y1] = p, sign = run.settings.ascent ? -1 : 1;
  run.surface.hess(x0, y0, _h);
  const hxx = _h[0] ?? NaN, hxy = _h[1] ?? NaN, hyy = _h[2] ?? NaN;
  const a = sign * hxx + damping, d = sign * hyy + damping, det = a * d - hxy * hxy;
  const definite = a > 0 && det > 0 && Number.isFinite(det);
  const H = `H = [[${num(hxx)}, ${num(hxy)}], [${num(hxy)}, ${num(hyy)}]]${damping > 0 ? `, λ = ${formatNumber(damping)}` : ''}`;
  const ux = (x0 - x1) / signedLr, uy = (y0 - y1) / signedLr;
  const fell = `${formatCount(newtonFallbacksAt(run, t))} of ${formatCount(t)} iterations so far were gradient steps`;
  if (!definite) {
    return [
      `${head} ${H}: H${damping > 0 ? ' + λI' : ''} is not positive definite here: this step is a gradient step (${fell}).`,
      `${px}: ${pos(x0)} ${op} ${formatNumber(lr)} × ${show(ux)} = ${pos(x1)}`,
      `${py}: ${pos(y0)} ${op} ${formatNumber(lr)} × ${show(uy)} = ${pos(y1)}`,
    ];
  }
  const inv = damping > 0 ? '(H + λI)⁻¹' : 'H⁻¹';
  return [
    `${head} ${H}.`,
    `${px}: ${pos(x0)} ${op} ${formatNumber(lr)} × ${show(ux)} = ${pos(x1)} (the ${px} part of ${inv}∇${names.cost})`,
    `${py}: ${pos(y0)} ${op} ${formatNumber(lr)} × ${show(uy)} = ${pos(y1)} (the ${py} part of ${inv}∇${names.cost})`,
  ];
}
