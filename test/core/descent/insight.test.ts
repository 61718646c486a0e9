import { describe, expect, it } from 'vitest';
import { minimaCriticalRates, smallestCriticalRate } from '../../../src/core/descent/insight';
import { getSurface } from '../../../src/core/surfaces/registry';
import type { Surface } from '../../../src/core/types';

// REFERENCE.md's table: (surface, minimum, critical η at it), every built-in with a critical η listed
// (Goldstein–Price is in the table but not built in).
const table: [string, number, number, number][] = [
  ['bowl', 0, 0, 1],
  ['himmelblau', 3, 2, 0.024306],
  ['himmelblau', -2.805118086952745, 3.131312518250573, 0.024829],
  ['himmelblau', -3.779310253377747, -3.283185991286170, 0.014949],
  ['himmelblau', 3.584428340330492, -1.848126526964404, 0.018972],
  ['rosenbrock', 1, 1, 0.0019968],
  ['rastrigin', 0, 0, 0.0050405],
  ['beale', 3, 0.5, 0.040833],
  ['booth', 1, 3, 0.11111],
  ['matyas', 0, 0, 2],
  ['six-hump-camel', 0.0898420136830, -0.7126564032704, 0.12126],
  ['six-hump-camel', -0.0898420136830, 0.7126564032704, 0.12126],
  ['styblinski-tang', -2.903534027771178, -2.903534027771178, 0.057832],
  ['mccormick', -0.5471975512, -1.5471975512, 0.5],
];

const sig4 = (v: number): number => Number(v.toPrecision(4));
/** Agreement to 4 significant digits: a relative difference below 1e-4. */
const agree4 = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-4 * Math.abs(b);

describe('critical learning rates at every known minimum', () => {
  it.each(table)('%s at (%f, %f): 2/λ_max = %f to 4 significant digits', (id, x, y, eta) => {
    const rates = minimaCriticalRates(getSurface(id)!);
    const at = rates.find((r) => Math.hypot(r.point.x - x, r.point.y - y) < 1e-6);
    expect(at, 'the minimum is listed').toBeDefined();
    expect(at!.reason).toBeNull();
    expect(agree4(at!.rate!, eta), `${at!.rate} vs ${eta}`).toBe(true);
  });

  it('lists every minimum and only minima, indexed into surface.critical', () => {
    const h = getSurface('himmelblau')!;
    const rates = minimaCriticalRates(h);
    expect(rates.map((r) => r.index)).toEqual(h.critical.flatMap((c, i) => (c.kind === 'min' ? [i] : [])));
    expect(rates.every((r) => h.critical[r.index] === r.point)).toBe(true);
    expect(minimaCriticalRates(getSurface('saddle')!)).toEqual([]);
  });

  it('Himmelblau is limited by M3 (0.0149), not M1 (0.0243)', () => {
    const best = smallestCriticalRate(minimaCriticalRates(getSurface('himmelblau')!));
    expect(best?.point.label).toBe('M3');
    expect(best?.point.x).toBeCloseTo(-3.779310253377747, 10);
    expect(sig4(best!.rate)).toBe(0.01495);
  });

  it('Ackley\'s cone point has no critical rate, and says why', () => {
    const rates = minimaCriticalRates(getSurface('ackley')!);
    expect(rates).toHaveLength(1);
    expect([rates[0]!.rate, rates[0]!.reason]).toEqual([null, 'cone']);
    expect(smallestCriticalRate(rates)).toBeNull();
  });

  it('works for any surface with minima in critical: a cone, a flat minimum, and an ordinary one', () => {
    const made: Surface = {
      id: 'made', name: 'made', tex: '', axes: ['x', 'y'], domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
      critical: [
        { kind: 'min', x: -2, y: 0, f: 0, label: 'M1' }, { kind: 'min', x: 0, y: 0, f: 0, label: 'M2' },
        { kind: 'saddle', x: 1, y: 0, f: 0, label: 'S1' }, { kind: 'min', x: 2, y: 0, f: 0, label: 'M3' },
      ],
      f: () => 0, grad: (_x, _y, out) => { out[0] = 0; out[1] = 0; },
      // M1 a cone (non-finite), M2 flat to second order, M3 curvature (4, 1) with a cross term: λ_max = 4.3028
      hess: (x, _y, out) => {
        if (x < -1) { out[0] = NaN; out[1] = NaN; out[2] = NaN; } else if (x < 0.5) { out[0] = 0; out[1] = 0; out[2] = 0; } else { out[0] = 4; out[1] = 1; out[2] = 1; }
      },
    };
    const rates = minimaCriticalRates(made);
    expect(rates.map((r) => [r.point.label, r.reason])).toEqual([['M1', 'cone'], ['M2', 'flat'], ['M3', null]]);
    const lmax = 2.5 + Math.sqrt(1.5 * 1.5 + 1); // eigenvalues of [4 1; 1 1]
    expect(rates[2]!.rate).toBeCloseTo(2 / lmax, 14);
    expect(smallestCriticalRate(rates)?.point.label).toBe('M3');
  });

  it('a corner (|x| + |y|, |x| + y²) has no critical rate: its Hessian is finite but the slope does not vanish there', () => {
    const at0 = (f: (x: number, y: number) => number, gx: (x: number) => number, gy: (y: number) => number, fxx: number, fyy: number): Surface => ({
      id: 'made', name: 'made', tex: '', axes: ['x', 'y'], domain: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
      critical: [{ kind: 'min', x: 0, y: 0, f: 0, label: 'M1' }],
      f, grad: (x, y, out) => { out[0] = gx(x); out[1] = gy(y); }, hess: (_x, _y, out) => { out[0] = fxx; out[1] = 0; out[2] = fyy; },
    });
    // f, its gradient and its Hessian away from the kink (0 for |x|), in closed form
    const absBoth = at0((x, y) => Math.abs(x) + Math.abs(y), Math.sign, Math.sign, 0, 0);
    const absAndSquare = at0((x, y) => Math.abs(x) + y * y, Math.sign, (y) => 2 * y, 0, 2);
    const quartic = at0((x, y) => x ** 4 + y ** 4, (x) => 4 * x ** 3, (y) => 4 * y ** 3, 0, 0);
    const bowl = at0((x, y) => x * x + y * y, (x) => 2 * x, (y) => 2 * y, 2, 2);
    expect([absBoth, absAndSquare, quartic, bowl].map((s) => { const r = minimaCriticalRates(s)[0]!; return [r.rate, r.reason]; }))
      .toEqual([[null, 'corner'], [null, 'corner'], [null, 'flat'], [1, null]]);
  });
});
