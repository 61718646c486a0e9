import { beforeEach, describe, expect, it } from 'vitest';
import { optimizerKinds } from '../../src/core/descent/optimizers';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { getSurface } from '../../src/core/surfaces/registry';
import { removeStart, selectStart, setSurface } from '../../src/state/actions';
import { addSwarm } from '../../src/state/actions/swarmActions';
import { compareOptimizers, fanLearningRates } from '../../src/state/actions/compareActions';
import { createCompareView, useCompareView } from '../../src/state/compareView';
import { pathSettings } from '../../src/state/pathSettings';
import { createDefaultScenario, LIMITS, newStartId, startLabel } from '../../src/state/scenario';
import { createSimulation, syncSimulation } from '../../src/state/simulation';
import { createInitialState, useDownhill } from '../../src/state/store';
import { decodeScenario, encodeScenario } from '../../src/state/urlCodec';

const state = () => useDownhill.getState();
const strip = (starts: readonly { id: number }[]) => starts.map(({ id: _id, ...rest }) => rest);

beforeEach(() => {
  useDownhill.setState(createInitialState(createDefaultScenario()), true);
  useCompareView.setState(createCompareView(), true);
});

describe('fanLearningRates', () => {
  it('does nothing without a selected path', () => {
    const before = state().scenario;
    expect(fanLearningRates()).toBeNull();
    expect(compareOptimizers()).toBeNull();
    expect(state().scenario).toBe(before);
  });

  it('adds four copies of the selected start at η 0.0025, 0.005, 0.02, 0.04 around its 0.01, and explains them', () => {
    const b = state().scenario.starts[1]!;
    selectStart(b.id);
    const ids = fanLearningRates()!;
    expect(ids).toHaveLength(4);
    const { scenario, selected } = state();
    expect(selected).toBe(b.id);
    expect(scenario.starts).toHaveLength(8);
    const fan = scenario.starts.filter((p) => p.x === b.x && p.y === b.y);
    expect(fan.map((p) => p.override?.lr)).toEqual([0.01, 0.0025, 0.005, 0.02, 0.04]);
    expect(fan.slice(1).map((p) => p.id)).toEqual(ids);
    expect(fan.map((p) => pathSettings(scenario, p).lr)).toEqual([0.01, 0.0025, 0.005, 0.02, 0.04]);
    const c = useCompareView.getState().comparison!;
    expect(c.title).toMatch(/^Learning-rate fan from B/);
    expect(c.lines).toEqual(['E: η 0.0025', 'F: η 0.005', 'B: η 0.01 (the original)', 'G: η 0.02', 'H: η 0.04']);
  });

  it('a fan from one start ends where separate runs at those rates end', () => {
    setSurface({ kind: 'builtin', id: 'rosenbrock' });
    const id = newStartId();
    useDownhill.setState({ scenario: { ...state().scenario, starts: [{ id, x: -1.2, y: 1 }], lr: 0.0005 }, selected: id });
    fanLearningRates();
    const sim = createSimulation();
    syncSimulation(sim, state().scenario, false);
    const rosen = getSurface('rosenbrock')!;
    expect(sim.paths.map((p) => p.settings.lr)).toEqual([0.0005, 0.00013, 0.00025, 0.001, 0.002]);
    for (const p of sim.paths) {
      const alone = createRun(rosen, -1.2, 1, createRunSettings({ lr: p.settings.lr }));
      advanceRun(alone, 2000);
      expect([p.run.x, p.run.y, p.run.t, p.run.status]).toEqual([alone.x, alone.y, alone.t, alone.status]);
    }
    // They do differ: the fan shows something.
    expect(new Set(sim.paths.map((p) => p.run.x.toFixed(6))).size).toBe(5);
  });

  it('copies are ordinary starts: the link keeps them, and one can be removed', () => {
    const a = state().scenario.starts[0]!;
    selectStart(a.id);
    const ids = fanLearningRates()!;
    const back = decodeScenario(encodeScenario(state().scenario)).scenario;
    expect(strip(back.starts)).toEqual(strip(state().scenario.starts));
    removeStart(ids[0]!);
    expect(state().scenario.starts).toHaveLength(7);
  });

  it('a second press adds no duplicates, and says so', () => {
    selectStart(state().scenario.starts[0]!.id);
    expect(fanLearningRates()).toHaveLength(4);
    expect(fanLearningRates()).toEqual([]);
    expect(state().scenario.starts).toHaveLength(8);
    expect(compareOptimizers()).toHaveLength(7);
    expect(compareOptimizers()).toEqual([]);
    expect(state().scenario.starts).toHaveLength(15);
    expect(state().notices.map((n) => n.text)).toEqual([
      'The learning-rate fan from A is already there: every copy it would add already runs from that start.',
      'The optimizer comparison from A is already there: every copy it would add already runs from that start.',
    ]);
  });

  it('a fan at the top of the range stops there and says so', () => {
    useDownhill.setState({ scenario: { ...state().scenario, lr: 5 } });
    selectStart(state().scenario.starts[0]!.id);
    expect(fanLearningRates()).toHaveLength(3);
    expect(useCompareView.getState().comparison!.lines).toEqual([
      'E: η 1.3', 'F: η 2.5', 'A: η 5 (the original)', 'G: η 10', '20 lies outside the learning rate\'s range, so the fan stops at its end.',
    ]);
  });

  it('respects the start limit, with a notice', () => {
    const starts = Array.from({ length: LIMITS.starts.max - 2 }, (_, i) => ({ id: newStartId(), x: i % 10, y: 0 }));
    useDownhill.setState({ scenario: { ...state().scenario, starts }, selected: starts[0]!.id });
    expect(fanLearningRates()).toBeNull();
    expect(compareOptimizers()).toBeNull();
    expect(state().scenario.starts).toHaveLength(LIMITS.starts.max - 2);
    expect(state().notices.map((n) => n.text)).toEqual([
      `A learning-rate fan needs 4 more start points, but at most ${LIMITS.starts.max.toLocaleString('en-US')} are allowed (${(LIMITS.starts.max - 2).toLocaleString('en-US')} in use).`,
      `Comparing optimizers needs 7 more start points, but at most ${LIMITS.starts.max.toLocaleString('en-US')} are allowed (${(LIMITS.starts.max - 2).toLocaleString('en-US')} in use).`,
    ]);
  });
});

describe('the Fan / Compare note with a swarm present (copies go before the swarm members)', () => {
  /** The label each path really has now, by id. */
  const labelOf = (id: number) => startLabel(state().scenario.starts.findIndex((p) => p.id === id));

  it('a fan from A names the copies where they really are (E…H, not after the swarm)', () => {
    addSwarm(10, 'grid', 1);
    const a = state().scenario.starts[0]!;
    selectStart(a.id);
    const ids = fanLearningRates()!;
    expect(ids.map(labelOf)).toEqual(['E', 'F', 'G', 'H']);
    expect(useCompareView.getState().comparison!.lines).toEqual(['E: η 0.0025', 'F: η 0.005', 'A: η 0.01 (the original)', 'G: η 0.02', 'H: η 0.04']);
  });

  it('a comparison from a swarm member names the member by its new place, and the copies by theirs', () => {
    addSwarm(10, 'grid', 1);
    const h = state().scenario.starts[7]!;
    expect(h.member).toBeDefined();
    selectStart(h.id);
    const ids = compareOptimizers()!;
    const c = useCompareView.getState().comparison!;
    const own = labelOf(h.id);
    expect(own).not.toBe('H');
    expect(c.title.startsWith(`Optimizers from ${own} on `)).toBe(true);
    expect(c.lines.map((l) => l.split(':')[0])).toEqual(ids.map(labelOf));
    expect(ids.map(labelOf)).toEqual(['E', 'F', 'G', 'H', 'I', 'J', 'K']);
  });

  it('a fan from a member names the original by its new place', () => {
    addSwarm(10, 'grid', 1);
    const m = state().scenario.starts[9]!;
    selectStart(m.id);
    const ids = fanLearningRates()!;
    const c = useCompareView.getState().comparison!;
    expect(c.title).toContain(`from ${labelOf(m.id)}`);
    expect(c.lines[2]).toBe(`${labelOf(m.id)}: η 0.01 (the original)`);
    expect([c.lines[0], c.lines[1], c.lines[3], c.lines[4]].map((l) => l!.split(':')[0])).toEqual(ids.map(labelOf));
  });
});

describe('the fan note\'s title', () => {
  it('says "each rate twice the one before" only when nothing was clamped', () => {
    selectStart(state().scenario.starts[0]!.id);
    fanLearningRates();
    expect(useCompareView.getState().comparison!.title).toBe('Learning-rate fan from A: each rate twice the one before');
  });
  it('at η = 6 (range up to 10) the rates are 1.5, 3, 6, 10, so it does not claim doubling throughout', () => {
    useDownhill.setState({ scenario: { ...state().scenario, lr: 6 } });
    selectStart(state().scenario.starts[0]!.id);
    fanLearningRates();
    const c = useCompareView.getState().comparison!;
    expect(c.lines.slice(0, 4)).toEqual(['E: η 1.5', 'F: η 3', 'A: η 6 (the original)', 'G: η 10']);
    expect(c.title).toBe('Learning-rate fan from A: each rate twice the one before, except where the range\'s end (10) cuts it off');
  });
});

describe('compareOptimizers', () => {
  it('adds one copy per optimizer (seven, Newton included) at suited rates, says why, and the link keeps them', () => {
    setSurface({ kind: 'builtin', id: 'rosenbrock' });
    const id = newStartId();
    useDownhill.setState({ scenario: { ...state().scenario, starts: [{ id, x: -1.2, y: 1 }] }, selected: id });
    const ids = compareOptimizers()!;
    expect(ids).toHaveLength(7);
    const copies = state().scenario.starts.slice(1);
    expect(copies.map((p) => p.override?.optimizer?.kind)).toEqual([...optimizerKinds]);
    expect(copies.every((p) => p.x === -1.2 && p.y === 1)).toBe(true);
    const adam = copies.find((p) => p.override?.optimizer?.kind === 'adam')!;
    expect(adam.override?.lr).toBe(0.1);
    expect(copies.find((p) => p.override?.optimizer?.kind === 'gd')!.override?.lr).toBe(0.001);
    expect(copies.find((p) => p.override?.optimizer?.kind === 'newton')!.override?.lr).toBe(1);
    const c = useCompareView.getState().comparison!;
    expect(c.lines).toHaveLength(7);
    expect(c.lines[5]).toMatch(/^G: Adam at 0\.1: Adam's steps are about η long whatever the slope/);
    expect(c.lines[0]).toMatch(/^B: Gradient descent at 0\.001: plain descent is stable only below 2\/λ_max/);
    const back = decodeScenario(encodeScenario(state().scenario)).scenario;
    expect(strip(back.starts)).toEqual(strip(state().scenario.starts));
    // Adam reaches (1, 1); plain descent at its rate is still far off after the 2,000 iterations.
    const sim = createSimulation();
    syncSimulation(sim, state().scenario, false);
    const at = (kind: string) => sim.paths.find((p) => p.settings.optimizer.kind === kind && p.startId !== id)!.run;
    expect(Math.hypot(at('adam').x - 1, at('adam').y - 1)).toBeLessThan(1e-3);
    expect(Math.hypot(at('gd').x - 1, at('gd').y - 1)).toBeGreaterThan(0.3);
  });
});
