import { beforeEach, describe, expect, it } from 'vitest';
import { createRun, advanceRun } from '../../src/core/descent/run';
import { getSurface } from '../../src/core/surfaces/registry';
import { pause, play, showIteration, step, stepBack } from '../../src/state/actions';
import { createSimulation, simulation, syncSimulation, type PathSim } from '../../src/state/simulation';
import { advanceSimulation } from '../../src/state/simulationClock';
import { advanceCursor, lastComputed, replayIfFinished, shownIndex, shownIteration, stepCursorBack } from '../../src/state/timeline';
import { pathSettings } from '../../src/state/pathSettings';
import { createDefaultScenario, type Scenario } from '../../src/state/scenario';
import { createInitialState, useDownhill } from '../../src/state/store';

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

/** The default lesson's four paths on Himmelblau at a small rate (none finishes within 100 iterations), live, none computed yet. */
function lesson(change: (s: Scenario) => Scenario = (s) => ({ ...s, lr: 0.001 })) {
  const sim = createSimulation();
  syncSimulation(sim, change(createDefaultScenario()), true);
  return sim;
}

/** What every view would print for each path: its shown (x, y, f). */
const shownPoints = (sim: ReturnType<typeof createSimulation>) => sim.paths.map((p) => {
  const o = 4 * shownIndex(sim, p), t = p.run.traj!;
  return [t[o], t[o + 1], t[o + 2]];
});

describe('moving the cursor', () => {
  it('live, a step computes one more iteration of every running path', () => {
    const sim = lesson();
    advanceCursor(sim, 1);
    advanceCursor(sim, 1);
    expect(sim.cursor).toBeNull();
    expect(sim.paths.map((p) => p.run.t)).toEqual([2, 2, 2, 2]);
  });

  it('a step back after steps returns to the previous point; a step forward then returns to exactly the same numbers, computing nothing', () => {
    const sim = lesson();
    advanceCursor(sim, 30);
    const live = shownPoints(sim), iterations = sim.iterations;
    const at29 = sim.paths.map((p) => { const t = p.run.traj!; return [t[4 * 29], t[4 * 29 + 1], t[4 * 29 + 2]]; });
    stepCursorBack(sim);
    expect(sim.cursor).toBe(29);
    expect(shownPoints(sim)).toEqual(at29);
    advanceCursor(sim, 1);
    expect(sim.cursor).toBeNull();
    expect(shownPoints(sim)).toEqual(live);
    expect(sim.iterations).toBe(iterations);
    expect(sim.paths.map((p) => p.run.t)).toEqual([30, 30, 30, 30]);
  });

  it('several steps back, then as many forward, pass through stored points before computing new ones', () => {
    const sim = lesson();
    advanceCursor(sim, 10);
    for (let i = 0; i < 4; i++) stepCursorBack(sim);
    expect(shownIteration(sim)).toBe(6);
    for (let i = 0; i < 4; i++) advanceCursor(sim, 1);
    expect(sim.paths.map((p) => p.run.t)).toEqual([10, 10, 10, 10]);
    advanceCursor(sim, 1);
    expect(sim.paths.map((p) => p.run.t)).toEqual([11, 11, 11, 11]);
  });

  it('never goes back before iteration 0', () => {
    const sim = lesson();
    advanceCursor(sim, 1);
    stepCursorBack(sim); stepCursorBack(sim); stepCursorBack(sim);
    expect(sim.cursor).toBe(0);
    expect(sim.paths.map((p) => shownIndex(sim, p))).toEqual([0, 0, 0, 0]);
  });

  it('play resumes from t: the cursor moves through stored points at the playing speed, then goes live and computes', () => {
    const sim = lesson();
    advanceCursor(sim, 20);
    sim.cursor = 5;
    const n = advanceSimulation(sim, 0.25, 20); // 5 iterations due
    expect(n).toBe(5);
    expect(sim.cursor).toBe(10);
    expect(sim.paths.map((p) => p.run.t)).toEqual([20, 20, 20, 20]);
    advanceSimulation(sim, 0.25, 20);
    advanceSimulation(sim, 0.25, 20); // cursor 20: the end, live
    expect(sim.cursor).toBeNull();
    advanceSimulation(sim, 0.25, 20);
    expect(sim.paths.map((p) => p.run.t)).toEqual([25, 25, 25, 25]);
  });

  it('a cursor past a running path\'s end computes that path up to it, then goes live', () => {
    const sim = lesson();
    advanceCursor(sim, 3);
    sim.cursor = 2;
    advanceCursor(sim, 7);
    expect(sim.paths.map((p) => p.run.t)).toEqual([9, 9, 9, 9]);
    expect(sim.cursor).toBeNull();
  });

  it('showIteration at or past the end goes live, and replayIfFinished starts from 0 only on a finished set shown live', () => {
    const sim = lesson();
    advanceCursor(sim, 100_000);
    expect(sim.paths.every((p) => p.run.status !== 'running')).toBe(true);
    const last = lastComputed(sim);
    expect(last).toBe(Math.max(...sim.paths.map((p) => p.run.t)));
    sim.cursor = 4;
    expect(replayIfFinished(sim)).toBe(false);
    expect(sim.cursor).toBe(4);
    sim.cursor = last;
    advanceCursor(sim, 0);
    expect(sim.cursor).toBeNull();
    expect(replayIfFinished(sim)).toBe(true);
    expect(sim.cursor).toBe(0);
    expect(sim.paths.map((p) => shownIndex(sim, p))).toEqual([0, 0, 0, 0]);
  });

  it('an edit that leaves every path ending before the cursor makes the timeline live again', () => {
    const base = createDefaultScenario(), scenario = { ...base, lr: 0.001, maxSteps: 30 };
    const sim = createSimulation();
    syncSimulation(sim, scenario, false);
    sim.cursor = 20;
    syncSimulation(sim, { ...scenario, maxSteps: 10 }, false);
    expect(sim.cursor).toBeNull();
    syncSimulation(sim, { ...scenario, maxSteps: 30 }, false);
    sim.cursor = 5;
    syncSimulation(sim, { ...scenario, maxSteps: 20 }, false);
    expect(sim.cursor).toBe(5);
  });

  it('replays nothing while a path still runs', () => {
    const sim = lesson();
    advanceCursor(sim, 3);
    expect(replayIfFinished(sim)).toBe(false);
    expect(sim.cursor).toBeNull();
  });
});

describe('the playback actions on the timeline', () => {
  beforeEach(() => {
    useDownhill.setState(createInitialState(createDefaultScenario()), true);
    Object.assign(simulation, createSimulation());
    syncSimulation(simulation, useDownhill.getState().scenario, true);
  });

  it('← pauses and steps back; → returns to the same numbers', () => {
    advanceCursor(simulation, 12);
    play();
    const before = shownPoints(simulation);
    stepBack();
    expect(useDownhill.getState().playing).toBe(false);
    expect(simulation.cursor).toBe(11);
    step();
    expect(shownPoints(simulation)).toEqual(before);
    expect(simulation.paths.map((p) => p.run.t)).toEqual([12, 12, 12, 12]);
  });

  it('dragging the slider shows iteration t, pausing once, with no store write per move after that', () => {
    advanceCursor(simulation, 40);
    play();
    let writes = 0;
    const unsub = useDownhill.subscribe(() => { writes++; });
    for (const t of [30, 20, 10, 0]) showIteration(t);
    unsub();
    expect(writes).toBe(1);
    expect(useDownhill.getState().playing).toBe(false);
    expect(simulation.paths.map((p) => shownIndex(simulation, p))).toEqual([0, 0, 0, 0]);
    showIteration(40);
    expect(simulation.cursor).toBeNull();
    pause();
  });
});
