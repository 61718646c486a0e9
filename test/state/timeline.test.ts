import { describe, expect, it } from 'vitest';
import { createRun, advanceRun } from '../../src/core/descent/run';
import { getSurface } from '../../src/core/surfaces/registry';
import { createSimulation, type PathSim } from '../../src/state/simulation';
import { shownIndex } from '../../src/state/timeline';
import { pathSettings } from '../../src/state/pathSettings';
import { createDefaultScenario } from '../../src/state/scenario';

describe('shownIndex', () => {
  const surface = getSurface('himmelblau')!;
  const scenario = createDefaultScenario();
  const settings = pathSettings(scenario, scenario.starts[0]!);
  const run = createRun(surface, 4, 4, settings);
  advanceRun(run, 10);
  const p = { run } as PathSim;

  it('is the last stored point when live', () => {
    const sim = createSimulation();
    expect(shownIndex(sim, p)).toBe(10);
  });
  it('is the cursor, clamped to the points the path has', () => {
    const sim = createSimulation();
    sim.cursor = 3;
    expect(shownIndex(sim, p)).toBe(3);
    sim.cursor = 500;
    expect(shownIndex(sim, p)).toBe(10);
    sim.cursor = -4;
    expect(shownIndex(sim, p)).toBe(0);
  });
});
