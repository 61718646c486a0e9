// The update-rule panel's "why" sentence: the path's trend at the shown iteration (core/descent/trend.ts) and,
// for plain gradient descent, the number that explains it: each step multiplies the error along the steepest
// direction by 1 − ηλ, with λ the largest curvature (Hessian eigenvalue) at the shown point. Pure.
import { optimizerNames } from '../core/descent/optimizers';
import { hessianEigenvalues } from '../core/descent/insight';
import { TRAJ_STRIDE, type Run } from '../core/descent/run';
import { learningRateAt } from '../core/descent/schedules';
import { trendAt, type Trend } from '../core/descent/trend';
import { trendSign } from '../state/outcomeText';
import { formatNumber } from './format';

/** A number with a true minus sign. Pure. */
const num = (v: number, digits = 2): string => formatNumber(v, digits).replace(/-/g, '−');
/** One decimal where that reads well ("2.0", "−0.8"), else two significant digits. Pure. */
const approx = (v: number): string => (Math.abs(v) >= 0.1 && Math.abs(v) < 1e4 ? v.toFixed(1).replace(/-/g, '−') : num(v));

const WORD: Readonly<Record<Trend, string>> = { converging: 'Converging', oscillating: 'Oscillating', diverging: 'Diverging' };

/** Most significant digits tried when keeping a number apart from ±1 or making a worked sum add up. */
const MAX_DIGITS = 12;

/** v with at least two significant digits and as many more as keep it from reading ±1 when it is not (0.998 is not "1"). Pure. */
function apartFromOne(v: number): string {
  let d = 2, shown = formatNumber(v, d);
  while (Math.abs(Number(shown)) === 1 && Math.abs(v) !== 1 && d < MAX_DIGITS) shown = formatNumber(v, ++d);
  return shown.replace(/-/g, '−');
}

/** λ with the digits that make the worked sum |1 − η·λ| give `result` as shown (2.04, not "2.0", when that changes it). Pure. */
function lambdaFor(eta: number, lambda: number, result: string): string {
  const shows = (t: string) => apartFromOne(Math.abs(1 - Number(formatNumber(eta)) * Number(t.replace(/−/g, '-')))) === result;
  let t = approx(lambda);
  for (let d = 3; !shows(t) && d <= MAX_DIGITS; d++) t = num(lambda, d);
  return t;
}

/** The plain-descent reading of λ and 1 − ηλ for a trend, where the surface curves up (λ > 0). Pure. */
function plainReading(trend: Trend, eta: number, lambda: number): string {
  const r = 1 - eta * lambda, abs = Math.abs(r), shownAbs = apartFromOne(abs), lam = lambdaFor(eta, lambda, shownAbs);
  const worked = `|1 − ηλ| = |1 − ${formatNumber(eta)} × ${lam}| = ${shownAbs}`;
  const factor = `along the steepest direction here λ ≈ ${lam}, so each step multiplies the error by 1 − ηλ = ${apartFromOne(r)}`;
  switch (trend) {
    case 'diverging':
      return abs > 1
        ? `Diverging: ${worked} > 1, so each step overshoots by more than it corrects`
        : `Diverging, although here ${worked} ≤ 1: the curvature changes along the path, and where it was steeper the steps overshot`;
    case 'oscillating':
      if (r >= 0) return `Oscillating, although ${factor} (no flip along the steepest direction here): the flips come from the curvature changing along the path`;
      return `Oscillating: ${factor} (|1 − ηλ| ${abs < 1 ? '< 1: it shrinks' : abs > 1 ? '> 1: it grows' : '= 1: it neither grows nor shrinks'})`;
    case 'converging':
      return abs < 1
        ? `Converging: ${factor} (|1 − ηλ| < 1: it shrinks${r < 0 ? ', flipping sides' : ''})`
        : `Converging so far, but here ${worked} ≥ 1: near this point the steps would overshoot`;
    default: { const never: never = trend; return String(never); }
  }
}

/**
 * One sentence saying why the path behaves as it does at stored point k, with the numbers; empty before it
 * has a trend (two steps). For optimizers other than plain descent it says that the rule of thumb is plain
 * descent's. Pure (evaluates the Hessian once).
 */
export function trendSentence(run: Run, k: number): string {
  const tr = run.traj;
  if (tr === null || k < 2 || k >= run.count) return '';
  const trend = trendAt(tr, k, undefined, trendSign(run));
  if (trend === null) return '';
  const s = run.settings, o = TRAJ_STRIDE * k;
  const eta = learningRateAt(s.lr, s.schedule, k - 1);
  const [lo, hi] = hessianEigenvalues(run.surface, tr[o] as number, tr[o + 1] as number);
  // Ascent on f is descent on −f, whose largest curvature is −λ_min(f).
  const lambda = s.ascent ? -lo : hi;
  const kind = s.optimizer.kind;
  if (kind === 'newton') {
    return `${WORD[trend]}. Newton's method divides each step by the curvature (H⁻¹), so plain descent's rule |1 − ηλ| < 1 does not apply to it.`;
  }
  if (!Number.isFinite(lambda)) return `${WORD[trend]}.`;
  if (kind !== 'gd') {
    const plain = lambda > 0 ? `λ ≈ ${approx(lambda)} here would give 1 − ηλ = ${num(1 - eta * lambda)}` : `the surface does not curve up here (λ ≈ ${approx(lambda)})`;
    return `${WORD[trend]}. For plain gradient descent at this rate, ${plain}; ${optimizerNames[kind]} shapes its steps with its memory, so that rule of thumb does not decide its fate.`;
  }
  if (!(lambda > 0)) {
    return `${WORD[trend]}: the surface does not curve up along any direction here (largest curvature λ ≈ ${approx(lambda)}), so no rate is too large for this spot and the rule |1 − ηλ| < 1 does not apply.`;
  }
  return `${plainReading(trend, eta, lambda)}.`;
}
