import { describe, expect, it } from 'vitest';
import { contourLevels, contourSegments } from '../../../src/core/landscape/contours';
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
