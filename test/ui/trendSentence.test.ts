// The update-rule panel's "why" sentence, against the bowl's closed form: λ = 2 everywhere, so each step
// multiplies the error by 1 − 2η (REFERENCE.md).
import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { getSurface } from '../../src/core/surfaces/registry';
import { createFormulaSurface } from '../../src/core/formula';
import { trendSentence } from '../../src/ui/trendSentence';
import { stepLines } from '../../src/ui/updateRuleText';

const bowl = getSurface('bowl')!;
const runAt = (lr: number, steps: number, extra: Parameters<typeof createRunSettings>[0] = {}) => {
  const run = createRun(bowl, 10, 10, createRunSettings({ lr, maxSteps: 1000, ...extra }));
  advanceRun(run, steps);
  return run;
};

/** Plain descent on a typed formula from (1, 1), `steps` iterations. */
const runOn = (formula: string, lr: number, steps: number) => {
  const res = createFormulaSurface(formula);
  if (!res.ok) throw new Error(formula);
  const run = createRun(res.surface, 1, 1, createRunSettings({ lr, maxSteps: 1000 }));
  advanceRun(run, steps);
  return run;
};

describe('trendSentence', () => {
  it('η = 0.9: oscillating, 1 − ηλ = −0.8, it shrinks', () => {
    expect(trendSentence(runAt(0.9, 8), 8)).toBe(
      'Oscillating: along the steepest direction here λ ≈ 2.0, so each step multiplies the error by 1 − ηλ = −0.8 (|1 − ηλ| < 1: it shrinks).');
  });
  it('η = 1.1: diverging, |1 − 1.1 × 2.0| = 1.2 > 1', () => {
    expect(trendSentence(runAt(1.1, 8), 8)).toBe(
      'Diverging: |1 − ηλ| = |1 − 1.1 × 2.0| = 1.2 > 1, so each step overshoots by more than it corrects.');
  });
  it('η = 0.3: converging, 1 − ηλ = 0.4', () => {
    expect(trendSentence(runAt(0.3, 8), 8)).toBe(
      'Converging: along the steepest direction here λ ≈ 2.0, so each step multiplies the error by 1 − ηλ = 0.4 (|1 − ηλ| < 1: it shrinks).');
  });
  it('is empty before two steps, and for other optimizers says the rule of thumb is plain descent\'s', () => {
    expect(trendSentence(runAt(0.9, 8), 1)).toBe('');
    const adam = trendSentence(runAt(0.9, 8, { optimizer: { kind: 'adam', beta1: 0.9, beta2: 0.999, eps: 1e-8 } }), 8);
    expect(adam).toMatch(/For plain gradient descent at this rate, λ ≈ 2\.0 here would give 1 − ηλ = −0\.8; Adam .* does not decide its fate\.$/);
  });
  it('reads the shown point, not the latest one (η 1.2, cut by 0.75 every 10 iterations: diverging, then oscillating)', () => {
    const schedule = { kind: 'step', stepSize: 10, gamma: 0.75 } as const;
    const run = runAt(1.2, 30, { schedule });
    const early = trendSentence(run, 5);
    expect(early).toBe('Diverging: |1 − ηλ| = |1 − 1.2 × 2.0| = 1.4 > 1, so each step overshoots by more than it corrects.');
    expect(run.count).toBe(31);
    expect(trendSentence(run, 30)).toMatch(/^Oscillating: .* 1 − ηλ = −0\.35 /);
    expect(trendSentence(run, 30)).not.toBe(early);
    expect(early).toBe(trendSentence(runAt(1.2, 5, { schedule }), 5));
  });
  it('η = 1.01: |1 − ηλ| = 1.02 > 1, never "1 > 1"', () => {
    const run = runAt(1.01, 9);
    expect(run.status).toBe('running');
    expect(trendSentence(run, 9)).toBe('Diverging: |1 − ηλ| = |1 − 1.01 × 2.0| = 1.02 > 1, so each step overshoots by more than it corrects.');
  });
  it('η = 0.999: 1 − ηλ = −0.998 with "< 1: it shrinks", never "−1"', () => {
    expect(trendSentence(runAt(0.999, 9), 9)).toBe(
      'Oscillating: along the steepest direction here λ ≈ 2.0, so each step multiplies the error by 1 − ηλ = −0.998 (|1 − ηλ| < 1: it shrinks).');
  });
  it('prints λ with the digits the worked sum uses (λ = 2.04: |1 − 1 × 2.04| = 1.04, not "× 2.0")', () => {
    // f = 1.02(x² + y²): λ = 2.04 everywhere; at η = 1 each step multiplies the error by −1.04.
    const s = trendSentence(runOn('1.02*(x^2 + y^2)', 1, 9), 9);
    expect(s).toBe('Diverging: |1 − ηλ| = |1 − 1 × 2.04| = 1.04 > 1, so each step overshoots by more than it corrects.');
  });
  it('ascent to Himmelblau\'s maximum X1 (η = 0.005 from (0.5, 0.5)) reads converging, not "Diverging, although …"', () => {
    const himmelblau = getSurface('himmelblau')!;
    const run = createRun(himmelblau, 0.5, 0.5, createRunSettings({ lr: 0.005, ascent: true, maxSteps: 2000 }));
    advanceRun(run, 12);
    expect(trendSentence(run, 12)).toMatch(/^Converging: along the steepest direction here λ ≈ /);
  });
});

describe('stepLines at an earlier shown point', () => {
  const names = { axes: ['x', 'y'] as const, cost: 'f' };
  it('equals the latest step of a run stopped there (bowl, η = 0.1: 10 → 8 → 6.4)', () => {
    const long = runAt(0.1, 20), short = runAt(0.1, 2);
    expect(stepLines(long, names, 2)).toEqual(stepLines(short, names));
    expect(stepLines(long, names, 2)[1]).toBe('x: 8 − 0.1 × 16 = 6.4');
    expect(stepLines(long, names, 0)[0]).toBe('Iteration 0: no step yet. Press play or step to take one.');
  });
  it('a diverged run rewound before its end shows an ordinary step, not where it left the numbers', () => {
    const run = runAt(1.5, 10_000);
    expect(run.status).toBe('diverged');
    expect(stepLines(run, names, 3)[0]).toMatch(/^Iteration 3: the gradient at the old point/);
    expect(stepLines(run, names)[0]).toMatch(/left the finite numbers/);
  });
  it('Newton\'s fallback count at an earlier point is the count of a run stopped there (replayed in a scratch run)', () => {
    const rosen = getSurface('rosenbrock')!;
    const settings = createRunSettings({ lr: 1, maxSteps: 100, optimizer: { kind: 'newton', damping: 0 } });
    const long = createRun(rosen, -1.2, 1, settings); advanceRun(long, 100);
    for (const k of [1, 2, 3]) {
      const short = createRun(rosen, -1.2, 1, settings); advanceRun(short, k);
      if (short.count - 1 !== k) continue;
      expect(stepLines(long, names, k)).toEqual(stepLines(short, names));
    }
  });
});
