import { describe, expect, it } from 'vitest';
import { positionOf, showStepped, SLIDER_STEPS, valueAfterMove, valueAt, type Scaled } from '../../src/ui/logScale';

const speed = { min: 1, max: 5000, scale: 'log', integer: true } as const;

/** Presses → from the slider's minimum until it reaches its maximum; every press must raise the value. Returns the presses. */
function climb(r: Scaled, limit: number): number {
  let v = r.min, steps = 0;
  while (v < r.max && steps < limit) {
    const next = valueAfterMove(r, Math.round(positionOf(r, v)) + 1, v);
    expect(next).toBeGreaterThan(v);
    v = next; steps++;
  }
  expect(v).toBe(r.max);
  return steps;
}

describe('valueAfterMove: a whole-number log slider moves whenever its thumb moves', () => {
  it('one position up or down from 20 it/s gives 21 and 19 (rounding alone would stay at 20)', () => {
    const at = Math.round(positionOf(speed, 20));
    expect(valueAt(speed, at + 1)).toBe(20); // the problem: one step rounds back
    expect(valueAfterMove(speed, at + 1, 20)).toBe(21);
    expect(valueAfterMove(speed, at - 1, 20)).toBe(19);
  });

  it('repeated single steps climb from 1 to 5,000 without ever standing still, and stay within the range', () => {
    climb(speed, 5 * SLIDER_STEPS);
    expect(valueAfterMove(speed, SLIDER_STEPS + 1, speed.max)).toBe(speed.max);
  });

  it('a decimal log slider moves too where 3 digits round back: height 1 goes up to 1.005, not back to 1', () => {
    // 0.1·100^(501/1000) = 1.004615…, which reads 1.00 at 3 digits; 0.1·100^(499/1000) = 0.995405… reads 0.995.
    const height = { min: 0.1, max: 10, scale: 'log' } as const;
    expect(positionOf(height, 1)).toBe(500);
    expect(valueAt(height, 501)).toBe(1);
    expect(valueAfterMove(height, 501, 1)).toBe(1.005);
    expect(valueAfterMove(height, 499, 1)).toBe(0.995); // 3 digits already move down
    // Single steps climb from 0.1 to 10 without standing still.
    climb(height, 2 * SLIDER_STEPS);
  });

  it('leaves sliders that are not whole-number alone, and a thumb that did not move', () => {
    const lr = { min: 1e-5, max: 10, scale: 'log' } as const;
    expect(valueAfterMove(lr, 500, 0.5)).toBe(valueAt(lr, 500));
    const at = Math.round(positionOf(speed, 20));
    expect(valueAfterMove(speed, at, 20)).toBe(20);
  });
});


describe('showStepped: a linear slider shows every digit its step can change', () => {
  it('β₂ one step below 0.999 reads 0.99899, not 0.999; round values drop trailing zeros', () => {
    expect(showStepped(0.999 - 0.00001, 0.00001)).toBe('0.99899');
    expect(showStepped(0.99897, 0.00001)).toBe('0.99897');
    expect(showStepped(0.9, 0.001)).toBe('0.9');
    expect(showStepped(0, 0.0001)).toBe('0');
    expect(showStepped(12, 1)).toBe('12');
  });
});
