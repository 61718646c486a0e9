// The Outcomes region's rows: every path in one row, minima in their basin colours, the best marked once.
import { describe, expect, it } from 'vitest';
import { tallyRuns, type TalliedRun } from '../../src/core/descent/tally';
import { getSurface } from '../../src/core/surfaces/registry';
import { BASIN_COLORS, BASIN_DIVERGED } from '../../src/state/palette';
import { outcomeRows } from '../../src/ui/swarm/outcomeRows';

const himmelblau = getSurface('himmelblau')!;
const minima = himmelblau.critical.filter((c) => c.kind === 'min');

describe('outcome rows', () => {
  it('add up to the number of paths, give each minimum its basin colour and mark the best final cost once', () => {
    const runs: TalliedRun[] = [
      { status: 'converged', minimum: minima[2]!, f: 1e-12 },
      { status: 'converged', minimum: minima[2]!, f: 3e-14 },
      { status: 'converged', minimum: minima[0]!, f: 2e-13 },
      { status: 'diverged', minimum: null, f: -1 },
      { status: 'running', minimum: null, f: 5 },
      { status: 'max-steps', minimum: null, f: 0.5 },
      { status: 'stalled', minimum: null, f: 0.7 },
    ];
    const rows = outcomeRows(tallyRuns(runs.length, (i) => runs[i]!, himmelblau.critical));
    expect(rows.reduce((a, r) => a + r.count, 0)).toBe(runs.length);
    expect(rows.map((r) => [r.label, r.count])).toEqual([
      [`${minima[0]!.label} (global)`, 1], [`${minima[2]!.label} (global)`, 2],
      ['Diverged', 1], ['Still running', 1], ['Stopped at the limit', 1], ['Stalled', 1],
    ]);
    expect(rows[0]!.color).toBe(BASIN_COLORS[0]);
    expect(rows[1]!.color).toBe(BASIN_COLORS[2]);
    expect(rows[2]!.color).toBe(BASIN_DIVERGED);
    // The best is the lowest cost among finished, not diverged paths: 3e-14 at the third minimum (not the diverged -1).
    expect(rows.filter((r) => r.best).map((r) => r.label)).toEqual([`${minima[2]!.label} (global)`]);
  });
});

describe('outcomeRows under ascent', () => {
  it('a maximum reached is a row named like a minimum\'s: "X1 (maximum)"', () => {
    const surface = getSurface('himmelblau')!;
    const x1 = surface.critical.find((c) => c.kind === 'max')!;
    const runs = [
      { status: 'converged', minimum: null, critical: x1, f: 181.6, settings: { ascent: true } },
      { status: 'diverged', minimum: null, critical: null, f: 1e9, settings: { ascent: true } },
    ] as const;
    const rows = outcomeRows(tallyRuns(runs.length, (i) => runs[i]!, surface.critical));
    expect(rows[0]).toMatchObject({ label: `${x1.label} (maximum)`, count: 1, best: true });
    expect(x1.label).toBe('X1');
  });
});
