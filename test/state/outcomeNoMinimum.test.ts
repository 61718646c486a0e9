import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { resolveSurface } from '../../src/core/surfaces/spec';
import { outcomeText } from '../../src/state/outcomeText';

describe('the outcome of a path on a cost without a minimum', () => {
  it('says the cost keeps falling and descent walks off, for separable classes only', () => {
    const sep = resolveSurface({ kind: 'regression', dataset: 'separable' });
    if (!sep.ok) throw new Error(sep.message);
    const r = createRun(sep.surface, 0, 0, createRunSettings({ lr: 0.5, maxSteps: 300 }));
    advanceRun(r, 300);
    expect(r.status).toBe('max-steps');
    expect(outcomeText(r)).toBe('stopped at the limit (300 iterations): this cost has no minimum, it keeps falling as |w| grows, so descent walks off for ever');
    // The cost fell all the way and |w| kept growing.
    expect(r.f).toBeLessThan(sep.surface.f(0, 0) / 5);
    const hours = resolveSurface({ kind: 'regression', dataset: 'hours-studied' });
    if (!hours.ok) throw new Error(hours.message);
    const h = createRun(hours.surface, 0, 0, createRunSettings({ lr: 0.5, maxSteps: 20_000 }));
    advanceRun(h, 20_000);
    expect(outcomeText(h)).toMatch(/^converged at iteration [\d,]+, at minimum best fit \(global\)$/);
  });
});
