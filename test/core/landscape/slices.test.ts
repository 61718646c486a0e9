import { describe, expect, it } from 'vitest';
import { createSliceFigure, fillSliceFigure, sampleSlice, tangentAt } from '../../../src/core/landscape/slices';
import { getSurface, surfaceIds } from '../../../src/core/surfaces/registry';

const N = 41;

describe('sampleSlice', () => {
  it('f(x, y₀) and f(x₀, y) equal f along each line (a plain loop), for every built-in surface', () => {
    const ts = new Float64Array(N), fs = new Float64Array(N);
    for (const id of surfaceIds) {
      const s = getSurface(id)!, d = s.domain;
      const x0 = d.xMin + 0.37 * (d.xMax - d.xMin), y0 = d.yMin + 0.61 * (d.yMax - d.yMin);
      sampleSlice(s, 0, x0, y0, d.xMin, d.xMax, N, ts, fs);
      for (let i = 0; i < N; i++) {
        const x = d.xMin + (i * (d.xMax - d.xMin)) / (N - 1);
        expect(ts[i]).toBeCloseTo(x, 12);
        expect(fs[i]).toBe(s.f(ts[i]!, y0));
      }
      expect(ts[N - 1]).toBe(d.xMax);
      sampleSlice(s, 1, x0, y0, d.yMin, d.yMax, N, ts, fs);
      for (let i = 0; i < N; i++) {
        expect(ts[i]).toBeCloseTo(d.yMin + (i * (d.yMax - d.yMin)) / (N - 1), 12);
        expect(fs[i]).toBe(s.f(x0, ts[i]!));
      }
    }
  });

  it('a figure\'s tangent slopes equal central differences of f along each slice, and its samples equal f', () => {
    const fig = createSliceFigure(N);
    for (const id of surfaceIds) {
      const s = getSurface(id)!, d = s.domain;
      const x0 = d.xMin + 0.29 * (d.xMax - d.xMin), y0 = d.yMin + 0.71 * (d.yMax - d.yMin);
      fillSliceFigure(fig, s, x0, y0, 0.25);
      const h = 1e-5 * (d.xMax - d.xMin);
      const cdX = (s.f(x0 + h, y0) - s.f(x0 - h, y0)) / (2 * h), cdY = (s.f(x0, y0 + h) - s.f(x0, y0 - h)) / (2 * h);
      const tol = (v: number) => 1e-5 * Math.max(1, Math.abs(v));
      expect(Math.abs(fig.slopeX - cdX), `${id} ∂f/∂x`).toBeLessThan(tol(cdX));
      expect(Math.abs(fig.slopeY - cdY), `${id} ∂f/∂y`).toBeLessThan(tol(cdY));
      expect(fig.f0).toBe(s.f(x0, y0));
      // Each slice spans the head ± a quarter of the width, within the domain, and passes through the head.
      expect(fig.tx[0]).toBeCloseTo(Math.max(d.xMin, x0 - 0.25 * (d.xMax - d.xMin)), 12);
      expect(fig.ty[N - 1]).toBeCloseTo(Math.min(d.yMax, y0 + 0.25 * (d.yMax - d.yMin)), 12);
      for (let i = 0; i < N; i++) { expect(fig.fx[i]).toBe(s.f(fig.tx[i]!, y0)); expect(fig.fy[i]).toBe(s.f(x0, fig.ty[i]!)); }
    }
  });

  it('the tangent line passes through the head with the given slope', () => {
    expect(tangentAt(2, 5, 3, 2)).toBe(5);
    expect(tangentAt(2, 5, 3, 4)).toBe(11);
    expect(tangentAt(2, 5, -0.5, 0)).toBe(6);
  });
});
