// The path buffers: every iterate drawn for a few paths; for many (thin lines) tiny steps merged, the
// line still connected, never farther than the threshold from any iterate, and ending on finished paths' ends.
import { describe, expect, it } from 'vitest';
import { TRAJ_STRIDE } from '../../src/core/descent/run';
import { createDefaultScenario, type Scenario } from '../../src/state/scenario';
import { advanceSimulation, createSimulation, syncSimulation, type Simulation } from '../../src/state/simulation';
import type { BufferAttribute, InterleavedBufferAttribute } from 'three';
import { createSceneFrame, PATH_LIFT, toScene } from '../../src/scene/frame';
import { BLANK_Y, createPathBuffers, THICK_LINE_LIMIT, THIN_MIN_SEGMENT, updatePathBuffers } from '../../src/scene/pathBuffers';

function simulationWith(n: number, playing: boolean, lr = 2e-4, surface = 'rosenbrock'): { sim: Simulation } {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const base = createDefaultScenario();
  const scenario: Scenario = {
    ...base, surface: { kind: 'builtin', id: surface }, lr, maxSteps: 400,
    starts: Array.from({ length: n }, (_, i) => ({ id: i + 1, x: -1.9 + 3.8 * rnd(), y: -0.9 + 3.8 * rnd() })),
  };
  const sim = createSimulation();
  syncSimulation(sim, scenario, playing);
  return { sim };
}

const frameOf = (sim: Simulation) => createSceneFrame(sim.surface!.domain, 0, 2500, 1);

/** The scene positions of a path's iterates. */
function iterates(sim: Simulation, i: number, fr: ReturnType<typeof frameOf>): Float32Array[] {
  const run = sim.paths[i]!.run, out: Float32Array[] = [];
  for (let k = 0; k < run.count; k++) {
    const o = k * TRAJ_STRIDE, q = new Float32Array(3);
    toScene(fr, run.traj![o]!, run.traj![o + 1]!, run.traj![o + 2]!, PATH_LIFT, q, 0);
    out.push(q);
  }
  return out;
}
const dist = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('path buffers', () => {
  it('with few paths, draw one segment and one dot per iterate', () => {
    const { sim } = simulationWith(3, false);
    const fr = frameOf(sim), b = createPathBuffers(16);
    updatePathBuffers(b, sim, fr);
    const points = sim.paths.reduce((sum, p) => sum + p.run.count, 0);
    expect(b.thin).toBe(false);
    expect(b.dotCount).toBe(points);
    expect(b.segCount).toBe(points - sim.paths.length);
  });

  it('with many paths, merge sub-threshold steps while the paths grow, staying connected and close to every iterate', () => {
    const n = THICK_LINE_LIMIT + 36;
    const { sim } = simulationWith(n, true);
    const fr = frameOf(sim), b = createPathBuffers(64);
    // Grow the paths a few iterations at a time, as frames do, updating the buffers after each.
    for (let f = 0; f < 60; f++) {
      advanceSimulation(sim, 0.1, 30);
      updatePathBuffers(b, sim, fr);
    }
    expect(b.thin).toBe(true);
    expect(b.dotCount, 'thin lines write no dots').toBe(0);
    const eps = THIN_MIN_SEGMENT * 2 * Math.max(fr.halfX, fr.halfZ);
    const total = sim.paths.reduce((sum, p) => sum + p.run.count - 1, 0);
    expect(b.segCount).toBeGreaterThan(0);
    expect(b.segCount, `${b.segCount} segments for ${total} steps`).toBeLessThan(0.4 * total);

    // Segments of one colour-independent path are contiguous per update pass; rebuild each path's polyline
    // by following segment ends from its start.
    const segs: [Float32Array, Float32Array][] = [];
    for (let s = 0; s < b.segCount; s++) segs.push([b.segPos.slice(6 * s, 6 * s + 3), b.segPos.slice(6 * s + 3, 6 * s + 6)]);
    for (let i = 0; i < n; i += 17) {
      const pts = iterates(sim, i, fr);
      // Walk the chain: from the start, each next segment begins exactly where the last ended.
      const chain = [pts[0]!];
      for (;;) {
        const tail = chain[chain.length - 1]!;
        const next = segs.find(([a, c]) => dist(a, tail) === 0 && !chain.includes(c) && pts.some((q) => dist(q, c) === 0));
        if (!next) break;
        chain.push(next[1]);
      }
      // Every iterate lies within eps of some vertex of the drawn chain.
      for (const q of pts) expect(Math.min(...chain.map((v) => dist(v, q)))).toBeLessThan(eps * 1.0001);
    }
  });

  it('a finished path\'s thin line ends exactly on its last iterate', () => {
    const { sim } = simulationWith(THICK_LINE_LIMIT + 1, false, 1e-3);
    const fr = frameOf(sim), b = createPathBuffers(64);
    updatePathBuffers(b, sim, fr);
    expect(b.thin).toBe(true);
    const ends = Array.from({ length: b.segCount }, (_, s) => b.segPos.slice(6 * s + 3, 6 * s + 6));
    for (let i = 0; i < sim.paths.length; i++) {
      const pts = iterates(sim, i, fr);
      if (pts.length < 2) continue;
      expect(ends.some((e) => dist(e, pts[pts.length - 1]!) === 0), `path ${i}`).toBe(true);
    }
  });

  it('paths that finish (converge or diverge) while growing frame by frame still end on their last iterate', () => {
    for (const [surface, lr] of [['saddle', 0.1], ['himmelblau', 0.01]] as const) {
      const { sim } = simulationWith(THICK_LINE_LIMIT + 36, true, lr, surface);
      const fr = frameOf(sim), b = createPathBuffers(64);
      for (let f = 0; f < 400 && sim.paths.some((p) => p.run.status === 'running'); f++) {
        advanceSimulation(sim, 0.1, 30);
        updatePathBuffers(b, sim, fr);
      }
      // One more update with nothing new: finished paths are closed, nothing else changes.
      updatePathBuffers(b, sim, fr);
      expect(sim.paths.every((p) => p.run.status !== 'running'), surface).toBe(true);
      const ends = Array.from({ length: b.segCount }, (_, s) => b.segPos.slice(6 * s + 3, 6 * s + 6));
      let checked = 0;
      for (let i = 0; i < sim.paths.length; i++) {
        const pts = iterates(sim, i, fr);
        if (pts.length < 2 || dist(pts[0]!, pts[pts.length - 1]!) === 0) continue;
        checked++;
        expect(ends.some((e) => dist(e, pts[pts.length - 1]!) === 0), `${surface} path ${i} (${sim.paths[i]!.run.status})`).toBe(true);
      }
      expect(checked).toBeGreaterThan(50);
    }
  });

  it('uploads only what a frame wrote, and nothing when every new iterate was merged', () => {
    const positions = (b: ReturnType<typeof createPathBuffers>) => b.thinGeometry.attributes.position as import('three').BufferAttribute;
    // Starts that sit near Rosenbrock's minimum take tiny steps: whole frames merge into nothing.
    const still = createSimulation();
    syncSimulation(still, {
      ...createDefaultScenario(), surface: { kind: 'builtin', id: 'rosenbrock' }, lr: 2e-4, maxSteps: 400,
      starts: Array.from({ length: THICK_LINE_LIMIT + 1 }, (_, i) => ({ id: i + 1, x: 1 + 1e-3 * i, y: 1 })),
    }, true);
    const quiet = createPathBuffers(1 << 16), fr = frameOf(still);
    updatePathBuffers(quiet, still, fr);
    let sawEmpty = false;
    for (let f = 0; f < 20; f++) {
      advanceSimulation(still, 0.1, 30);
      const s0 = quiet.segCount, v0 = positions(quiet).version;
      updatePathBuffers(quiet, still, fr);
      if (quiet.segCount === s0) {
        sawEmpty = true;
        expect(positions(quiet).version, 'no upload when nothing was written').toBe(v0);
      }
    }
    expect(sawEmpty, 'near the minimum, frames merge every new iterate').toBe(true);

    // Random starts: segments in every frame, uploaded as exactly the range written.
    const { sim } = simulationWith(THICK_LINE_LIMIT + 36, true);
    const busy = createPathBuffers(1 << 16);
    updatePathBuffers(busy, sim, fr);
    let sawRange = false;
    // 120 frames of 3 iterations: every path is still running (the limit is 400).
    for (let f = 0; f < 120; f++) {
      advanceSimulation(sim, 0.1, 30);
      expect(sim.paths.every((p) => p.run.status === 'running')).toBe(true);
      const s0 = busy.segCount, v0 = positions(busy).version;
      expect(updatePathBuffers(busy, sim, fr), 'room for 65,536 segments: no reallocation').toBe(false);
      if (busy.segCount > s0) {
        sawRange = true;
        expect(positions(busy).version).toBe(v0 + 1);
        expect(positions(busy).updateRanges).toEqual([{ start: 6 * s0, count: 6 * (busy.segCount - s0) }]);
      }
    }
    expect(sawRange).toBe(true);
  });

  describe('a start moved on its own rewrites and uploads only that path', () => {
    /** A paused simulation of n paths on Himmelblau (each computed to its end) and its scenario. */
    function paused(n: number) {
      let seed = 11;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
      const scenario: Scenario = {
        ...createDefaultScenario(), lr: 0.01, maxSteps: 300,
        starts: Array.from({ length: n }, (_, i) => ({ id: 1000 + i, x: -4.5 + 9 * rnd(), y: -4.5 + 9 * rnd() })),
      };
      const sim = createSimulation();
      syncSimulation(sim, scenario, false);
      return { sim, scenario };
    }
    const moved = (sc: Scenario, i: number, x: number, y: number): Scenario =>
      ({ ...sc, starts: sc.starts.map((p, j) => (j === i ? { ...p, x, y } : p)) });
    const ranges = (a: { updateRanges: readonly { start: number; count: number }[] }) => a.updateRanges.map((r) => [r.start, r.count]);

    it('thick lines: the old segments and dots of the path are blanked and its new ones appended, nothing else', () => {
      const { sim, scenario } = paused(8);
      const fr = frameOf(sim), b = createPathBuffers(1 << 14);
      updatePathBuffers(b, sim, fr);
      const counts = sim.paths.map((p) => p.run.count);
      // A full build writes the paths in order: path i's dots start after all earlier paths' points.
      const i = 3;
      const dot0 = counts.slice(0, i).reduce((a, c) => a + c, 0), seg0 = dot0 - i;
      const oldSegs = counts[i]! - 1, oldDots = counts[i]!, segEnd = b.segCount, dotEnd = b.dotCount;
      const segBefore = b.segPos.slice(), dotBefore = b.dotPos.slice();
      const segData = (b.segGeometry.attributes.instanceStart as InterleavedBufferAttribute).data;
      const dots = b.dotGeometry.attributes.position as BufferAttribute;
      const v0 = segData.version, d0 = dots.version;

      syncSimulation(sim, moved(scenario, i, 2.5, -0.5), false);
      expect(updatePathBuffers(b, sim, fr), 'no reallocation').toBe(false);
      const newCount = sim.paths[i]!.run.count;
      expect(ranges(segData)).toEqual([[6 * seg0, 6 * oldSegs], [6 * segEnd, 6 * (newCount - 1)]]);
      expect(ranges(dots)).toEqual([[3 * dot0, 3 * oldDots], [3 * dotEnd, 3 * newCount]]);
      expect([segData.version, dots.version]).toEqual([v0 + 1, d0 + 1]);
      // Every other path's data is untouched, byte for byte.
      for (let k = 0; k < 6 * segEnd; k++) if (k < 6 * seg0 || k >= 6 * (seg0 + oldSegs)) expect(b.segPos[k]).toBe(segBefore[k]);
      for (let k = 0; k < 3 * dotEnd; k++) if (k < 3 * dot0 || k >= 3 * (dot0 + oldDots)) expect(b.dotPos[k]).toBe(dotBefore[k]);
      // The blanked segments and dots sit far beyond the far plane (clipped); the appended dots are the new run's iterates.
      for (let s = seg0; s < seg0 + oldSegs; s++) expect([...b.segPos.subarray(6 * s, 6 * s + 6)]).toEqual([0, BLANK_Y, 0, 0, BLANK_Y, 0]);
      for (let d = dot0; d < dot0 + oldDots; d++) expect([...b.dotPos.subarray(3 * d, 3 * d + 3)]).toEqual([0, BLANK_Y, 0]);
      expect(Math.abs(BLANK_Y)).toBeGreaterThan(1000 * 400);
      const pts = iterates(sim, i, fr);
      pts.forEach((q, k) => expect(dist(b.dotPos.subarray(3 * (dotEnd + k), 3 * (dotEnd + k) + 3), q)).toBe(0));
      expect(b.dotCount).toBe(dotEnd + newCount);
    });

    it('thin lines: one path moved uploads its blanked range and its new segments only', () => {
      const { sim, scenario } = paused(THICK_LINE_LIMIT + 36);
      const fr = frameOf(sim), b = createPathBuffers(1 << 16);
      updatePathBuffers(b, sim, fr);
      expect(b.thin).toBe(true);
      const pos = b.thinGeometry.attributes.position as BufferAttribute, col = b.thinGeometry.attributes.color as BufferAttribute;
      const segEnd = b.segCount, before = b.segPos.slice();
      syncSimulation(sim, moved(scenario, 40, 0.5, 0.5), false);
      updatePathBuffers(b, sim, fr);
      const r = ranges(pos);
      expect(r).toHaveLength(2);
      expect(ranges(col)).toEqual(r);
      const [[blankStart, blankCount], [appendStart, appendCount]] = r as [[number, number], [number, number]];
      expect(appendStart).toBe(6 * segEnd);
      expect(appendCount).toBe(6 * (b.segCount - segEnd));
      expect(blankCount, 'the blanked range is one path, a small part of all').toBeLessThan(0.1 * 6 * segEnd);
      for (let k = 0; k < 6 * segEnd; k++) if (k < blankStart || k >= blankStart + blankCount) expect(b.segPos[k]).toBe(before[k]);
    });

    it('a new surface with the same start ids (revisions restart at 1) rebuilds everything, even with the same mapping', () => {
      const { sim, scenario } = paused(8);
      const fr = frameOf(sim), b = createPathBuffers(1 << 14);
      updatePathBuffers(b, sim, fr);
      syncSimulation(sim, { ...scenario, surface: { kind: 'builtin', id: 'booth' } }, false);
      expect(sim.paths.every((p) => p.revision === 1)).toBe(true);
      updatePathBuffers(b, sim, fr);
      const live = sim.paths.reduce((a, p) => a + p.run.count, 0);
      expect(b.dotCount).toBe(live);
      sim.paths.forEach((p, i) => {
        const before = sim.paths.slice(0, i).reduce((a, q) => a + q.run.count, 0);
        iterates(sim, i, fr).forEach((q, k) => expect(dist(b.dotPos.subarray(3 * (before + k), 3 * (before + k) + 3), q)).toBe(0));
      });
    });

    it('dragging one start many times reclaims the blanked space, and removing a path rebuilds everything', () => {
      const { sim, scenario } = paused(8);
      const fr = frameOf(sim), b = createPathBuffers(1 << 14);
      updatePathBuffers(b, sim, fr);
      const live = () => sim.paths.reduce((a, p) => a + p.run.count, 0);
      for (let k = 0; k < 200; k++) {
        syncSimulation(sim, moved(scenario, 2, -4 + 0.04 * k, 4 - 0.03 * k), false);
        updatePathBuffers(b, sim, fr);
        expect(b.dotCount, `move ${k}`).toBeLessThanOrEqual(2 * live() + 4096 + 2 * 300);
      }
      syncSimulation(sim, { ...scenario, starts: scenario.starts.slice(1) }, false);
      updatePathBuffers(b, sim, fr);
      expect(b.dotCount).toBe(live());
      expect(ranges(b.dotGeometry.attributes.position as BufferAttribute)).toEqual([[0, 3 * live()]]);
    });
  });
});


describe('path buffers carry each vertex\'s iteration (the timeline hides those beyond the cursor in the shader)', () => {
  it('thick: dot k and the segment reaching iterate k both carry k', () => {
    const { sim } = simulationWith(3, false);
    const fr = frameOf(sim), b = createPathBuffers(16);
    updatePathBuffers(b, sim, fr);
    let d = 0, s = 0;
    for (let i = 0; i < sim.paths.length; i++) {
      const pts = iterates(sim, i, fr);
      for (let k = 0; k < pts.length; k++, d++) {
        expect(b.dotIter[d]).toBe(k);
        expect(dist(b.dotPos.subarray(3 * d, 3 * d + 3), pts[k]!)).toBe(0);
        if (k === 0) continue;
        expect([b.segIter[2 * s], b.segIter[2 * s + 1]]).toEqual([k, k]);
        expect(dist(b.segPos.subarray(6 * s + 3, 6 * s + 6), pts[k]!)).toBe(0);
        s++;
      }
    }
    expect(s).toBe(b.segCount);
  });

  it('thin: every segment carries the iteration of the iterate it ends on, rising along each path', () => {
    const n = THICK_LINE_LIMIT + 4;
    const { sim } = simulationWith(n, true);
    const fr = frameOf(sim), b = createPathBuffers(64);
    for (let f = 0; f < 20; f++) { advanceSimulation(sim, 0.1, 30); updatePathBuffers(b, sim, fr); }
    expect(b.thin).toBe(true);
    const pts = sim.paths.map((_, i) => iterates(sim, i, fr));
    const lastIter = new Map<number, number>();
    for (let s = 0; s < b.segCount; s++) {
      const k = b.segIter[2 * s]!;
      expect(b.segIter[2 * s + 1]).toBe(k);
      // The path whose iterate k is this segment's end.
      const i = pts.findIndex((p) => p[k] !== undefined && dist(b.segPos.subarray(6 * s + 3, 6 * s + 6), p[k]) === 0);
      expect(i, `segment ${s} ends on some path's iterate ${k}`).toBeGreaterThanOrEqual(0);
      expect(k).toBeGreaterThan(lastIter.get(i) ?? 0);
      lastIter.set(i, k);
    }
  });
});
