import { describe, expect, it } from 'vitest';
import { FOG_POINTS, packFogPoints } from '../../src/state/fogPoints';
import { createSimulation, syncSimulation } from '../../src/state/simulation';
import { createDefaultScenario, newStartId, type Scenario } from '../../src/state/scenario';

/** Himmelblau's gradient, written out here: ∂f/∂x = 4x(x²+y−11) + 2(x+y²−7), ∂f/∂y = 2(x²+y−11) + 4y(x+y²−7). */
function himmelblauStep(x: number, y: number, lr: number): [number, number] {
  const a = x * x + y - 11, b = x + y * y - 7;
  return [x - lr * (4 * x * a + 2 * b), y - lr * (2 * a + 4 * y * b)];
}
/** Plain gradient descent, k steps from (x, y): the head's point at iteration k, independent of the app's optimizers. */
function headAfter(x: number, y: number, lr: number, k: number): [number, number] {
  let p: [number, number] = [x, y];
  for (let i = 0; i < k; i++) p = himmelblauStep(p[0], p[1], lr);
  return p;
}

function finished(change: (s: Scenario) => Scenario = (s) => s) {
  const sim = createSimulation();
  const sc = change(createDefaultScenario());
  syncSimulation(sim, sc, false); // paused: every path computed to its end
  return { sim, sc };
}

describe('packFogPoints', () => {
  it('writes each head at the iteration the timeline shows, then its start, as maths (x, y)', () => {
    const { sim, sc } = finished();
    sim.cursor = 7;
    const out = new Float32Array(2 * FOG_POINTS);
    expect(packFogPoints(sim, true, null, out)).toBe(8);
    sc.starts.forEach((s, i) => {
      const [hx, hy] = headAfter(s.x, s.y, sc.lr, 7);
      expect(out[4 * i]).toBeCloseTo(hx, 4);
      expect(out[4 * i + 1]).toBeCloseTo(hy, 4);
      expect(out[4 * i + 2]).toBe(s.x);
      expect(out[4 * i + 3]).toBe(s.y);
    });
  });

  it('follows the timeline: a later cursor moves the heads, not the starts', () => {
    const { sim, sc } = finished();
    const out = new Float32Array(2 * FOG_POINTS);
    sim.cursor = 0;
    packFogPoints(sim, true, null, out);
    expect([out[0], out[1]]).toEqual([sc.starts[0]!.x, sc.starts[0]!.y]);
    sim.cursor = 30;
    packFogPoints(sim, true, null, out);
    const [hx, hy] = headAfter(4, 4, sc.lr, 30);
    expect(out[0]).toBeCloseTo(hx, 4);
    expect(out[1]).toBeCloseTo(hy, 4);
  });

  it('leaves the heads out while predicting: the starts alone', () => {
    const { sim, sc } = finished();
    const out = new Float32Array(2 * FOG_POINTS);
    expect(packFogPoints(sim, false, null, out)).toBe(4);
    expect(Array.from(out.slice(0, 8))).toEqual(sc.starts.flatMap((s) => [s.x, s.y]));
  });

  it('caps at FOG_POINTS, and a selected path beyond the cap takes the last slots', () => {
    const many = (s: Scenario): Scenario => ({
      ...s, starts: Array.from({ length: 40 }, (_, i) => ({ id: newStartId(), x: -4 + (i % 8), y: -4 + Math.floor(i / 8) })),
    });
    const { sim, sc } = finished(many);
    const out = new Float32Array(2 * FOG_POINTS);
    expect(packFogPoints(sim, true, null, out)).toBe(FOG_POINTS);
    // 32 paths fit; path 35 selected replaces path 31 in the last two slots (head, then start).
    const sel = sc.starts[35]!;
    expect(packFogPoints(sim, true, sel.id, out)).toBe(FOG_POINTS);
    expect(out[2 * (FOG_POINTS - 1)]).toBe(sel.x);
    expect(out[2 * (FOG_POINTS - 1) + 1]).toBe(sel.y);
    const r = sim.paths[35]!.run;
    expect(out[2 * (FOG_POINTS - 2)]).toBe(Math.fround(r.x));
    expect(out[2 * (FOG_POINTS - 2) + 1]).toBe(Math.fround(r.y));
    // A selected path within the cap changes nothing.
    const first = sc.starts[2]!;
    packFogPoints(sim, true, first.id, out);
    expect(out[2 * (FOG_POINTS - 1)]).toBe(sc.starts[31]!.x);
  });
});
