import { beforeEach, describe, expect, it } from 'vitest';
import {
  addRandomStarts, addStart, addStartAt, applyFormula, clearStarts, moveStart, removeStart, selectStart, setApplyTo, setFormulaDraft,
  setHyperparameter, setLearningRate, setOptimizerKind, setScheduleKind, setScheduleParam, setSpeed, setStartAt, setSurface, setMaxSteps,
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
    // Uniform over Himmelblau's [-5, 5]², on the placement grid (1e-3 for a domain 10 wide).
    expect(added.map((p) => [p.x, p.y])).toEqual([[-4, 4], [0, -4], [4, 0], [-4, 4], [0, -4]]);
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
    // Each path holds its start and one point per iteration: 1,000 × 2,001 points fit, so the paths stop at 2,000,
    // while the person's own limit stays as typed.
    const runLimit = pathSettings(state().scenario, state().scenario.starts[0]!).maxSteps;
    expect((runLimit + 1) * 1000).toBeLessThanOrEqual(LIMITS.points);
    expect(runLimit).toBe(2000);
    expect(state().scenario.maxSteps).toBe(100_000);
    expect(state().notices.at(-1)?.text).toMatch(/iteration limit is at most 2,000/);
  });
});

describe('edits say what they do', () => {
  const starts = () => state().scenario.starts;
  const own = (i: number, fn: () => void) => { selectStart(starts()[i]!.id); setApplyTo('selected'); fn(); setApplyTo('all'); };

  it('a learning rate for all paths names the paths whose own rate it replaces', () => {
    own(1, () => setLearningRate(0.02));
    own(3, () => setLearningRate(0.03));
    const before = state().notices.length;
    setLearningRate(0.05);
    expect(state().notices.slice(before).map((n) => n.text)).toEqual(['B and D had their own learning rate; now all paths use η = 0.05.']);
    // Nothing replaced, nothing said.
    setLearningRate(0.04);
    expect(state().notices).toHaveLength(before + 1);
  });

  it('an optimizer or hyperparameter for all paths names the path whose own optimizer it replaces', () => {
    own(2, () => setOptimizerKind('adam'));
    setOptimizerKind('momentum');
    expect(state().notices.at(-1)?.text).toBe('C had its own optimizer; now all paths use Momentum.');
    own(0, () => setOptimizerKind('rmsprop'));
    setHyperparameter('momentum', 0.5);
    expect(state().notices.at(-1)?.text).toBe('A had its own optimizer; now all paths use Momentum.');
    expect(starts().map((p) => pathSettings(state().scenario, p).optimizer)).toEqual(Array(4).fill({ kind: 'momentum', momentum: 0.5 }));
  });

  it('many paths are summed up', async () => {
    const { listLabels } = await import('../../src/state/notices');
    expect(listLabels(['A'])).toBe('A');
    expect(listLabels(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listLabels(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C and 3 more paths');
  });
});

describe('settings from the catalog', () => {
  it('ε is a hyperparameter like the others, clamped to its range', () => {
    setOptimizerKind('adagrad');
    setHyperparameter('eps', 1e-6);
    expect(state().scenario.optimizer).toEqual({ kind: 'adagrad', eps: 1e-6 });
    setHyperparameter('eps', 0);
    expect(state().scenario.optimizer).toEqual({ kind: 'adagrad', eps: 1e-20 });
    // A hyperparameter the optimizer does not have changes nothing.
    const sc = state().scenario;
    setHyperparameter('beta1', 0.5);
    expect(state().scenario).toBe(sc);
  });

  it('every schedule parameter can be set, clamped and rounded as the catalog says', () => {
    setScheduleKind('step');
    expect(state().scenario.schedule).toEqual({ kind: 'step', stepSize: 100, gamma: 0.1 });
    setScheduleParam('stepSize', 12.6);
    setScheduleParam('gamma', 7);
    expect(state().scenario.schedule).toEqual({ kind: 'step', stepSize: 13, gamma: 1 });
    setScheduleKind('cosine');
    setScheduleParam('etaMin', 0.001);
    setScheduleParam('tMax', 0);
    expect(state().scenario.schedule).toEqual({ kind: 'cosine', tMax: 1, etaMin: 0.001 });
    // A parameter of another schedule is ignored.
    setScheduleParam('stepSize', 5);
    expect(state().scenario.schedule).toEqual({ kind: 'cosine', tMax: 1, etaMin: 0.001 });
  });

  it('speed is a whole number within its range, up to 5,000', () => {
    setSpeed(5000);
    expect(state().scenario.speed).toBe(5000);
    setSpeed(123.4);
    expect(state().scenario.speed).toBe(123);
    setSpeed(1e9);
    expect(state().scenario.speed).toBe(5000);
  });
});

describe('placing starts', () => {
  it('a start placed by pointer lands on the grid of 1e-4 of the domain width; typed ones stay exact', () => {
    const id = addStart(1.23456789, -0.000123)!;
    expect(state().scenario.starts.at(-1)).toMatchObject({ id, x: 1.235, y: 0 }); // never −0, which would cost the link a character
    moveStart(id, 0.1 + 0.2, 2.0004999);
    expect(state().scenario.starts.at(-1)).toMatchObject({ x: 0.3, y: 2 });
    setStartAt(id, -2.805118086952745, 3.131312518250573);
    expect(state().scenario.starts.at(-1)).toMatchObject({ x: -2.805118086952745, y: 3.131312518250573 });
    addStartAt(Math.PI, Math.E);
    expect(state().scenario.starts.at(-1)).toMatchObject({ x: Math.PI, y: Math.E });
  });

  it('the grid follows the domain: 1e-4 on Rosenbrock\'s 4-wide domain', () => {
    setSurface({ kind: 'builtin', id: 'rosenbrock' });
    addStart(0.123456, 1.987654);
    const p = state().scenario.starts.at(-1)!;
    expect([p.x, p.y]).toEqual([0.1235, 1.9877]);
  });
});
