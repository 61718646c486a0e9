// Previews recompute the simulation as if an edit were made, without writing the store; the edit made
// afterwards gives exactly the previewed paths.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { getSurface } from '../../src/core/surfaces/registry';
import { moveStart, selectStart, setApplyTo, setLearningRate, setOptimizerKind, setSchedule } from '../../src/state/actions';
import { dropPreview, previewLearningRate, previewOptimizer, previewSchedule, previewStart } from '../../src/state/preview';
import { createDefaultScenario } from '../../src/state/scenario';
import { createSimulation, simulation, syncSimulation } from '../../src/state/simulation';
import { createInitialState, useDownhill } from '../../src/state/store';

let writes = 0;
let stop = () => {};
afterEach(() => stop());
beforeEach(() => {
  useDownhill.setState({ ...createInitialState(createDefaultScenario()), playing: false }, true);
  Object.assign(simulation, createSimulation());
  syncSimulation(simulation, useDownhill.getState().scenario, false);
  writes = 0;
  stop = useDownhill.subscribe(() => { writes++; });
});

const ends = () => simulation.paths.map((p) => [p.run.x, p.run.y, p.run.t]);
/** Plain descent on Himmelblau from (x, y) to the end, computed here independently of the simulation. */
const plain = (x: number, y: number, lr: number) => {
  const run = createRun(getSurface('himmelblau')!, x, y, createRunSettings({ lr, maxSteps: 2000 }));
  advanceRun(run, 2000);
  return [run.x, run.y, run.t];
};

describe('previews', () => {
  it('a learning-rate preview recomputes every path to its end (paused) and writes nothing to the store', () => {
    const before = simulation.paths.slice();
    previewLearningRate(0.005);
    expect(writes).toBe(0);
    expect(useDownhill.getState().scenario.lr).toBe(0.01);
    simulation.paths.forEach((p, i) => expect(p).not.toBe(before[i]));
    const starts = useDownhill.getState().scenario.starts;
    expect(ends()).toEqual(starts.map((s) => plain(s.x, s.y, 0.005)));
    const previewed = ends();
    setLearningRate(0.005);
    syncSimulation(simulation, useDownhill.getState().scenario, false);
    expect(ends()).toEqual(previewed);
  });

  it('dropping a preview puts every path back on the store\'s settings, writing nothing', () => {
    const stored = ends();
    previewLearningRate(0.0497);
    expect(ends()).not.toEqual(stored);
    dropPreview();
    expect(writes).toBe(0);
    expect(simulation.paths.map((p) => p.settings.lr)).toEqual([0.01, 0.01, 0.01, 0.01]);
    const starts = useDownhill.getState().scenario.starts;
    expect(ends()).toEqual(starts.map((s) => plain(s.x, s.y, 0.01)));
  });

  it('with "selected path only", a preview replaces only that path', () => {
    const b = useDownhill.getState().scenario.starts[1]!;
    selectStart(b.id);
    setApplyTo('selected');
    const before = simulation.paths.slice();
    writes = 0;
    previewOptimizer({ kind: 'momentum', momentum: 0.5 });
    previewLearningRate(0.002);
    expect(writes).toBe(0);
    expect(simulation.paths[0]).toBe(before[0]);
    expect(simulation.paths[1]).not.toBe(before[1]);
    expect(simulation.paths[2]).toBe(before[2]);
    expect(simulation.paths[1]!.settings.lr).toBe(0.002);
  });

  it('a start preview moves one path to the grid point the drop will use', () => {
    const a = useDownhill.getState().scenario.starts[0]!;
    const before = simulation.paths.slice();
    previewStart(a.id, 1.23456789, -2.3456789);
    expect(writes).toBe(0);
    expect(simulation.paths[0]).not.toBe(before[0]);
    expect(simulation.paths[1]).toBe(before[1]);
    // Himmelblau's domain is 10 wide: placement grid 1e-3.
    expect([simulation.paths[0]!.x0, simulation.paths[0]!.y0]).toEqual([1.235, -2.346]);
    const previewed = ends()[0];
    moveStart(a.id, 1.23456789, -2.3456789);
    expect(useDownhill.getState().scenario.starts[0]).toMatchObject({ x: 1.235, y: -2.346 });
    syncSimulation(simulation, useDownhill.getState().scenario, false);
    expect(ends()[0]).toEqual(previewed);
  });

  it('optimizer and schedule previews change the run settings of the paths they affect', () => {
    previewOptimizer({ kind: 'adam', beta1: 0.8, beta2: 0.999, eps: 1e-8 });
    expect(simulation.paths.every((p) => p.settings.optimizer.kind === 'adam')).toBe(true);
    previewSchedule({ kind: 'exponential', gamma: 0.5 });
    expect(simulation.paths.every((p) => p.settings.schedule.kind === 'exponential')).toBe(true);
    expect(writes).toBe(0);
    setOptimizerKind('adam');
    setSchedule({ kind: 'exponential', gamma: 0.5 });
    expect(writes).toBe(2);
  });
});
