// Trails of a large swarm's members are not drawn (their heads are); ordinary starts, the selected path and
// a picked group keep theirs; turning one trail on or off rewrites that path alone.
import { describe, expect, it } from 'vitest';
import type { InterleavedBufferAttribute } from 'three';
import { groupOf } from '../../src/core/descent/tally';
import { createDefaultScenario, type Scenario, type StartPoint } from '../../src/state/scenario';
import { advanceSimulation, createSimulation, syncSimulation, type PathSim, type Simulation } from '../../src/state/simulation';
import { createTrailContext, drawsTrail, refreshTrailContext, SWARM_TRAIL_LIMIT, swarmTrailsHidden } from '../../src/state/swarmTrails';
import { createSceneFrame } from '../../src/scene/frame';
import { BLANK_Y, createPathBuffers, updatePathBuffers } from '../../src/scene/pathBuffers';

/** `ordinary` plain starts then `members` swarm members (a swarm of `swarmCount`), on Rosenbrock. */
function scenarioWith(ordinary: number, members: number, swarmCount: number, maxSteps = 60): Scenario {
  let seed = 3;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const starts: StartPoint[] = [];
  for (let i = 0; i < ordinary + members; i++) {
    const p: StartPoint = { id: 1 + i, x: -1.9 + 3.8 * rnd(), y: -0.9 + 3.8 * rnd() };
    starts.push(i < ordinary ? p : { ...p, member: i - ordinary });
  }
  return {
    ...createDefaultScenario(), surface: { kind: 'builtin', id: 'rosenbrock' }, lr: 2e-4, maxSteps, starts,
    swarm: members > 0 ? { count: swarmCount, arrangement: 'random', seed: 1 } : null,
  };
}

function simOf(sc: Scenario, playing: boolean): Simulation {
  const sim = createSimulation();
  syncSimulation(sim, sc, playing);
  return sim;
}

const frameOf = (sim: Simulation) => createSceneFrame(sim.surface!.domain, 0, 2500, 1);
/** The paths whose trail should show, worked out from the starts directly (the test's own rule). */
const expected = (sc: Scenario, sim: Simulation, selected: number | null): boolean[] =>
  sim.paths.map((p) => sc.swarm === null || sc.swarm.count <= SWARM_TRAIL_LIMIT || sc.starts[p.index]!.member === undefined || p.startId === selected);

describe('swarm trails', () => {
  it('hides members\' trails only for a swarm over the limit, keeping ordinary starts and the selected path', () => {
    const big = scenarioWith(3, 5, SWARM_TRAIL_LIMIT + 1), small = scenarioWith(3, 5, SWARM_TRAIL_LIMIT);
    expect(swarmTrailsHidden(big)).toBe(true);
    expect(swarmTrailsHidden(small)).toBe(false);
    for (const [sc, selected] of [[big, null], [big, 6], [small, null]] as const) {
      const sim = simOf(sc, false), c = createTrailContext();
      refreshTrailContext(c, { scenario: sc, selected, group: null }, sim.surface!.critical);
      expect(sim.paths.map((p) => drawsTrail(c, p))).toEqual(expected(sc, sim, selected));
    }
  });

  it('keeps the trails of the members in the picked group', () => {
    // A larger rate: some members diverge, the others do not (two groups at least).
    const sc = { ...scenarioWith(0, 30, SWARM_TRAIL_LIMIT + 5, 3000), lr: 2.5e-3 };
    const sim = simOf(sc, false), crit = sim.surface!.critical, c = createTrailContext();
    const g = groupOf(sim.paths[0]!.run, crit);
    refreshTrailContext(c, { scenario: sc, selected: null, group: g }, crit);
    const shown = sim.paths.map((p) => drawsTrail(c, p));
    expect(shown).toEqual(sim.paths.map((p) => groupOf(p.run, crit) === g));
    expect(shown.some((s) => !s), 'some members fall in another group').toBe(true);
  });

  it('writes no segment or dot for a hidden trail, and every point of the others', () => {
    const sc = scenarioWith(4, 6, SWARM_TRAIL_LIMIT + 1);
    const sim = simOf(sc, true), fr = frameOf(sim), b = createPathBuffers(64), c = createTrailContext();
    refreshTrailContext(c, { scenario: sc, selected: null, group: null }, sim.surface!.critical);
    const rule = (p: PathSim) => drawsTrail(c, p);
    for (let f = 0; f < 20; f++) { advanceSimulation(sim, 0.1, 30); updatePathBuffers(b, sim, fr, rule); }
    expect(b.thin).toBe(false);
    const drawn = sim.paths.slice(0, 4).reduce((s, p) => s + p.run.count, 0);
    expect(b.dotCount).toBe(drawn);
    expect(b.segCount).toBe(drawn - 4);
    expect(sim.paths[9]!.run.count, 'hidden paths still advance').toBe(sim.paths[0]!.run.count);
  });

  it('turning one trail on writes that path\'s whole trail; turning it off blanks exactly it', () => {
    const sc = scenarioWith(2, 6, SWARM_TRAIL_LIMIT + 1);
    const sim = simOf(sc, false), fr = frameOf(sim), b = createPathBuffers(1 << 12), c = createTrailContext();
    const rule = (p: PathSim) => drawsTrail(c, p);
    refreshTrailContext(c, { scenario: sc, selected: null, group: null }, sim.surface!.critical);
    updatePathBuffers(b, sim, fr, rule);
    const seg0 = b.segCount, dot0 = b.dotCount, pick = sim.paths[5]!, n = pick.run.count;
    const data = (b.segGeometry.attributes.instanceStart as InterleavedBufferAttribute).data;
    // Select member 5: its trail is appended, and only that range is uploaded.
    refreshTrailContext(c, { scenario: sc, selected: pick.startId, group: null }, sim.surface!.critical);
    updatePathBuffers(b, sim, fr, rule);
    expect([b.segCount, b.dotCount]).toEqual([seg0 + n - 1, dot0 + n]);
    expect(data.updateRanges.map((r) => [r.start, r.count])).toEqual([[6 * seg0, 6 * (n - 1)]]);
    // Deselect: those segments and dots are blanked (moved beyond the far plane), the rest untouched.
    const before = b.segPos.slice(0, 6 * seg0);
    refreshTrailContext(c, { scenario: sc, selected: null, group: null }, sim.surface!.critical);
    updatePathBuffers(b, sim, fr, rule);
    for (let s = seg0; s < seg0 + n - 1; s++) expect(b.segPos[6 * s + 1]).toBe(BLANK_Y);
    for (let d = dot0; d < dot0 + n; d++) expect(b.dotPos[3 * d + 1]).toBe(BLANK_Y);
    expect([...b.segPos.slice(0, 6 * seg0)]).toEqual([...before]);
    expect(data.updateRanges.map((r) => [r.start, r.count])).toEqual([[6 * seg0, 6 * (n - 1)]]);
  });
});
