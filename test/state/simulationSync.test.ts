// The store → simulation wiring, without any scene: edits, resets and replays reach the simulation, and a
// frame advances it, reports each flipped status once and pauses when every path has finished.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addSwarm, applyFormula, moveStart, play, reset, selectStart, setFormulaDraft, setLearningRate, setSurface,
} from '../../src/state/actions';
import { outcomeText } from '../../src/state/outcomeText';
import { createDefaultScenario } from '../../src/state/scenario';
import { createSimulation, simulation, stepSimulation } from '../../src/state/simulation';
import { frameTick, OUTCOME_WRITE_SECONDS, startSimulationSync } from '../../src/state/simulationSync';
import { shownIndex } from '../../src/state/timeline';
import { createInitialState, useDownhill } from '../../src/state/store';

let frames = 0;
let stop = () => {};
beforeEach(() => {
  useDownhill.setState(createInitialState(createDefaultScenario()), true);
  Object.assign(simulation, createSimulation());
  frames = 0;
  stop = startSimulationSync(() => { frames++; });
});
afterEach(() => stop());

describe('simulation sync', () => {
  it('starts the scenario\'s paths at iteration 0 and asks for a frame', () => {
    expect(simulation.paths.map((p) => p.run.t)).toEqual([0, 0, 0, 0]);
    expect(frames).toBeGreaterThan(0);
  });

  it('a frame advances frame time × speed while playing, and writes the store only when a status flips', () => {
    let writes = 0;
    const unsub = useDownhill.subscribe(() => { writes++; });
    frameTick(0.1); // 20 it/s × 0.1 s = 2 iterations
    expect(simulation.paths.map((p) => p.run.t)).toEqual([2, 2, 2, 2]);
    expect(writes).toBe(0);
    let framesWithFlips = 0;
    for (let i = 0; i < 400 && useDownhill.getState().playing; i++) {
      const before = simulation.paths.map((p) => p.run.status).join();
      frameTick(0.25);
      if (simulation.paths.map((p) => p.run.status).join() !== before) framesWithFlips++;
    }
    unsub();
    // One write per frame in which statuses flipped (a frame's flips go together), and the pause.
    expect(Object.values(useDownhill.getState().outcomes).map((o) => o.status)).toEqual(['converged', 'converged', 'converged', 'converged']);
    expect(useDownhill.getState().playing).toBe(false);
    expect(framesWithFlips).toBeGreaterThan(0);
    expect(writes).toBe(framesWithFlips + 1);
  });

  it('with short frames, flipped statuses are written together at most every OUTCOME_WRITE_SECONDS of frame time while paths run', () => {
    addSwarm(40, 'random', 3);
    useDownhill.setState({ scenario: { ...useDownhill.getState().scenario, speed: 120 } });
    const times: number[] = [];
    let t = 0, framesWithFlips = 0;
    const unsub = useDownhill.subscribe((st, prev) => { if (st.outcomes !== prev.outcomes) times.push(t); });
    for (let i = 0; i < 20_000 && useDownhill.getState().playing; i++) {
      const before = simulation.paths.map((p) => p.run.status).join();
      frameTick(1 / 60); t += 1 / 60;
      if (simulation.paths.map((p) => p.run.status).join() !== before) framesWithFlips++;
    }
    unsub();
    expect(useDownhill.getState().playing).toBe(false);
    // Every path's outcome arrived, in fewer writes than frames with flips, none closer than the interval but the last (all done).
    expect(Object.keys(useDownhill.getState().outcomes)).toHaveLength(44);
    expect(framesWithFlips).toBeGreaterThan(5);
    expect(times.length).toBeLessThan(framesWithFlips);
    for (let i = 1; i < times.length - 1; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(OUTCOME_WRITE_SECONDS - 1e-9);
  });

  it('an edit while paused recomputes the touched path to its end and refreshes its outcome', () => {
    useDownhill.setState({ playing: false });
    for (let i = 0; i < 400; i++) frameTick(0.25);
    setLearningRate(0.005);
    expect(simulation.paths.every((p) => p.run.status === 'converged')).toBe(true);
    const b = useDownhill.getState().scenario.starts[1]!;
    moveStart(b.id, 3.5, 2.5);
    const o = useDownhill.getState().outcomes[b.id];
    expect(o?.text).toMatch(/^converged at iteration \d+, at minimum M1 \(global\)/);
  });

  it('switching the surface while paused keeps the outcomes just computed (one per finished path) and drops the selection', () => {
    useDownhill.setState({ playing: false });
    selectStart(useDownhill.getState().scenario.starts[1]!.id);
    setSurface({ kind: 'builtin', id: 'bowl' });
    const ids = useDownhill.getState().scenario.starts.map((p) => p.id);
    expect(simulation.paths.map((p) => p.run.status)).toEqual(ids.map(() => 'converged'));
    // Each finished path has its outcome, with the text its own run gives, keyed by the new starts.
    const outcomes = useDownhill.getState().outcomes;
    expect(Object.keys(outcomes).map(Number).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    for (const p of simulation.paths) expect(outcomes[p.startId]).toEqual({ status: 'converged', text: outcomeText(p.run) });
    expect(useDownhill.getState().selected).toBeNull();
  });

  it('applying a formula while paused keeps the outcomes just computed', () => {
    useDownhill.setState({ playing: false });
    setFormulaDraft('x^2 + y^2');
    expect(applyFormula()).toBe(true);
    const outcomes = useDownhill.getState().outcomes;
    expect(simulation.paths).toHaveLength(4);
    for (const p of simulation.paths) {
      expect(p.run.status).toBe('converged');
      expect(outcomes[p.startId]).toEqual({ status: 'converged', text: outcomeText(p.run) });
    }
  });

  it('reset puts every path back at its start; play on finished paths replays them from iteration 0 without recomputing', () => {
    frameTick(0.25);
    reset();
    expect(simulation.paths.map((p) => p.run.t)).toEqual([0, 0, 0, 0]);
    stepSimulation(simulation, 100_000);
    expect(simulation.paths.every((p) => p.run.status !== 'running')).toBe(true);
    const runs = simulation.paths.map((p) => p.run), ends = runs.map((r) => r.t);
    play();
    expect(simulation.cursor).toBe(0);
    expect(simulation.paths.map((p) => shownIndex(simulation, p))).toEqual([0, 0, 0, 0]);
    frameTick(0.25); // 20 it/s × 0.25 s = 5 iterations
    expect(simulation.paths.map((p) => shownIndex(simulation, p))).toEqual(ends.map((e) => Math.min(5, e)));
    for (let i = 0; i < 1000 && useDownhill.getState().playing; i++) frameTick(0.25);
    // The replay reached the end: live again and paused, the same runs, nothing recomputed.
    expect(simulation.cursor).toBeNull();
    expect(useDownhill.getState().playing).toBe(false);
    expect(simulation.paths.map((p) => p.run)).toEqual(runs);
    expect(simulation.paths.map((p) => p.run.t)).toEqual(ends);
    // Reset after a replay puts every path at its start, live.
    simulation.cursor = 3;
    reset();
    expect(simulation.cursor).toBeNull();
    expect(simulation.paths.map((p) => shownIndex(simulation, p))).toEqual([0, 0, 0, 0]);
  });

  it('stops following the store when stopped', () => {
    stop();
    const paths = simulation.paths;
    setLearningRate(0.02);
    expect(simulation.paths).toBe(paths);
    stop = () => {};
  });
});
