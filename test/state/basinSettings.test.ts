// The basin map must colour a start as the app's path from that start ends: the map's settings are
// checked against single runs built with the paths' own settings (pathSettings), cell by cell.
import { describe, expect, it } from 'vitest';
import { BASIN_DIVERGED, BASIN_ELSEWHERE, BASIN_NOT_CONVERGED, computeBasinMap, gridStarts } from '../../src/core/descent/basins';
import { defaultOptimizer } from '../../src/core/descent/optimizers';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { resolveSurface } from '../../src/core/surfaces/spec';
import { basinSettings } from '../../src/state/basinSettings';
import { pathSettings } from '../../src/state/pathSettings';
import { createDefaultScenario, type Scenario } from '../../src/state/scenario';

/** Cells of a G×G map under basinSettings(sc) that differ from a path run with pathSettings(sc). */
function mismatches(sc: Scenario, G: number): string[] {
  const res = resolveSurface(sc.surface);
  if (!res.ok) throw new Error(res.message);
  const surface = res.surface, job = computeBasinMap(surface, basinSettings(sc), G);
  const { xs, ys } = gridStarts(G, surface.domain);
  const out: string[] = [];
  for (let i = 0; i < G * G; i++) {
    const r = createRun(surface, xs[i]!, ys[i]!, pathSettings(sc), { keepTrajectory: false });
    advanceRun(r, sc.maxSteps);
    const path = r.status === 'diverged' ? BASIN_DIVERGED : r.status !== 'converged' ? BASIN_NOT_CONVERGED
      : r.minimum ? surface.critical.indexOf(r.minimum) : BASIN_ELSEWHERE;
    if (job.labels[i] !== path) out.push(`(${xs[i]!.toFixed(3)}, ${ys[i]!.toFixed(3)}): map ${job.labels[i]}, path ${path} ${r.status} at ${r.t}`);
  }
  return out;
}

const himmelblau = (patch: Partial<Scenario>): Scenario => ({ ...createDefaultScenario(), surface: { kind: 'builtin', id: 'himmelblau' }, ...patch });

describe('basinSettings: the map uses the paths\' stopping rule and limit', () => {
  it('RMSProp η = 0.01 on Himmelblau, 24 × 24: every cell as its path ends', () => {
    expect(mismatches(himmelblau({ lr: 0.01, optimizer: defaultOptimizer('rmsprop') }), 24)).toEqual([]);
  });

  it('Adam η = 0.01, and RMSProp η = 0.003 with a 10,000 limit (beyond any cap): every cell as its path ends', () => {
    expect(mismatches(himmelblau({ lr: 0.01, optimizer: defaultOptimizer('adam') }), 24)).toEqual([]);
    expect(mismatches(himmelblau({ lr: 0.003, optimizer: defaultOptimizer('rmsprop'), maxSteps: 10_000 }), 24)).toEqual([]);
  });

  it('a decaying schedule: a start whose path stalls is not coloured as a minimum', () => {
    expect(mismatches(himmelblau({ lr: 0.01, schedule: { kind: 'step', stepSize: 10, gamma: 0.5 } }), 12)).toEqual([]);
  });

  it('the map\'s settings are the shared path settings, limit included', () => {
    const sc = himmelblau({ lr: 0.02, optimizer: defaultOptimizer('momentum'), maxSteps: 50_000 });
    expect(basinSettings(sc)).toEqual(pathSettings(sc));
  });
});
