import { describe, expect, it } from 'vitest';
import { linePositions, MAX_LINES } from '../../../src/ui/charts/linePaths';
import { nearestPath } from '../../../src/ui/charts/nearestPath';
import { plotArea } from '../../../src/ui/charts/plotArea';
import { yScaleFor } from '../../../src/ui/charts/chartScale';
import { createBand, foldPaths } from '../../../src/ui/charts/iterationBand';

describe('linePositions: which paths are lines', () => {
  it('few paths: all of them, the selected one last (drawn on top)', () => {
    expect(linePositions(4, -1, MAX_LINES, [])).toEqual([0, 1, 2, 3]);
    expect(linePositions(4, 1, MAX_LINES, [])).toEqual([0, 2, 3, 1]);
  });

  it('many paths: the first MAX_LINES, plus the selected one when it lies beyond them', () => {
    const out = linePositions(1000, 700, MAX_LINES, []);
    expect(out.length).toBe(MAX_LINES + 1);
    expect(out.slice(0, MAX_LINES)).toEqual(Array.from({ length: MAX_LINES }, (_, i) => i));
    expect(out.at(-1)).toBe(700);
    expect(linePositions(1000, 5, MAX_LINES, []).length).toBe(MAX_LINES);
    expect(linePositions(1000, 5, MAX_LINES, []).at(-1)).toBe(5);
  });

  it('reuses its output array (no allocation per redraw)', () => {
    const out = [9, 9, 9, 9, 9, 9];
    expect(linePositions(2, -1, MAX_LINES, out)).toBe(out);
    expect(out).toEqual([0, 1]);
  });
});

describe('nearestPath: hover picks the path drawn nearest the pointer at that iteration', () => {
  const mk = (fs: number[]) => {
    const traj = new Float64Array(4 * fs.length);
    fs.forEach((f, i) => traj.set([0, 0, f, 1], 4 * i));
    return { run: { traj, count: fs.length } };
  };
  const paths = [mk([10, 8, 6]), mk([0, 1]), mk([5, 5, 5, 5])];
  const band = createBand();
  foldPaths(band, paths, 0);
  const s = yScaleFor(band, 'cost', false, null);
  const a = plotArea(400, 200, band.length);
  const yOf = (f: number) => a.y + (1 - (f - s.lo) / (s.hi - s.lo)) * a.h;

  it('finds the path whose value at iteration i is nearest in pixels, skipping paths that end before i', () => {
    expect(nearestPath(paths, 0, a, s, yOf(9))).toBe(0);
    expect(nearestPath(paths, 0, a, s, yOf(0.4))).toBe(1);
    expect(nearestPath(paths, 1, a, s, yOf(4))).toBe(2);
    // Iteration 2: path 1 has ended; nearest to 0.5 is path 2 at 5.
    expect(nearestPath(paths, 2, a, s, yOf(0.5))).toBe(2);
    expect(nearestPath(paths, 9, a, s, yOf(5))).toBe(-1);
  });
});
