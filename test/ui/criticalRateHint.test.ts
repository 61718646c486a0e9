import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getSurface } from '../../src/core/surfaces/registry';
import { resolveSurface } from '../../src/core/surfaces/spec';
import { criticalRateHint, roundDown3 } from '../../src/ui/CriticalRateHint';

describe('the critical-rate hint under the learning-rate slider', () => {
  it('on Himmelblau names the sharpest minimum, M3 with 0.0149, and lists each minimum', () => {
    const h = criticalRateHint(getSurface('himmelblau')!, false);
    expect(h.text).toBe('Plain descent is stable near each minimum for η below 0.0149 (2/λ_max at M3, the sharpest).');
    expect(h.each.map((e) => `${e.label} ${e.rate}`).join(' · ')).toBe('M1 0.0243 · M2 0.0248 · M3 0.0149 · M4 0.0189');
  });

  it('on Ackley claims no stable rate and says why', () => {
    const h = criticalRateHint(getSurface('ackley')!, false);
    expect(h.text).toBe("Ackley's minimum is a cone point: the curvature there is infinite, so no learning rate is stable right at it; paths circle it.");
    expect(h.text).not.toMatch(/below/);
  });

  it('on a one-minimum surface quotes that minimum; with none, the general advice', () => {
    expect(criticalRateHint(getSurface('bowl')!, false)).toEqual({ text: 'Plain descent is stable near the minimum M1 for η below 1 (2/λ_max).', each: [] });
    expect(criticalRateHint(getSurface('saddle')!, false).text).toBe('Too large overshoots or diverges; too small crawls.');
  });

  it('names a minimum called in words as such: the regression cost\'s "best fit", not "the minimum best fit"', () => {
    const r = resolveSurface({ kind: 'regression', dataset: 'noisy-line' });
    if (!r.ok) throw new Error(r.message);
    const h = criticalRateHint(r.surface, false);
    expect(h.text).toMatch(/^Plain descent is stable near the best fit for η below [\d.e-]+ \(2\/λ_max\)\.$/);
  });

  it('under ascent keeps the ascent hint: 2/|λ_min| at the highest maximum', () => {
    // Himmelblau's maximum X1 (−0.270845, −0.923039): Hessian eigenvalues from the closed form.
    const x = -0.270845, y = -0.923039;
    const fxx = 12 * x * x + 4 * y - 42, fxy = 4 * x + 4 * y, fyy = 12 * y * y + 4 * x - 26;
    const lmin = (fxx + fyy) / 2 - Math.hypot((fxx - fyy) / 2, fxy);
    const h = criticalRateHint(getSurface('himmelblau')!, true);
    expect(h.text).toBe(`Plain ascent is stable near the maximum X1 for η below ${roundDown3(2 / -lmin)} (2/|λ_min|).`);
  });

  it('rounds a "stable below" bound down, never up past the limit', () => {
    expect([roundDown3(0.014949290301612756), roundDown3(0.018971928580586658), roundDown3(1), roundDown3(0.0019968)])
      .toEqual([0.0149, 0.0189, 1, 0.00199]);
    fc.assert(fc.property(fc.double({ min: 1e-8, max: 1e8, noNaN: true }), (v) => {
      const r = roundDown3(v);
      return r <= v && r > v * 0.99 && Number(r.toPrecision(3)) === r;
    }), { seed: 7 });
  });

  it('a typed corner, |x| + |y|, is not called flat and gets no rate', () => {
    const r = resolveSurface({ kind: 'formula', text: 'abs(x) + abs(y)' });
    if (!r.ok) throw new Error(r.message);
    const h = criticalRateHint(r.surface, false);
    expect(h.text).toMatch(/minimum is a corner: the slope changes abruptly there, so no learning rate is stable right at it/);
    expect(h.text).not.toMatch(/flat|below/);
  });
});
