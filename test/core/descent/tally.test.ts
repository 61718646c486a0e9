// The Outcomes tally against a plain loop over the runs' statuses and minima (by label).
import { describe, expect, it } from 'vitest';
import { arrange } from '../../../src/core/descent/arrangement';
import { advanceRun, createRun, type Run } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { groupOf, tallyRuns } from '../../../src/core/descent/tally';
import { getSurface } from '../../../src/core/surfaces/registry';

const himmelblau = getSurface('himmelblau')!;

/** Runs from a random swarm over Himmelblau, some with a rate that diverges, advanced by different amounts. */
function mixedRuns(): Run[] {
  const { xs, ys } = arrange('random', 300, himmelblau.domain, 11);
  return Array.from(xs, (x, i) => {
    const lr = i % 7 === 0 ? 0.08 : 0.01;
    const run = createRun(himmelblau, x, ys[i]!, createRunSettings({ lr, maxSteps: i % 5 === 0 ? 12 : 2000 }));
    advanceRun(run, i % 3 === 0 ? 4 : 3000);
    return run;
  });
}

describe('tally', () => {
  it('counts every run once: the counts add up to the number of runs and equal a plain loop over statuses', () => {
    const runs = mixedRuns();
    const t = tallyRuns(runs.length, (i) => runs[i]!, himmelblau.critical);
    // The plain loop: statuses, and converged runs by the label of the minimum they sit at.
    const byStatus: Record<string, number> = {}, byMinimum: Record<string, number> = {};
    let elsewhere = 0;
    for (const r of runs) {
      byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      if (r.status === 'converged') {
        if (r.minimum?.label) byMinimum[r.minimum.label] = (byMinimum[r.minimum.label] ?? 0) + 1;
        else elsewhere++;
      }
    }
    // The mix has every kind of outcome the test means to cover.
    expect(byStatus.running).toBeGreaterThan(0);
    expect(byStatus.diverged).toBeGreaterThan(0);
    expect(byStatus['max-steps']).toBeGreaterThan(0);
    expect(Object.keys(byMinimum)).toHaveLength(4);
    expect(t.running).toBe(byStatus.running ?? 0);
    expect(t.diverged).toBe(byStatus.diverged ?? 0);
    expect(t.maxSteps).toBe(byStatus['max-steps'] ?? 0);
    expect(t.stalled).toBe(byStatus.stalled ?? 0);
    expect(t.elsewhere).toBe(elsewhere);
    expect(Object.fromEntries(t.minima.map((m) => [m.point.label, m.count]))).toEqual(byMinimum);
    const sum = t.minima.reduce((a, m) => a + m.count, 0) + t.elsewhere + t.diverged + t.running + t.maxSteps + t.stalled;
    expect(sum).toBe(runs.length);
    expect(t.total).toBe(runs.length);
  });

  it('gives each minimum its position among the surface\'s minima (the basin colour\'s index)', () => {
    const runs = mixedRuns();
    const t = tallyRuns(runs.length, (i) => runs[i]!, himmelblau.critical);
    const minima = himmelblau.critical.filter((c) => c.kind === 'min');
    for (const m of t.minima) expect(minima[m.order]).toBe(m.point);
  });

  it('marks the lowest final cost among runs that finished without diverging', () => {
    const runs = mixedRuns();
    const t = tallyRuns(runs.length, (i) => runs[i]!, himmelblau.critical);
    let best = -1;
    runs.forEach((r, i) => { if (r.status !== 'running' && r.status !== 'diverged' && (best < 0 || r.f < runs[best]!.f)) best = i; });
    expect(t.best?.position).toBe(best);
    expect(t.best?.f).toBe(runs[best]!.f);
    expect(t.best?.group).toBe(groupOf(runs[best]!, himmelblau.critical));
  });

  it('an empty set of runs has no counts and no best', () => {
    const t = tallyRuns(0, () => { throw new Error('no run'); }, himmelblau.critical);
    expect(t).toMatchObject({ total: 0, minima: [], elsewhere: 0, diverged: 0, running: 0, maxSteps: 0, stalled: 0, best: null });
  });
});

describe('tally under ascent', () => {
  it('counts maxima reached by name (Himmelblau\'s X1), like minima under descent; a plain loop agrees', () => {
    const { xs, ys } = arrange('random', 200, { xMin: -1.5, xMax: 1, yMin: -2, yMax: 0.5 }, 3);
    const runs = Array.from(xs, (x, i) => {
      const run = createRun(himmelblau, x, ys[i]!, createRunSettings({ lr: 0.005, ascent: true, maxSteps: 3000 }));
      advanceRun(run, 3000);
      return run;
    });
    let atMax = 0, convergedElsewhere = 0, best = -Infinity;
    for (const r of runs) {
      if (r.status === 'converged') { if (r.critical?.kind === 'max' && r.critical.label === 'X1') atMax++; else convergedElsewhere++; }
      if (r.status !== 'running' && r.status !== 'diverged') best = Math.max(best, r.f);
    }
    expect(atMax).toBeGreaterThan(10);
    const t = tallyRuns(runs.length, (i) => runs[i]!, himmelblau.critical);
    expect(t.minima.map((m) => [m.point.label, m.point.kind, m.count])).toEqual([['X1', 'max', atMax]]);
    expect(t.elsewhere).toBe(convergedElsewhere);
    // Under ascent the best final cost is the highest.
    expect(t.best?.f).toBe(best);
    expect(groupOf(runs.find((r) => r.critical?.label === 'X1')!, himmelblau.critical)).toBe(`min:${himmelblau.critical.findIndex((c) => c.label === 'X1')}`);
  });
});
