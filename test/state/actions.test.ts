import { beforeEach, describe, expect, it } from 'vitest';
import {
  addRandomStarts, addStart, applyFormula, clearStarts, removeStart, selectStart, setApplyTo, setFormulaDraft,
  setHyperparameter, setLearningRate, setOptimizerKind, setSurface, setMaxSteps,
} from '../../src/state/actions';
import { pathSettings } from '../../src/state/pathSettings';
import { LIMITS, createDefaultScenario } from '../../src/state/scenario';
import { createInitialState, useDownhill } from '../../src/state/store';

const state = () => useDownhill.getState();

beforeEach(() => useDownhill.setState(createInitialState(createDefaultScenario()), true));

describe('store actions', () => {
  it('starts on Himmelblau with four starts at η = 0.01, playing', () => {
    const s = state();
    expect(s.scenario.surface).toEqual({ kind: 'builtin', id: 'himmelblau' });
    expect(s.scenario.starts.map((p) => [p.x, p.y])).toEqual([[4, 4], [-4, 4], [-4, -4], [4, -4]]);
    expect(s.scenario.lr).toBe(0.01);
    expect(s.playing).toBe(true);
  });

  it('every edit replaces the scenario object', () => {
    const before = state().scenario;
    setLearningRate(0.02);
    expect(state().scenario).not.toBe(before);
    expect(before.lr).toBe(0.01);
  });

  it('a learning rate applies to every path, or only to the selected one', () => {
    const [, b] = state().scenario.starts;
    selectStart(b!.id);
    setApplyTo('selected');
    setLearningRate(0.05);
    expect(pathSettings(state().scenario, state().scenario.starts[1]!).lr).toBe(0.05);
    expect(pathSettings(state().scenario, state().scenario.starts[0]!).lr).toBe(0.01);
    setOptimizerKind('adam');
    setHyperparameter('beta1', 0.8);
    expect(pathSettings(state().scenario, state().scenario.starts[1]!).optimizer).toEqual({ kind: 'adam', beta1: 0.8, beta2: 0.999, eps: 1e-8 });
    expect(pathSettings(state().scenario, state().scenario.starts[0]!).optimizer.kind).toBe('gd');
    setApplyTo('all');
    setLearningRate(0.003);
    // A shared edit clears the per-path learning rate but keeps the per-path optimizer.
    expect(state().scenario.starts.map((p) => pathSettings(state().scenario, p).lr)).toEqual([0.003, 0.003, 0.003, 0.003]);
    expect(pathSettings(state().scenario, state().scenario.starts[1]!).optimizer.kind).toBe('adam');
  });

  it('clamps settings to the controls\' ranges', () => {
    setLearningRate(500);
    expect(state().scenario.lr).toBe(LIMITS.lr.max);
    setLearningRate(-1);
    expect(state().scenario.lr).toBe(LIMITS.lr.min);
    setMaxSteps(1e9);
    expect(state().scenario.maxSteps).toBe(LIMITS.maxSteps.max);
  });

  it('a formula with an error changes nothing; a good one replaces the surface', () => {
    setFormulaDraft('x^2 + (y');
    expect(applyFormula()).toBe(false);
    expect(state().scenario.surface).toEqual({ kind: 'builtin', id: 'himmelblau' });
    setFormulaDraft('x^2 + 3*sin(y)');
    expect(applyFormula()).toBe(true);
    expect(state().scenario.surface).toEqual({ kind: 'formula', text: 'x^2 + 3*sin(y)' });
  });

  it('switching surface brings its suggested learning rate and starts', () => {
    setSurface({ kind: 'builtin', id: 'bowl' });
    expect(state().scenario.lr).toBe(0.1);
    expect(state().scenario.starts[0]).toMatchObject({ x: 10, y: 10 });
    setSurface({ kind: 'builtin', id: 'nope' });
    expect(state().scenario.surface).toEqual({ kind: 'builtin', id: 'bowl' });
    expect(state().notices.at(-1)?.text).toMatch(/unknown surface/);
  });

  it('adds, selects and removes starts, and draws random restarts inside the domain', () => {
    const id = addStart(1, 2)!;
    expect(state().selected).toBe(id);
    removeStart(id);
    expect(state().selected).toBeNull();
    expect(state().scenario.starts).toHaveLength(4);
    let k = 0;
    addRandomStarts(5, () => [0.1, 0.9, 0.5][k++ % 3]!);
    const added = state().scenario.starts.slice(4);
    expect(added).toHaveLength(5);
    for (const p of added) expect(Math.abs(p.x) <= 5 && Math.abs(p.y) <= 5).toBe(true);
    clearStarts();
    expect(state().scenario.starts).toHaveLength(0);
  });

  it('refuses a start beyond the limit with a notice', () => {
    addRandomStarts(LIMITS.starts.max);
    expect(state().scenario.starts).toHaveLength(LIMITS.starts.max);
    expect(addStart(0, 0)).toBeNull();
    expect(state().notices.at(-1)?.text).toMatch(/At most/);
  });
});

describe('loading a link', () => {
  it('a formula that cannot be built gives way to the default surface, keeping the text in the formula box', async () => {
    const { loadScenario } = await import('../../src/state/actions');
    loadScenario({ ...createDefaultScenario(), surface: { kind: 'formula', text: 'constructor.constructor("x")()' } }, ['first']);
    expect(state().scenario.surface).toEqual({ kind: 'builtin', id: 'himmelblau' });
    expect(state().formulaDraft).toBe('constructor.constructor("x")()');
    expect(state().notices).toHaveLength(1);
    expect(state().notices[0]!.text).toMatch(/^first The link's surface could not be built/);
  });
});

describe('the work budget', () => {
  it('lowers the iteration limit so paths × limit stays within the budget, with a notice', () => {
    setMaxSteps(100_000);
    expect(state().scenario.maxSteps).toBe(100_000);
    addRandomStarts(996);
    expect(state().scenario.starts).toHaveLength(1000);
    expect(state().scenario.maxSteps * 1000).toBeLessThanOrEqual(LIMITS.points);
    expect(state().notices.at(-1)?.text).toMatch(/iteration limit is at most 1,999/);
  });
});
