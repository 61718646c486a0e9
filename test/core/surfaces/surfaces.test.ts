import { describe, expect, it } from 'vitest';
import { builtinSurfaces, getSurface, surfaceIds } from '../../../src/core/surfaces/registry';
import { criticalAscentRate, criticalLearningRate, hessianEigenvalues } from '../../../src/core/descent/insight';
import { advanceRun, createRun } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import type { Surface } from '../../../src/core/types';

const REQUIRED = ['bowl', 'elongated', 'himmelblau', 'rosenbrock', 'rastrigin', 'ackley', 'beale', 'booth',
  'six-hump-camel', 'styblinski-tang', 'mccormick', 'saddle', 'two-valleys'];

/** Deterministic sample points across a surface's domain. */
function samplePoints(s: Surface, n: number): [number, number][] {
  const d = s.domain, pts: [number, number][] = [];
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < n; i++) pts.push([d.xMin + rnd() * (d.xMax - d.xMin), d.yMin + rnd() * (d.yMax - d.yMin)]);
  return pts;
}

const g = new Float64Array(2), gp = new Float64Array(2), gm = new Float64Array(2), h = new Float64Array(3);

describe('surface registry', () => {
  it('has every required surface, each with a name, TeX, domain and at least one critical point', () => {
    for (const id of REQUIRED) {
      const s = getSurface(id);
      expect(s, id).toBeDefined();
      expect(s!.name.length).toBeGreaterThan(0);
      expect(s!.tex).toMatch(/f\(x,y\)=/);
      expect(s!.domain.xMax).toBeGreaterThan(s!.domain.xMin);
      expect(s!.critical.length).toBeGreaterThan(0);
    }
    expect(new Set(surfaceIds).size).toBe(surfaceIds.length);
  });
});

describe.each(builtinSurfaces.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  it('analytic gradient equals central differences', () => {
    for (const [x, y] of samplePoints(s, 200)) {
      if (s.id === 'ackley' && Math.hypot(x, y) < 1e-3) continue;
      s.grad(x, y, g);
      const e = 1e-6;
      const nx = (s.f(x + e, y) - s.f(x - e, y)) / (2 * e);
      const ny = (s.f(x, y + e) - s.f(x, y - e)) / (2 * e);
      const scale = 1 + Math.abs(s.f(x, y));
      expect(Math.abs((g[0] as number) - nx)).toBeLessThan(1e-6 * scale + 1e-5 * Math.abs(nx));
      expect(Math.abs((g[1] as number) - ny)).toBeLessThan(1e-6 * scale + 1e-5 * Math.abs(ny));
    }
  });

  it('analytic Hessian equals central differences of the gradient', () => {
    for (const [x, y] of samplePoints(s, 100)) {
      if (s.id === 'ackley' && Math.hypot(x, y) < 1e-2) continue;
      s.hess(x, y, h);
      const e = 1e-5;
      s.grad(x + e, y, gp); s.grad(x - e, y, gm);
      const hxx = ((gp[0] as number) - (gm[0] as number)) / (2 * e);
      const hxy = ((gp[1] as number) - (gm[1] as number)) / (2 * e);
      s.grad(x, y + e, gp); s.grad(x, y - e, gm);
      const hyy = ((gp[1] as number) - (gm[1] as number)) / (2 * e);
      const tol = (v: number) => 1e-4 * (1 + Math.abs(v));
      expect(Math.abs((h[0] as number) - hxx)).toBeLessThan(tol(hxx));
      expect(Math.abs((h[1] as number) - hxy)).toBeLessThan(tol(hxy));
      expect(Math.abs((h[2] as number) - hyy)).toBeLessThan(tol(hyy));
    }
  });

  it('lists stationary critical points with the right values and kinds', () => {
    for (const c of s.critical) {
      s.grad(c.x, c.y, g);
      expect(Math.hypot(g[0] as number, g[1] as number), `${c.label} gradient`).toBeLessThan(1e-8);
      expect(s.f(c.x, c.y)).toBeCloseTo(c.f, 8);
      if (s.id === 'ackley') continue;
      const [lo, hi] = hessianEigenvalues(s, c.x, c.y);
      if (c.kind === 'min') expect(lo).toBeGreaterThan(0);
      if (c.kind === 'max') expect(hi).toBeLessThan(0);
      if (c.kind === 'saddle') expect(lo * hi).toBeLessThanOrEqual(0);
    }
  });

  it('never returns a non-finite gradient inside its domain', () => {
    for (const [x, y] of [...samplePoints(s, 50), [0, 0] as [number, number]]) {
      s.grad(x, y, g);
      expect(Number.isFinite(g[0]) && Number.isFinite(g[1])).toBe(true);
    }
  });
});

describe('known facts from the reference', () => {
  it('the global minima have the listed values', () => {
    const cases: [string, number, number, number][] = [
      ['bowl', 0, 0, 0], ['rosenbrock', 1, 1, 0], ['beale', 3, 0.5, 0], ['booth', 1, 3, 0],
      ['mccormick', -0.5471975512, -1.5471975512, -1.913222954981037],
      ['styblinski-tang', -2.903534027771178, -2.903534027771178, -78.33233140754285],
      ['six-hump-camel', 0.089842013683, -0.7126564032704, -1.031628453489877],
    ];
    for (const [id, x, y, f] of cases) expect(getSurface(id)!.f(x, y)).toBeCloseTo(f, 8);
  });

  it('Ackley has the subgradient 0 at its non-differentiable origin, never NaN', () => {
    getSurface('ackley')!.grad(0, 0, g);
    expect([g[0], g[1]]).toEqual([0, 0]);
  });

  it('critical learning rates at the minima match the reference', () => {
    const cases: [string, number, number, number][] = [
      ['bowl', 0, 0, 1], ['himmelblau', 3, 2, 0.024306], ['rosenbrock', 1, 1, 0.0019968],
      ['rastrigin', 0, 0, 0.0050405], ['beale', 3, 0.5, 0.040833], ['booth', 1, 3, 0.11111],
      ['matyas', 0, 0, 2], ['six-hump-camel', 0.0898420136830, -0.7126564032704, 0.12126],
      ['styblinski-tang', -2.903534027771178, -2.903534027771178, 0.057832], ['mccormick', -0.5471975512, -1.5471975512, 0.5],
      ['elongated', 0, 0, 0.2],
    ];
    for (const [id, x, y, eta] of cases) expect(criticalLearningRate(getSurface(id)!, x, y)!, id).toBeCloseTo(eta, 4);
  });

  it('has no critical learning rate where the Hessian is not positive definite', () => {
    expect(criticalLearningRate(getSurface('saddle')!, 0, 0)).toBeNull();
    expect(criticalAscentRate(getSurface('saddle')!, 0, 0)).toBeNull();
    expect(criticalAscentRate(getSurface('bowl')!, 0, 0)).toBeNull();
  });

  it('the ascent rate at Himmelblau\'s maximum is the mirror image: ascent settles just below it and leaves just above', () => {
    const h = getSurface('himmelblau')!, top = h.critical.find((c) => c.kind === 'max')!;
    const rate = criticalAscentRate(h, top.x, top.y)!;
    const [lo] = hessianEigenvalues(h, top.x, top.y);
    expect(rate).toBeCloseTo(2 / -lo, 12);
    const climb = (eta: number) => {
      const r = createRun(h, top.x + 0.01, top.y - 0.01, createRunSettings({ lr: eta, ascent: true, maxSteps: 20_000 }));
      advanceRun(r, 20_000);
      return r;
    };
    expect(climb(0.95 * rate).critical?.label).toBe('X1');
    expect(climb(1.05 * rate).critical?.label).not.toBe('X1');
  });

  it('Rastrigin lists the local minimum near (1, 0) with the reference value', () => {
    const r = getSurface('rastrigin')!;
    const m = r.critical.find((c) => Math.abs(c.x - 0.994959) < 1e-5 && c.y === 0);
    expect(m?.f).toBeCloseTo(0.994959, 5);
  });

  it('two-valleys: its minima differ in depth and a crest lies between them', () => {
    const s = getSurface('two-valleys')!;
    const mins = s.critical.filter((c) => c.kind === 'min');
    expect(mins).toHaveLength(2);
    expect(mins.filter((m) => m.global)).toHaveLength(1);
    const saddle = s.critical.find((c) => c.kind === 'saddle')!;
    expect(saddle.x).toBeGreaterThan(Math.min(...mins.map((m) => m.x)));
    expect(saddle.x).toBeLessThan(Math.max(...mins.map((m) => m.x)));
  });
});
