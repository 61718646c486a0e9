// Projector mode's palette in the path buffers: a switch rewrites every segment's and dot's colour to the new
// palette, in the same geometries and the same number of segments and dots, so the draw calls stay as they were.
// The buffers hold the hex taken through the sRGB transfer function twice (THREE.Color's read, then the buffers'
// own convertSRGBToLinear, as on main): computed here with the formula, applied twice.
import { afterEach, describe, expect, it } from 'vitest';
import { createDefaultScenario, type Scenario } from '../../src/state/scenario';
import { createSimulation, syncSimulation } from '../../src/state/simulation';
import { createSceneFrame } from '../../src/scene/frame';
import { createPathBuffers, updatePathBuffers } from '../../src/scene/pathBuffers';
import { OKABE_ITO, PATH_COLORS, setPathPalette } from '../../src/state/palette';

const toLinear = (s: number): number => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
/** A hex colour as the vertex buffers hold it: the sRGB transfer function applied twice. */
function linear(hex: string): [number, number, number] {
  const ch = (k: number) => toLinear(toLinear(parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16) / 255));
  return [ch(0), ch(1), ch(2)];
}

function setup() {
  const scenario: Scenario = { ...createDefaultScenario(), maxSteps: 50 };
  const sim = createSimulation();
  syncSimulation(sim, scenario, false);
  const fr = createSceneFrame(sim.surface!.domain, 0, 2500, 1);
  return { sim, fr };
}

/** The colour of every segment of path i (each segment's start), read from the buffers. */
function segmentColours(b: ReturnType<typeof createPathBuffers>, sim: ReturnType<typeof setup>['sim'], i: number): number[][] {
  let first = 0;
  for (let j = 0; j < i; j++) first += sim.paths[j]!.run.count - 1;
  const n = sim.paths[i]!.run.count - 1, out: number[][] = [];
  for (let s = first; s < first + n; s++) out.push([b.segCol[6 * s]!, b.segCol[6 * s + 1]!, b.segCol[6 * s + 2]!]);
  return out;
}

afterEach(() => setPathPalette('vivid'));

describe('path buffers and the palette', () => {
  it('a palette switch rewrites every colour in place: same geometries, same counts', () => {
    const { sim, fr } = setup();
    const b = createPathBuffers(4096);
    updatePathBuffers(b, sim, fr);
    const before = { seg: b.segGeometry, dot: b.dotGeometry, segs: b.segCount, dots: b.dotCount, instances: b.segGeometry.instanceCount };
    expect(before.segs).toBeGreaterThan(100);
    for (let i = 0; i < 4; i++) for (const c of segmentColours(b, sim, i)) c.forEach((v, k) => expect(v).toBeCloseTo(linear(PATH_COLORS[i]!)[k]!, 5));

    setPathPalette('okabeIto');
    updatePathBuffers(b, sim, fr);
    expect(b.segGeometry).toBe(before.seg);
    expect(b.dotGeometry).toBe(before.dot);
    expect([b.segCount, b.dotCount, b.segGeometry.instanceCount]).toEqual([before.segs, before.dots, before.instances]);
    for (let i = 0; i < 4; i++) {
      const want = linear(OKABE_ITO[i]!);
      const got = segmentColours(b, sim, i);
      expect(got.length).toBe(sim.paths[i]!.run.count - 1);
      for (const c of got) c.forEach((v, k) => expect(v).toBeCloseTo(want[k]!, 5));
    }
    // Dots too: path 0's first dot.
    linear(OKABE_ITO[0]!).forEach((v, k) => expect(b.dotCol[k]).toBeCloseTo(v, 5));
  });

  it('with no switch, a second update writes nothing', () => {
    const { sim, fr } = setup();
    const b = createPathBuffers(4096);
    updatePathBuffers(b, sim, fr);
    updatePathBuffers(b, sim, fr);
    expect(b.written.segN + b.written.dotN).toBe(0);
  });
});
