import { describe, expect, it } from 'vitest';
import { createGridSample, gridNormals, measureGrid, sampleGrid } from '../../../src/core/landscape/grid';
import { getSurface } from '../../../src/core/surfaces/registry';
import { createFormulaSurface } from '../../../src/core/formula';

describe('grid sampling', () => {
  it('samples f and the gradient on the grid corners and centre', () => {
    const s = getSurface('himmelblau')!;
    const g = createGridSample(11, s.domain);
    sampleGrid(s, g);
    expect(g.f[0]).toBe(s.f(-5, -5));
    expect(g.f[10]).toBe(s.f(5, -5));
    expect(g.f[120]).toBe(s.f(5, 5));
    expect(g.f[60]).toBeCloseTo(s.f(0, 0), 12);
    measureGrid(g);
    expect(g.min).toBeGreaterThanOrEqual(0);
    expect(g.max).toBe(Math.max(...g.f));
  });

  it('a formula surface samples the same as the built-in through its batch path', () => {
    const s = getSurface('rosenbrock')!;
    const r = createFormulaSurface('(1-x)^2 + 100*(y-x^2)^2', s.domain);
    if (!r.ok) throw new Error(r.error.message);
    const a = createGridSample(33, s.domain), b = createGridSample(33, s.domain);
    sampleGrid(s, a); sampleGrid(r.surface, b);
    for (let i = 0; i < a.f.length; i++) {
      expect(b.f[i]).toBeCloseTo(a.f[i]!, 9);
      expect(b.gx[i]).toBeCloseTo(a.gx[i]!, 9);
    }
  });

  it('counts undefined samples and keeps min/max finite', () => {
    const r = createFormulaSurface('log(x)');
    if (!r.ok) throw new Error(r.error.message);
    const g = createGridSample(10, { xMin: -1, xMax: 1, yMin: 0, yMax: 1 });
    sampleGrid(r.surface, g);
    measureGrid(g);
    expect(g.undefinedCount).toBe(50);
    expect(Number.isFinite(g.min) && Number.isFinite(g.max)).toBe(true);
  });

  it('normals are unit length and point up the slope\'s opposite', () => {
    const s = getSurface('bowl')!;
    const g = createGridSample(5, s.domain);
    sampleGrid(s, g);
    const n = new Float32Array(75);
    gridNormals(g, 0.1, n);
    for (let i = 0; i < 25; i++) expect(Math.hypot(n[3 * i]!, n[3 * i + 1]!, n[3 * i + 2]!)).toBeCloseTo(1, 6);
    expect(n[0]).toBeGreaterThan(0); // at (−12, −12) the bowl rises towards −x, so the normal leans +x
    expect(n[3 * 12 + 2]).toBeCloseTo(1, 6); // flat at the centre
  });
});
