// The update-rule panel's worked numbers against hand computations (REFERENCE.md's closed forms).
import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { getSurface } from '../../src/core/surfaces/registry';
import { ruleFor, stepLines } from '../../src/ui/updateRuleText';

const names = { axes: ['x', 'y'] as const, cost: 'f' };
const surface = (id: string) => {
  const s = getSurface(id);
  if (!s) throw new Error(`no surface ${id}`);
  return s;
};

describe('stepLines', () => {
  it('bowl from (10, 10) at η = 0.1: the gradient is (20, 20) and the step lands on (8, 8)', () => {
    const run = createRun(surface('bowl'), 10, 10, createRunSettings({ lr: 0.1 }));
    advanceRun(run, 1);
    expect(stepLines(run, names)).toEqual([
      'Iteration 1: the gradient at the old point (10, 10) is (20, 20); η = 0.1.',
      'x: 10 − 0.1 × 20 = 8',
      'y: 10 − 0.1 × 20 = 8',
    ]);
  });

  it('under a schedule, shows the η the step used: ExponentialLR(0.5) at η = 0.1 on the bowl from (10, 10)', () => {
    // η_t = 0.1·0.5^t (PyTorch's closed form): step 1 uses η_0 = 0.1 → (8, 8); step 2 uses η_1 = 0.05 → 8 − 0.05·16 = 7.2.
    const run = createRun(surface('bowl'), 10, 10, createRunSettings({ lr: 0.1, schedule: { kind: 'exponential', gamma: 0.5 } }));
    advanceRun(run, 1);
    expect(stepLines(run, names)).toEqual([
      'Iteration 1: the gradient at the old point (10, 10) is (20, 20); η = 0.1.',
      'x: 10 − 0.1 × 20 = 8',
      'y: 10 − 0.1 × 20 = 8',
    ]);
    advanceRun(run, 1);
    expect(stepLines(run, names)).toEqual([
      'Iteration 2: the gradient at the old point (8, 8) is (16, 16); η = 0.05.',
      'x: 8 − 0.05 × 16 = 7.2',
      'y: 8 − 0.05 × 16 = 7.2',
    ]);
  });

  it('under StepLR(2, 0.1), the step that crosses a boundary shows the old rate (η_1 = 1e-1, η_2 = 1e-2)', () => {
    // Bowl from (10, 10), η = 0.1: steps 1 and 2 use 0.1 (x → 8 → 6.4), step 3 uses 0.01 (6.4 − 0.01·12.8 = 6.272).
    const run = createRun(surface('bowl'), 10, 10, createRunSettings({ lr: 0.1, schedule: { kind: 'step', stepSize: 2, gamma: 0.1 } }));
    advanceRun(run, 2);
    expect(stepLines(run, names)[1]).toBe('x: 8 − 0.1 × 16 = 6.4');
    advanceRun(run, 1);
    expect(stepLines(run, names)[1]).toBe('x: 6.4 − 0.01 × 12.8 = 6.272');
  });

  it('Booth from (0, 0) at η = 0.01, simultaneous: ∇f = (−34, −38), so (0.34, 0.38)', () => {
    // ∂f/∂x = 2(x + 2y − 7) + 4(2x + y − 5) = −34, ∂f/∂y = 4(x + 2y − 7) + 2(2x + y − 5) = −38 at (0, 0).
    const run = createRun(surface('booth'), 0, 0, createRunSettings({ lr: 0.01 }));
    advanceRun(run, 1);
    const [head, lx, ly] = stepLines(run, names);
    expect(head).toBe('Iteration 1: the gradient at the old point (0, 0) is (−34, −38); η = 0.01.');
    expect(lx).toBe('x: 0 − 0.01 × (−34) = 0.34');
    expect(ly).toBe('y: 0 − 0.01 × (−38) = 0.38');
  });

  it('Booth, sequential: ∂f/∂y is taken at (0.34, 0) = −35.28, so y lands on 0.3528, labelled as the mistake', () => {
    // ∂f/∂y(0.34, 0) = 4(0.34 − 7) + 2(0.68 − 5) = −26.64 − 8.64 = −35.28.
    const run = createRun(surface('booth'), 0, 0, createRunSettings({ lr: 0.01, sequential: true }));
    advanceRun(run, 1);
    const [head, lx, ly] = stepLines(run, names);
    expect(head).toBe('Iteration 1: ∂f/∂x at the old point (0, 0) is −34; ∂f/∂y taken at the new x, (0.34, 0), is −35.28 '
      + '(the mistake: at the old point it is −38); η = 0.01.');
    expect(lx).toBe('x: 0 − 0.01 × (−34) = 0.34');
    expect(ly).toBe('y: 0 − 0.01 × (−35.28) = 0.3528 (∂f/∂y at (x_new, y_old): the mistake)');
    expect(run.y).toBeCloseTo(0.3528, 12);
  });

  it('ascent adds the step: bowl from (1, 2) at η = 0.1 goes to (1.2, 2.4)', () => {
    const run = createRun(surface('bowl'), 1, 2, createRunSettings({ lr: 0.1, ascent: true }));
    advanceRun(run, 1);
    expect(stepLines(run, names).slice(1)).toEqual(['x: 1 + 0.1 × 2 = 1.2', 'y: 2 + 0.1 × 4 = 2.4']);
  });

  it('a diverged run names the iteration that left the numbers and shows its last finite step', () => {
    // Plain descent on the bowl at η = 1.5 multiplies x by (1 − 2η) = −2 each step until it runs away.
    const run = createRun(surface('bowl'), 1, 1, createRunSettings({ lr: 1.5 }));
    advanceRun(run, 10_000);
    expect(run.status).toBe('diverged');
    const [head] = stepLines(run, names);
    expect(head.startsWith(`Iteration ${run.divergedAt} left the finite numbers (diverged); its last finite step, iteration ${run.t}: `)).toBe(true);
    expect(run.divergedAt).toBe(run.t + 1);
  });

  it('before any step, says so', () => {
    const run = createRun(surface('bowl'), 1, 1, createRunSettings());
    expect(stepLines(run, names)).toEqual(['Iteration 0: no step yet. Press play or step to take one.', '', '']);
  });
});

describe('ruleFor', () => {
  it('writes the rule in the surface\'s names, momentum\'s buffer as v, and ascent with a plus', () => {
    expect(ruleFor('gd', 'w', 'J', false)).toBe('w ← w − η·∂J/∂w');
    expect(ruleFor('momentum', 'b', 'J', false)).toBe('v ← μ·v + ∂J/∂b;  b ← b − η·v');
    expect(ruleFor('gd', 'x', 'f', true)).toBe('x ← x + η·∂f/∂x');
  });
});

describe("stepLines for Newton's method", () => {
  it('bowl from (10, 10) at η = 1: H = [[2, 0], [0, 2]], H⁻¹g = (10, 10), lands on (0, 0)', () => {
    const run = createRun(surface('bowl'), 10, 10, createRunSettings({ lr: 1, optimizer: { kind: 'newton', damping: 0 } }));
    advanceRun(run, 1);
    expect(stepLines(run, names)).toEqual([
      'Iteration 1: the gradient at the old point (10, 10) is (20, 20); η = 1. H = [[2, 0], [0, 2]].',
      'x: 10 − 1 × 10 = 0 (the x part of H⁻¹∇f)',
      'y: 10 − 1 × 10 = 0 (the y part of H⁻¹∇f)',
    ]);
    expect(ruleFor('newton', 'x', 'f', false)).toBe('x ← x − η·(x part of H⁻¹∇f)');
  });

  it('saddle x² − y² from (1, 1) at η = 0.1: H is indefinite, so the step is a gradient step and says so', () => {
    const run = createRun(surface('saddle'), 1, 1, createRunSettings({ lr: 0.1, optimizer: { kind: 'newton', damping: 0 } }));
    advanceRun(run, 1);
    expect(stepLines(run, names)).toEqual([
      'Iteration 1: the gradient at the old point (1, 1) is (2, −2); η = 0.1. H = [[2, 0], [0, −2]]: '
        + 'H is not positive definite here: this step is a gradient step (1 of 1 iterations so far were gradient steps).',
      'x: 1 − 0.1 × 2 = 0.8',
      'y: 1 − 0.1 × (−2) = 1.2',
    ]);
  });
});
