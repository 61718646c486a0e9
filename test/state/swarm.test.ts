// "Add starts": a swarm in the store and in the link, kept by count, arrangement and seed.
import { beforeEach, describe, expect, it } from 'vitest';
import { arrange } from '../../src/core/descent/arrangement';
import { addStart, clearStarts, moveStart, removeStart, selectStart, setApplyTo, setLearningRate, setSurface } from '../../src/state/actions';
import { addSwarm } from '../../src/state/actions/swarmActions';
import { LIMITS, createDefaultScenario, effectiveMaxSteps, type Scenario } from '../../src/state/scenario';
import { pathSettings } from '../../src/state/pathSettings';
import { createSimulation, syncSimulation } from '../../src/state/simulation';
import { createInitialState, useDownhill } from '../../src/state/store';
import { decodeScenario, encodeScenario } from '../../src/state/urlCodec';

const state = () => useDownhill.getState();
const coords = (s: Scenario) => s.starts.map((p) => [p.x, p.y]);
const reopened = (s: Scenario) => decodeScenario(encodeScenario(s)).scenario;

beforeEach(() => useDownhill.setState(createInitialState(createDefaultScenario()), true));

describe('a swarm of starts', () => {
  it('adds that many starts after the ordinary ones, where the arrangement puts them (Himmelblau [-5, 5]², grid 1e-3)', () => {
    addSwarm(100, 'random', 7);
    const s = state().scenario;
    expect(s.starts).toHaveLength(104);
    expect(s.swarm).toEqual({ count: 100, arrangement: 'random', seed: 7 });
    expect(coords(s).slice(0, 4)).toEqual([[4, 4], [-4, 4], [-4, -4], [4, -4]]);
    const { xs, ys } = arrange('random', 100, { xMin: -5, xMax: 5, yMin: -5, yMax: 5 }, 7);
    s.starts.slice(4).forEach((p, k) => {
      expect(p.member).toBe(k);
      expect(Math.abs(p.x - xs[k]!)).toBeLessThanOrEqual(5e-4 + 1e-12);
      expect(Math.abs(p.y - ys[k]!)).toBeLessThanOrEqual(5e-4 + 1e-12);
    });
  });

  it('replaces the previous swarm and keeps ordinary starts; Remove all paths clears both', () => {
    addSwarm(50, 'grid', 1);
    addStart(1, 1);
    addSwarm(30, 'random', 2);
    const s = state().scenario;
    expect(s.starts).toHaveLength(5 + 30);
    expect(s.starts.slice(0, 5).every((p) => p.member === undefined)).toBe(true);
    expect(s.swarm?.count).toBe(30);
    clearStarts();
    expect(state().scenario.starts).toEqual([]);
    expect(state().scenario.swarm).toBeNull();
  });

  it('a new ordinary start goes before the swarm\'s members', () => {
    addSwarm(10, 'grid', 1);
    addStart(2, 2);
    const s = state().scenario;
    expect(s.starts[4]?.member).toBeUndefined();
    expect(coords(s)[4]).toEqual([2, 2]);
    expect(s.starts.slice(5).map((p) => p.member)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('allows up to 10,000 starts in all, lowering the iteration limit for the points budget with a notice', () => {
    expect(LIMITS.starts.max).toBe(10_000);
    addSwarm(20_000, 'grid', 1);
    const s = state().scenario;
    expect(s.starts).toHaveLength(10_000);
    expect(s.swarm?.count).toBe(9_996);
    // 1,000 paths × 2,001 points is the budget: 10,000 paths keep at most 200 points each, so 199 iterations.
    expect(effectiveMaxSteps(s)).toBe(199);
    expect(pathSettings(s, s.starts[9_999]).maxSteps).toBe(199);
    expect((199 + 1) * s.starts.length).toBeLessThanOrEqual(LIMITS.points);
    expect(s.maxSteps).toBe(2000);
    const texts = state().notices.map((n) => n.text);
    expect(texts).toContain('Only 9,996 more starts fit (at most 10,000 in all); added 9,996.');
    expect(texts).toContain('With 10,000 paths the iteration limit is at most 199, to keep the page responsive.');
    expect(addStart(0, 0)).toBeNull();
  });
});

describe('a swarm in the link', () => {
  it('is written as its count, arrangement and seed, and reopens the same starts exactly', () => {
    addSwarm(10_000, 'random', 7);
    const s = state().scenario;
    const text = encodeScenario(s);
    expect(text).toContain('sw=9996,random,7');
    expect(text.length).toBeLessThan(200);
    expect(coords(reopened(s))).toEqual(coords(s));
    expect(reopened(s).swarm).toEqual(s.swarm);
  });

  it('round-trips a grid swarm with no ordinary starts', () => {
    clearStarts();
    addSwarm(100, 'grid', 1);
    const s = state().scenario;
    expect(encodeScenario(s)).toBe('p=&sw=100,grid,1');
    expect(coords(reopened(s))).toEqual(coords(s));
  });

  it('a moved member becomes an ordinary start and the link leaves it out of the swarm; a removed one stays removed', () => {
    addSwarm(20, 'grid', 3);
    const members = state().scenario.starts.slice(4);
    moveStart(members[5]!.id, 1.5, -2.5);
    removeStart(members[6]!.id);
    removeStart(members[7]!.id);
    const s = state().scenario;
    expect(s.starts).toHaveLength(4 + 20 - 2);
    expect(s.starts[4]).toMatchObject({ x: 1.5, y: -2.5 });
    expect(s.starts[4]?.member).toBeUndefined();
    const text = encodeScenario(s);
    expect(text).toContain('swx=5-7');
    expect(text).toContain('1.5,-2.5');
    expect(coords(reopened(s))).toEqual(coords(s));
  });

  it('a member given its own learning rate becomes an ordinary start that keeps it in the link', () => {
    addSwarm(5, 'grid', 1);
    const m = state().scenario.starts[6]!;
    selectStart(m.id);
    setApplyTo('selected');
    setLearningRate(0.02);
    const s = state().scenario;
    expect(s.starts[4]).toMatchObject({ x: m.x, y: m.y, override: { lr: 0.02 } });
    expect(s.starts[4]?.member).toBeUndefined();
    const r = reopened(s);
    expect(coords(r)).toEqual(coords(s));
    expect(r.starts[4]?.override).toEqual({ lr: 0.02 });
  });

  it('keeps the selected swarm member in the link', () => {
    addSwarm(30, 'random', 4);
    const i = 4 + 17;
    const view = { selected: i, basins: false };
    expect(decodeScenario(encodeScenario(state().scenario, view)).view.selected).toBe(i);
  });

  it('a malformed swarm key loads defaults for each unusable part, with notices', () => {
    const r = decodeScenario('sw=lots,hexagonal,-3&swx=2,x,4-5');
    expect(r.scenario.swarm).toEqual({ count: 100, arrangement: 'random', seed: 0 });
    expect(r.scenario.starts).toHaveLength(4 + 100 - 3);
    expect(r.notices).toEqual([
      "The link's swarm size 'lots' is not a number; using 100.",
      "The link's swarm arrangement 'hexagonal' is not grid or random; using random.",
      'Swarm seed -3 is below the minimum 0; clamped.',
      "One of the link's removed swarm starts could not be read; it was ignored.",
    ]);
    const big = decodeScenario('sw=50000,grid,1');
    expect(big.scenario.starts).toHaveLength(LIMITS.starts.max);
    expect(big.notices[0]).toBe('Swarm size 50000 is above the maximum 10000; clamped.');
  });
});

describe('the work budget is an effective limit, never a rewrite of the person\'s own', () => {
  it('a 1,000-start swarm on the 4 defaults runs to 1,992 iterations; removed, the paths run to 2,000 again', () => {
    addSwarm(1000, 'random', 7);
    const s = state().scenario;
    expect(s.starts).toHaveLength(1004);
    // 1,004 paths × (limit + 1) ≤ 1,000 × 2,001 points: floor(2,001,000 / 1,004) − 1 = 1,992.
    expect(Math.floor((1000 * 2001) / 1004) - 1).toBe(1992);
    expect(effectiveMaxSteps(s)).toBe(1992);
    expect(s.maxSteps).toBe(2000);
    expect(state().notices.map((n) => n.text)).toContain('With 1,004 paths the iteration limit is at most 1,992, to keep the page responsive.');
    const sim = createSimulation();
    syncSimulation(sim, s, false);
    expect(sim.paths[0]!.settings.maxSteps).toBe(1992);
    for (const p of state().scenario.starts.filter((q) => q.member !== undefined)) removeStart(p.id);
    const after = state().scenario;
    expect(after.swarm).toBeNull();
    expect(after.starts).toHaveLength(4);
    expect(after.maxSteps).toBe(2000);
    expect(effectiveMaxSteps(after)).toBe(2000);
    syncSimulation(sim, after, false);
    expect(sim.paths.map((p) => p.settings.maxSteps)).toEqual([2000, 2000, 2000, 2000]);
  });
  it('the link keeps the person\'s limit: a swarm of 1,000, then another surface, writes no max=1992', () => {
    addSwarm(1000, 'random', 7);
    expect(encodeScenario(state().scenario)).not.toMatch(/max=/);
    setSurface({ kind: 'builtin', id: 'rosenbrock' });
    expect(state().scenario.maxSteps).toBe(2000);
    expect(encodeScenario(state().scenario)).not.toMatch(/max=/);
  });
  it('says the lowered limit once, not again on every edit while it holds', () => {
    addSwarm(1000, 'random', 7);
    const count = () => state().notices.filter((n) => /iteration limit is at most/.test(n.text)).length;
    expect(count()).toBe(1);
    setLearningRate(0.002);
    expect(count()).toBe(1);
  });
});
