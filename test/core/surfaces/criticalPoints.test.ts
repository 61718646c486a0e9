import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { createFormulaSurface } from '../../../src/core/formula';
import { findCriticalPoints, MAX_CRITICAL } from '../../../src/core/surfaces/criticalPoints';
import { resolveSurface } from '../../../src/core/surfaces/spec';
import type { CriticalPoint, Surface } from '../../../src/core/types';

const typed = (text: string): Surface => {
  const r = resolveSurface({ kind: 'formula', text });
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.surface;
};

const ofKind = (s: Surface, kind: CriticalPoint['kind']): CriticalPoint[] => s.critical.filter((c) => c.kind === kind);

// Each expected point matched by exactly one found point within tol; returns the matches in order.
function matchAll(found: readonly CriticalPoint[], expected: readonly (readonly [number, number])[], tol: number): CriticalPoint[] {
  expect(found).toHaveLength(expected.length);
  return expected.map(([x, y]) => {
    const hits = found.filter((c) => Math.abs(c.x - x) <= tol && Math.abs(c.y - y) <= tol);
    expect(hits, `a point at (${x}, ${y})`).toHaveLength(1);
    return hits[0]!;
  });
}

describe('critical points of typed formulas', () => {
  it('x^2 + y^2: one global minimum M1 at the origin', () => {
    const s = typed('x^2 + y^2');
    expect(s.critical).toHaveLength(1);
    const [m] = s.critical;
    expect(m).toMatchObject({ kind: 'min', label: 'M1', global: true });
    expect(Math.abs(m!.x) + Math.abs(m!.y)).toBeLessThan(1e-9);
    expect(s.criticalNote).toBeUndefined();
  });

  it('Himmelblau typed as a formula: 4 minima, 1 maximum, 4 saddles as in REFERENCE.md', () => {
    const s = typed('(x^2 + y - 11)^2 + (x + y^2 - 7)^2');
    const minima = matchAll(ofKind(s, 'min'), [
      [3, 2], [-2.805118086952745, 3.131312518250573], [-3.779310253377747, -3.283185991286170],
      [3.584428340330492, -1.848126526964404],
    ], 1e-6);
    for (const m of minima) {
      expect(m.global).toBe(true);
      expect(Math.abs(m.f)).toBeLessThan(1e-12);
    }
    const [top] = matchAll(ofKind(s, 'max'), [[-0.270845, -0.923039]], 1e-6);
    expect(top!.f).toBeCloseTo(181.6165, 4);
    expect(top!.label).toBe('X1');
    const saddles = matchAll(ofKind(s, 'saddle'), [
      [0.086678, 2.884255], [-3.073026, -0.081353], [3.385154, 0.073852], [-0.127961, -1.953715],
    ], 1e-6);
    expect(saddles.map((c) => Number(c.f.toFixed(3)))).toEqual([67.719, 104.015, 13.312, 178.337]);
    // Labels by ascending f, as for built-ins.
    expect(saddles.map((c) => c.label)).toEqual(['S2', 'S3', 'S1', 'S4']);
    expect(s.critical.map((c) => c.label).sort()).toEqual(['M1', 'M2', 'M3', 'M4', 'S1', 'S2', 'S3', 'S4', 'X1']);
  });

  it('x^2 - y^2: one saddle at the origin, no minimum', () => {
    const s = typed('x^2 - y^2');
    expect(s.critical).toHaveLength(1);
    expect(s.critical[0]).toMatchObject({ kind: 'saddle', label: 'S1' });
    expect(Math.hypot(s.critical[0]!.x, s.critical[0]!.y)).toBeLessThan(1e-9);
  });

  it('a plane x + y: none, and a note saying so', () => {
    const s = typed('x + y');
    expect(s.critical).toEqual([]);
    expect(s.criticalNote).toMatch(/^No critical points found in the view/);
  });

  it('a local minimum next to the global one: local minima are not global, and sort by f', () => {
    // f = x⁴ − 2x² + 0.3x + y²: minima near x = −1.04 (lower) and x = 0.96, a saddle near x = 0.075.
    const s = typed('x^4 - 2*x^2 + 0.3*x + y^2');
    const [m1, m2] = ofKind(s, 'min');
    expect(m1).toMatchObject({ label: 'M1', global: true });
    expect(m2).toMatchObject({ label: 'M2' });
    expect(m2!.global).toBeUndefined();
    expect(m1!.x).toBeLessThan(-1);
    expect(m2!.x).toBeGreaterThan(0.9);
    for (const c of s.critical) {
      // Each is stationary: 4x³ − 4x + 0.3 = 0 and y = 0.
      expect(Math.abs(4 * c.x ** 3 - 4 * c.x + 0.3)).toBeLessThan(1e-9);
      expect(Math.abs(c.y)).toBeLessThan(1e-9);
    }
    expect(ofKind(s, 'saddle')).toHaveLength(1);
  });

  it('Rastrigin: finds its global minimum among many, and caps the count with a note', () => {
    const s = typed('20 + x^2 + y^2 - 10*(cos(2*pi*x) + cos(2*pi*y))');
    expect(s.critical).toHaveLength(MAX_CRITICAL);
    expect(s.critical[0]).toMatchObject({ kind: 'min', label: 'M1', global: true });
    expect(Math.hypot(s.critical[0]!.x, s.critical[0]!.y)).toBeLessThan(1e-9);
    expect(s.critical.filter((c) => c.global)).toHaveLength(1);
    // REFERENCE.md: a local minimum near (0.994959, 0) with f = 0.994959.
    expect(s.critical.some((c) => c.kind === 'min' && Math.abs(c.x - 0.994959) < 1e-6 && Math.abs(c.y) < 1e-9)).toBe(true);
    expect(s.criticalNote).toMatch(new RegExp(`^Showing ${MAX_CRITICAL} of the \\d+ critical points`));
  });

  it('degenerate Hessians: x^4 + y^4 is a minimum, the monkey saddle a saddle, a trough of minima is not marked', () => {
    expect(typed('x^4 + y^4').critical.map((c) => c.kind)).toEqual(['min']);
    expect(typed('x^3 - 3*x*y^2').critical.map((c) => c.kind)).toEqual(['saddle']);
    // Higher powers: Newton crawls in linearly (ratio (n−2)/(n−1)) and the ring must widen to see x¹⁰.
    for (const [text, kind] of [['x^10 + y^10', 'min'], ['x^6 - y^6', 'saddle'], ['-(x^6) - y^4', 'max'], ['(x-1)^6 + (y+2)^4', 'min']] as const) {
      const s = typed(text);
      expect(s.critical.map((c) => c.kind), text).toEqual([kind]);
      const [c] = s.critical;
      expect(Math.abs(c!.x - (text.startsWith('(x-1)') ? 1 : 0)) + Math.abs(c!.y - (text.startsWith('(x-1)') ? -2 : 0)), text).toBeLessThan(1e-6);
    }
    const trough = typed('x^2');
    expect(trough.critical).toEqual([]);
    expect(trough.criticalNote).toMatch(/form curves/);
    const ring = typed('(x^2 + y^2 - 1)^2');
    expect(ring.critical.map((c) => [c.kind, c.label])).toEqual([['max', 'X1']]);
    expect(ring.criticalNote).toMatch(/form curves/);
  });

  it('every point found has ∇f ≈ 0 and lies in the domain (random-ish trigonometric surface)', () => {
    const r = createFormulaSurface('sin(x)*cos(y) + 0.1*x');
    if (!r.ok) throw new Error('rejected');
    const { points } = findCriticalPoints(r.surface);
    expect(points.length).toBeGreaterThan(10);
    const g = new Float64Array(2);
    for (const c of points) {
      // ∂f/∂x = cos x cos y + 0.1, ∂f/∂y = −sin x sin y, written out here.
      g[0] = Math.cos(c.x) * Math.cos(c.y) + 0.1;
      g[1] = -Math.sin(c.x) * Math.sin(c.y);
      expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-9);
      expect(Math.abs(c.x)).toBeLessThanOrEqual(5);
      expect(Math.abs(c.y)).toBeLessThanOrEqual(5);
    }
  });

  it('a run on x^2 + y^2 converges at M1, as on the bowl', () => {
    const run = createRun(typed('x^2 + y^2'), 3, -2, createRunSettings({ lr: 0.1 }));
    advanceRun(run, 10_000);
    expect(run.status).toBe('converged');
    expect(run.minimum?.label).toBe('M1');
    expect(run.critical?.label).toBe('M1');
  });
});

describe('where a typed f is undefined', () => {
  it('sqrt(x^2 + y^2) is 0 at the origin; only its gradient is undefined there', () => {
    const s = typed('sqrt(x^2 + y^2)');
    expect(s.f(0, 0)).toBe(0);
    const g = new Float64Array(2);
    s.grad(0, 0, g);
    expect(Number.isFinite(g[0]!)).toBe(false);
    expect(Number.isFinite(g[1]!)).toBe(false);
    s.grad(3, 4, g);
    expect([...g]).toEqual([0.6, 0.8]);
    expect(s.undefinedNote).toBeUndefined();
  });

  it.each(['0/0', 'sqrt(-x^2-y^2-1)', 'log(-1-x^2)'])('%s, undefined everywhere, is refused with a reason', (text) => {
    const r = resolveSurface({ kind: 'formula', text });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('f is not defined anywhere in the view (checked on a 41×41 grid)');
  });

  it('1/0, infinite everywhere, is refused too', () => {
    const r = resolveSurface({ kind: 'formula', text: '1/0' });
    expect(r.ok ? '' : r.message).toBe('f is not finite anywhere in the view (checked on a 41×41 grid)');
  });

  it('undefined on part of the view: accepted, with the share that is drawn dark red', () => {
    // sqrt(x): x < 0 on 20 of 41 columns of the 41×41 check grid, 49%.
    expect(typed('sqrt(x)').undefinedNote).toBe('f is undefined on 49% of the view; shown in dark red.');
    // log(x): NaN left of the axis, −∞ on it (21 of 41 columns, 51%).
    expect(typed('log(x)').undefinedNote).toBe('f is undefined or infinite on 51% of the view; shown in dark red.');
    expect(typed('x^2 + y^2').undefinedNote).toBeUndefined();
  });
});
