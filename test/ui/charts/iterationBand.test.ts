import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBand, foldPaths, type TrajSource } from '../../../src/ui/charts/iterationBand';

/** A fake path: `points` rows of (x, y, f, g) with capacity to spare, as a run's trajectory buffer has. */
function path(rows: readonly (readonly [number, number])[], capacity = rows.length + 7): { run: { traj: Float64Array; count: number } } {
  const traj = new Float64Array(4 * capacity).fill(NaN);
  rows.forEach(([f, g], i) => { traj.set([i, -i, f, g], 4 * i); });
  return { run: { traj, count: rows.length } };
}

/** The band by a plain loop over every path's points: per iteration min and max of f and g. */
function plainBand(paths: readonly TrajSource[]) {
  const length = Math.max(0, ...paths.map((p) => p.run.count));
  const out = { length, fMin: [] as number[], fMax: [] as number[], gMin: [] as number[], gMax: [] as number[], lowestF: Infinity };
  for (let i = 0; i < length; i++) {
    const fs: number[] = [], gs: number[] = [];
    for (const p of paths) if (i < p.run.count && p.run.traj) { fs.push(p.run.traj[4 * i + 2]!); gs.push(p.run.traj[4 * i + 3]!); }
    out.fMin.push(Math.min(...fs)); out.fMax.push(Math.max(...fs)); out.gMin.push(Math.min(...gs)); out.gMax.push(Math.max(...gs));
    out.lowestF = Math.min(out.lowestF, ...fs);
  }
  return out;
}

function expectSame(band: ReturnType<typeof createBand>, paths: readonly TrajSource[]): void {
  const want = plainBand(paths);
  expect(band.length).toBe(want.length);
  expect(Array.from(band.fMin.subarray(0, band.length))).toEqual(want.fMin);
  expect(Array.from(band.fMax.subarray(0, band.length))).toEqual(want.fMax);
  expect(Array.from(band.gMin.subarray(0, band.length))).toEqual(want.gMin);
  expect(Array.from(band.gMax.subarray(0, band.length))).toEqual(want.gMax);
  expect(band.lowestF).toBe(want.lowestF);
}

const rowsArb = fc.array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 0, maxLength: 40 });

describe('foldPaths: per-iteration min and max across paths', () => {
  it('equals a plain loop over the trajectories for paths of different lengths', () => {
    fc.assert(fc.property(fc.array(rowsArb, { minLength: 1, maxLength: 12 }), (all) => {
      const paths = all.map((rows) => path(rows));
      const band = createBand();
      foldPaths(band, paths, 1);
      expectSame(band, paths);
    }));
  });

  it('folded in pieces as paths grow (a few points per redraw), it equals the plain loop over the final paths', () => {
    fc.assert(fc.property(fc.array(rowsArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 9 }), (all, chunk) => {
      const full = all.map((rows) => path(rows, 400));
      // Start every path at one point (or none) and grow them in chunks, folding after each.
      const paths = full.map((p) => ({ run: { traj: p.run.traj, count: Math.min(1, p.run.count) } }));
      const band = createBand();
      for (let round = 0; round < 60; round++) {
        foldPaths(band, paths, 7);
        paths.forEach((p, k) => { p.run.count = Math.min(full[k]!.run.count, p.run.count + chunk); });
      }
      foldPaths(band, paths, 7);
      expectSame(band, full);
    }));
  });

  it('grows past its initial capacity (a 2,000-iteration path)', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [1000 - i, 1 / (i + 1)] as const);
    const paths = [path(rows), path(rows.slice(0, 10).map(([f, g]) => [f - 5, g * 2] as const))];
    const band = createBand();
    foldPaths(band, paths, 0);
    expectSame(band, paths);
  });

  it('rebuilds when a run is replaced or the version changes, forgetting the old points', () => {
    const a = path([[5, 1], [4, 1], [3, 1]]), b = path([[9, 2], [8, 2]]);
    const band = createBand();
    const paths = [a, b];
    foldPaths(band, paths, 1);
    expect(band.fMax[0]).toBe(9);
    // b's run replaced in place by one with lower costs, same list and version: the old 9 must go.
    const replaced = paths;
    replaced[1] = path([[1, 0.5], [1, 0.5], [0.5, 0.1]]);
    foldPaths(band, replaced, 1);
    expectSame(band, replaced);
    expect(band.fMax[0]).toBe(5);
    // A reset (shorter run, same object) also rebuilds.
    a.run.count = 1;
    foldPaths(band, replaced, 2);
    expectSame(band, replaced);
  });

  it('reads only the points added since the last fold (no pass over whole trajectories per redraw)', () => {
    const a = path([[5, 1], [4, 1], [3, 1], [2, 1]], 10);
    a.run.count = 2;
    const band = createBand();
    const paths = [a];
    foldPaths(band, paths, 0);
    // Points already folded are overwritten: a fold that re-read them would see 1e9.
    a.run.traj[2] = 1e9;
    a.run.count = 4;
    foldPaths(band, paths, 0);
    expect(band.fMax[0]).toBe(5);
    expect(Array.from(band.fMax.subarray(2, 4))).toEqual([3, 2]);
  });

  it('an empty list leaves an empty band', () => {
    const band = createBand();
    foldPaths(band, [path([[1, 1]])], 0);
    foldPaths(band, [], 1);
    expect(band.length).toBe(0);
    expect(band.lowestF).toBe(Infinity);
  });
});
