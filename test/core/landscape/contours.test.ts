import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contourLevels, contourSegments, levelLabelSpots, roundedLevels } from '../../../src/core/landscape/contours';
import { createGridSample, sampleGrid } from '../../../src/core/landscape/grid';
import { getSurface } from '../../../src/core/surfaces/registry';

describe('contours', () => {
  it('on the bowl, every contour point lies on its circle f = c', () => {
    const s = getSurface('bowl')!;
    const g = createGridSample(65, s.domain);
    sampleGrid(s, g);
    const levels = contourLevels(g, 8);
    expect(levels.length).toBe(8);
    const { segments, level } = contourSegments(g, levels);
    expect(segments.length).toBeGreaterThan(0);
    for (let i = 0; i < level.length; i++) {
      const c = levels[level[i]!]!;
      for (const k of [0, 2]) {
        const r = Math.hypot(segments[4 * i + k]!, segments[4 * i + k + 1]!);
        expect(Math.abs(r * r - c) / c).toBeLessThan(0.05);
      }
    }
  });

  it('levels increase strictly and sit inside the sampled range', () => {
    const s = getSurface('himmelblau')!;
    const g = createGridSample(64, s.domain);
    sampleGrid(s, g);
    const levels = contourLevels(g, 20);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeGreaterThan(levels[i - 1]!);
    expect(levels[0]!).toBeGreaterThanOrEqual(Math.min(...g.f));
  });
});

/** Whether v is a whole multiple of 1, 2 or 5 × 10^k for some step ≥ finest. */
function isMultipleOfCoarseStep(v: number, finest: number): boolean {
  for (let k = Math.floor(Math.log10(finest)); k <= Math.floor(Math.log10(finest)) + 1; k++) {
    for (const m of [1, 2, 5]) {
      const step = m * 10 ** k;
      if (step < finest) continue;
      const q = v / step;
      if (Math.abs(q - Math.round(q)) < 1e-6) return true;
    }
  }
  return false;
}

describe('map levels', () => {
  it('rounds each level by half the gap to its neighbour (worked by hand)', () => {
    // Gaps 3.2, 3.2, 8.64, 3, 3 → steps 1, 1, 2, 1, 1.
    expect(roundedLevels([0.5, 3.7, 12.34, 101, 104])).toEqual([1, 4, 12, 101, 104]);
    expect(roundedLevels([0.0123, 0.0456])).toEqual([0.01, 0.05]);
    expect(roundedLevels([-78.33, -40.1])).toEqual([-80, -40]);
  });

  it('keeps any ascending levels strictly ascending, each moved by at most a quarter of its gap, to a round number', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength: 30 }), (raw) => {
      const levels = [...raw].sort((a, b) => a - b);
      if (levels.some((v, i) => i > 0 && v - levels[i - 1]! < 1e-9 * Math.max(1, Math.abs(v)))) return;
      const out = roundedLevels(levels);
      expect(out).toHaveLength(levels.length);
      for (let i = 0; i < out.length; i++) {
        const gap = Math.min(i > 0 ? levels[i]! - levels[i - 1]! : Infinity, i < out.length - 1 ? levels[i + 1]! - levels[i]! : Infinity);
        expect(Math.abs(out[i]! - levels[i]!)).toBeLessThanOrEqual(gap / 4 + 1e-9 * Math.abs(levels[i]!));
        if (i > 0) expect(out[i]!).toBeGreaterThan(out[i - 1]!);
        // Round: a whole multiple of some 1, 2 or 5 × 10^k step no finer than a twentieth of its gap.
        expect(isMultipleOfCoarseStep(out[i]!, gap / 20), `${levels[i]} → ${out[i]}`).toBe(true);
      }
    }));
  });

  it('on Himmelblau the map levels are round and spread over the sampled range', () => {
    const s = getSurface('himmelblau')!;
    const g = createGridSample(81, s.domain);
    sampleGrid(s, g);
    const levels = roundedLevels(contourLevels(g, 18));
    expect(levels.length).toBeGreaterThanOrEqual(15);
    const fs = [...g.f].sort((a, b) => a - b);
    // Each band between levels holds some samples: quantile levels, rounded, still split the map.
    for (let i = 1; i < levels.length; i++) {
      const inBand = fs.filter((v) => v >= levels[i - 1]! && v < levels[i]!).length;
      expect(inBand, `band ${levels[i - 1]}–${levels[i]}`).toBeGreaterThan(0);
    }
    for (const v of levels) expect(v.toString().replace(/^-|\.|e.*$/g, '').replace(/^0+/, '').replace(/0+$/, '').length).toBeLessThanOrEqual(3);
  });

  it('label spots lie on their level, inside the margin, and apart from one another', () => {
    const s = getSurface('bowl')!;
    const g = createGridSample(65, s.domain);
    sampleGrid(s, g);
    const levels = contourLevels(g, 8);
    const c = contourSegments(g, levels);
    const w = s.domain.xMax - s.domain.xMin, minDist = 0.12 * w, margin = 0.05 * w;
    const spots = levelLabelSpots(c, levels.length, s.domain, minDist, margin);
    expect(spots.length).toBeGreaterThanOrEqual(5);
    expect(new Set(spots.map((p) => p.level)).size).toBe(spots.length);
    for (const p of spots) {
      expect(Math.abs(p.x * p.x + p.y * p.y - levels[p.level]!) / levels[p.level]!).toBeLessThan(0.05);
      expect(p.x).toBeGreaterThanOrEqual(s.domain.xMin + margin);
      expect(p.y).toBeLessThanOrEqual(s.domain.yMax - margin);
      for (const q of spots) if (q !== p) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(minDist);
    }
  });
});
