import { describe, expect, it } from 'vitest';
import { createBand, foldPaths } from '../../../src/ui/charts/iterationBand';
import { LOG_DECADES, plotValue, unplotValue, yScaleFor } from '../../../src/ui/charts/chartScale';
import { axisText, bandText } from '../../../src/ui/charts/chartText';

function bandOf(...paths: (readonly (readonly [number, number])[])[]) {
  const band = createBand();
  foldPaths(band, paths.map((rows) => {
    const traj = new Float64Array(4 * rows.length);
    rows.forEach(([f, g], i) => traj.set([0, 0, f, g], 4 * i));
    return { run: { traj, count: rows.length } };
  }), 0);
  return band;
}

describe('plotValue: the log transform', () => {
  it('is log10 of the value above the offset, −∞ at or below it, and unplotValue undoes it', () => {
    expect(plotValue(1000, true, 0)).toBeCloseTo(3, 12);
    expect(plotValue(-78.33 + 0.01, true, -78.33)).toBeCloseTo(-2, 9);
    expect(plotValue(5, true, 5)).toBe(-Infinity);
    expect(plotValue(4, true, 5)).toBe(-Infinity);
    expect(plotValue(-3, false, 5)).toBe(-3);
    expect(unplotValue(plotValue(123.5, true, -2), true, -2)).toBeCloseTo(123.5, 9);
  });
});

describe('yScaleFor', () => {
  it('log cost: measured from the lowest known minimum when no path went below it', () => {
    // A minimum at −1.03125 (exact in binary); costs from 2 down to 2⁻²⁰ above it (log10 ≈ −6.02).
    const fmin = -1.03125;
    const band = bandOf([[2, 5], [0, 1], [fmin + 2 ** -20, 1e-3]]);
    const s = yScaleFor(band, 'cost', true, fmin);
    expect(s.offset).toBe(fmin);
    expect(s.offsetFrom).toBe('minimum');
    // Extent in log10 units, whole decades: log10(2 − fmin) ≈ 0.48 → 1; log10(2⁻²⁰) ≈ −6.02 → −7.
    expect(s.hi).toBe(1);
    expect(s.lo).toBe(-7);
    expect(axisText(s, 'f')).toContain('f − f_min, log scale (f_min = -1.031, the lowest known minimum');
  });

  it('log cost: measured from the lowest cost reached when a path went below every known minimum (or none is known)', () => {
    const band = bandOf([[3, 1], [-50, 1]], [[1, 1]]);
    const s = yScaleFor(band, 'cost', true, 0);
    expect(s.offset).toBe(-50);
    expect(s.offsetFrom).toBe('reached');
    expect(yScaleFor(band, 'cost', true, null).offset).toBe(-50);
    // Every point is then at or above the offset: nothing plots below the axis.
    expect(plotValue(-50, true, s.offset)).toBe(-Infinity);
    expect(axisText(s, 'f')).toContain('the lowest cost reached');
  });

  it('log axes span at most LOG_DECADES; zeros do not set the range', () => {
    const band = bandOf([[1, 100], [1, 1e-30], [1, 0]]);
    const s = yScaleFor(band, 'grad', true, null);
    expect(s.hi).toBe(2);
    expect(s.lo).toBe(2 - LOG_DECADES);
    const flat = bandOf([[1, 1], [1, 0]]);
    const f = yScaleFor(flat, 'grad', true, null);
    expect(f.hi).toBeGreaterThan(f.lo);
  });

  it('linear: the extent padded by 5%, a gradient norm axis never below 0; log and linear give different axes', () => {
    const band = bandOf([[10, 4], [-10, 0.1]]);
    const lin = yScaleFor(band, 'cost', false, null);
    expect(lin.lo).toBeCloseTo(-11, 12);
    expect(lin.hi).toBeCloseTo(11, 12);
    const g = yScaleFor(band, 'grad', false, null);
    expect(g.lo).toBe(0);
    expect(g.hi).toBeCloseTo(4 + 0.05 * 3.9, 12);
    expect(axisText(lin, 'f')).toBe('y: cost f · x: iteration');
    expect(axisText(yScaleFor(band, 'grad', true, null), 'f')).toContain('‖∇f‖, log scale');
  });

  it('with many paths the axis line says what the lines and the shading are', () => {
    expect(bandText(1000, 32)).toBe(' · lines: the first 32 paths and the selected one; shaded: min–max of all 1,000');
  });

  it('an empty band gives a unit range', () => {
    const s = yScaleFor(createBand(), 'cost', true, null);
    expect([s.lo, s.hi, s.offset]).toEqual([0, 1, 0]);
  });
});
