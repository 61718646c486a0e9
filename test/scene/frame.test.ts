// Markers where the cost is not finite stand on the floor with their pin, not at the top of the view.
import { describe, expect, it } from 'vitest';
import { createSceneFrame, drawnCost, toScene } from '../../src/scene/frame';

const domain = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };

describe('drawnCost', () => {
  const fr = createSceneFrame(domain, 0, 100, 1);
  it('keeps a finite cost and puts +∞, −∞ and NaN on the floor of the cost range', () => {
    expect(drawnCost(fr, 42)).toBe(42);
    expect([drawnCost(fr, Infinity), drawnCost(fr, -Infinity), drawnCost(fr, NaN)]).toEqual([0, 0, 0]);
  });
  it('so a marker at f = +∞ is drawn at floor height (0 + lift), where toScene alone would clamp it to the top', () => {
    const out = [0, 0, 0];
    toScene(fr, 3, 0, Infinity, 0.1, out, 0);
    expect(out[1]).toBeCloseTo(1.4 * fr.height + 0.1, 12);
    toScene(fr, 3, 0, drawnCost(fr, Infinity), 0.1, out, 0);
    expect(out[1]).toBeCloseTo(0.1, 12);
    expect(out[0]).toBeCloseTo(3 * fr.s, 12);
  });
});
