import { describe, expect, it } from 'vitest';
import { costRange, HIGH_HZ, LOW_HZ, panFor, pitchFor } from '../../../src/ui/access/soundMapping';

const d = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };

describe('what the selected path sounds like', () => {
  it('pitch: 220 Hz at the lowest cost, 880 Hz at the highest, clamped outside', () => {
    expect(pitchFor(0, 0, 890)).toBeCloseTo(LOW_HZ, 9);
    expect(pitchFor(890, 0, 890)).toBeCloseTo(HIGH_HZ, 9);
    expect(pitchFor(-5, 0, 890)).toBeCloseTo(220, 9);
    expect(pitchFor(1e9, 0, 890)).toBeCloseTo(880, 9);
    expect(pitchFor(Number.NaN, 0, 890)).toBe(220);
  });

  it('pitch follows log f: each tenfold of (f − fMin + span/1000) is the same musical step, two octaves over three decades', () => {
    // span 1000, floor 1: f = 0, 9, 99, 999 give (f + 1) = 1, 10, 100, 1000: thirds of the way up in log pitch.
    const hz = [0, 9, 99, 999].map((f) => pitchFor(f, 0, 1000));
    // The exact floor is span·1e-3 = 1 and the top is (1000 + 1) / 1: check by the closed form 220·4^(log(f+1)/log(1001)).
    hz.forEach((h, i) => expect(h).toBeCloseTo(220 * 4 ** (Math.log([1, 10, 100, 1000][i]!) / Math.log(1001)), 9));
    // Equal ratios, equal steps.
    expect(hz[2]! / hz[1]!).toBeCloseTo(hz[1]! / hz[0]!, 9);
    // Negative costs (six-hump camel goes to −1.03) have a pitch too: the shift is by fMin.
    expect(pitchFor(-1.03, -1.03, 5)).toBeCloseTo(220, 9);
    expect(pitchFor(0, -1.03, 5)).toBeGreaterThan(220);
  });

  it('stereo: −1 at the left edge, 0 in the middle, +1 at the right, clamped', () => {
    expect([panFor(-5, d), panFor(0, d), panFor(5, d), panFor(2.5, d), panFor(40, d), panFor(-40, d)]).toEqual([-1, 0, 1, 0.5, 1, -1]);
    expect(panFor(Number.NaN, d)).toBe(0);
  });

  it('the cost range over the view: the bowl x² + y² over [−5, 5]² runs from 0 to 50', () => {
    expect(costRange((x, y) => x * x + y * y, d, 11)).toEqual([0, 50]);
    expect(costRange(() => Number.NaN, d)).toBeNull();
    expect(costRange((x) => (x < 0 ? Infinity : x), d, 11)).toEqual([0, 5]);
  });
});
