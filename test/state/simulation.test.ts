import { describe, expect, it } from 'vitest';
import {
  advanceSimulation, anyRunning, createSimulation, MAX_FRAME_SECONDS, resetSimulation, stepSimulation, syncSimulation, takeFlips,
} from '../../src/state/simulation';
import { withLearningRate, withStartAt } from '../../src/state/edits';
import { createDefaultScenario } from '../../src/state/scenario';

describe('simulation', () => {
  it('paused: an edit computes each new path to its end', () => {
    const sim = createSimulation();
    const sc = createDefaultScenario();
    syncSimulation(sim, sc, false);
    expect(sim.paths).toHaveLength(4);
    for (const p of sim.paths) expect(p.run.status).toBe('converged');
    expect(new Set(sim.paths.map((p) => p.run.minimum?.label)).size).toBe(4);
  });

  it('playing: new paths start at iteration 0 and advance by frame time × speed, capped', () => {
    const sim = createSimulation();
    syncSimulation(sim, createDefaultScenario(), true);
    expect(sim.paths.every((p) => p.run.t === 0)).toBe(true);
    expect(advanceSimulation(sim, 0.05, 20)).toBe(1);
    expect(advanceSimulation(sim, 0.025, 20)).toBe(0); // 0.5 carried
    expect(advanceSimulation(sim, 0.025, 20)).toBe(1);
    expect(advanceSimulation(sim, 10, 1000)).toBe(MAX_FRAME_SECONDS * 1000);
  });

  it('the path does not depend on the frame rate: η is per iteration', () => {
    const a = createSimulation(), b = createSimulation();
    const sc = createDefaultScenario();
    syncSimulation(a, sc, true); syncSimulation(b, sc, true);
    for (let i = 0; i < 60; i++) advanceSimulation(a, 1 / 60, 30);
    for (let i = 0; i < 30; i++) advanceSimulation(b, 1 / 30, 30);
    expect(a.paths[0]!.run.t).toBe(b.paths[0]!.run.t);
    expect(a.paths[0]!.run.x).toBe(b.paths[0]!.run.x);
  });

  it('an edit replaces only the paths it touches', () => {
    const sim = createSimulation();
    const sc = createDefaultScenario();
    syncSimulation(sim, sc, false);
    const [p0, p1] = sim.paths;
    const v = sim.version;
    syncSimulation(sim, withStartAt(sc, sc.starts[1]!.id, -3, 3.5), false);
    expect(sim.paths[0]).toBe(p0);
    expect(sim.paths[1]).not.toBe(p1);
    expect(sim.version).toBe(v + 1);
    expect(syncSimulation(sim, withStartAt(sc, sc.starts[1]!.id, -3, 3.5), false)).toBe(false);
    syncSimulation(sim, withLearningRate(sc, 0.02, null), false);
    expect(sim.paths[0]).not.toBe(p0);
  });

  it('step, reset and status flips', () => {
    const sim = createSimulation();
    syncSimulation(sim, createDefaultScenario(), true);
    stepSimulation(sim, 3);
    expect(sim.paths.map((p) => p.run.t)).toEqual([3, 3, 3, 3]);
    expect(takeFlips(sim)).toBeNull();
    stepSimulation(sim, 10_000);
    expect(anyRunning(sim)).toBe(false);
    expect(takeFlips(sim)).toHaveLength(4);
    expect(takeFlips(sim)).toBeNull();
    resetSimulation(sim);
    expect(sim.paths.map((p) => p.run.t)).toEqual([0, 0, 0, 0]);
    expect(sim.paths.map((p) => [p.run.x, p.run.y])).toEqual([[4, 4], [-4, 4], [-4, -4], [4, -4]]);
  });

  it('keeps the last good surface when the scenario\'s surface cannot be built', () => {
    const sim = createSimulation();
    const sc = createDefaultScenario();
    syncSimulation(sim, sc, false);
    syncSimulation(sim, { ...sc, surface: { kind: 'formula', text: 'x^' } }, false);
    expect(sim.surface?.id).toBe('himmelblau');
    expect(sim.paths).toHaveLength(4);
  });
});

describe('outcome texts', () => {
  it('long for announcements, short for the table', async () => {
    const { outcomeText, outcomeShort } = await import('../../src/state/outcomeText');
    const sim = createSimulation();
    syncSimulation(sim, createDefaultScenario(), false);
    const run = sim.paths[1]!.run;
    expect(outcomeText(run)).toMatch(/^converged at iteration \d+, at minimum M\d \(global\)$/);
    expect(outcomeShort(run)).toMatch(/^converged at M\d \(global\)$/);
  });

  it('name the maximum ascent climbs to, and warn when descent rests on a saddle', async () => {
    const { outcomeText, outcomeShort } = await import('../../src/state/outcomeText');
    const { createRun, advanceRun } = await import('../../src/core/descent/run');
    const { createRunSettings } = await import('../../src/core/descent/settings');
    const { getSurface } = await import('../../src/core/surfaces/registry');
    const up = createRun(getSurface('himmelblau')!, 0, -0.5, createRunSettings({ lr: 0.005, ascent: true }));
    advanceRun(up, 100_000);
    expect(outcomeText(up)).toMatch(/^converged at iteration \d+, at maximum X1( \(.*\))?$/);
    expect(outcomeShort(up)).toBe('converged at X1 (maximum)');
    const stalled = createRun(getSurface('saddle')!, 1, 0, createRunSettings({ lr: 0.1 }));
    advanceRun(stalled, 100_000);
    expect(outcomeText(stalled)).toMatch(/at saddle point S1: the gradient is zero here, but it is not a minimum or a maximum/);
    expect(outcomeShort(stalled)).toBe('converged at S1 (saddle)');
    // Ascent that ends where no maximum is known says so in its own terms.
    const flat = createRun(getSurface('bowl')!, 0, 0, createRunSettings({ lr: 0.1, ascent: true }));
    advanceRun(flat, 10);
    expect(outcomeText(flat)).toMatch(/at minimum M1 \(global\): the gradient is zero here, but ascent would leave with the slightest push/);
  });
});
