import { describe, expect, it } from 'vitest';
import { placed } from '../../../src/state/placement';
import { nudged } from '../../../src/ui/access/startNudge';

const himmelblau = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };
const rosenbrock = { xMin: -2, xMax: 2, yMin: -1, yMax: 3 };

describe('arrow keys move a start by a share of the domain', () => {
  it('1% of the width per press, 10% with Shift; → ← change x, ↑ ↓ change y', () => {
    expect(nudged(himmelblau, -4, 4, 'ArrowRight', false)).toEqual([-3.9, 4]);
    expect(nudged(himmelblau, -4, 4, 'ArrowLeft', true)).toEqual([-5, 4]);
    expect(nudged(himmelblau, -4, 4, 'ArrowUp', false)).toEqual([-4, 4.1]);
    expect(nudged(himmelblau, -4, 4, 'ArrowDown', true)).toEqual([-4, 3]);
    expect(nudged(himmelblau, -4, 4, 'Enter', false)).toBeNull();
  });
  it('the step follows each axis\'s own extent, and lands on the placement grid like a drag', () => {
    // Rosenbrock is 4 wide and 4 high: 0.04 a press. −1.2 + 0.04 in floating point is −1.1599999…; the grid writes −1.16.
    const [x, y] = nudged(rosenbrock, -1.2, 1, 'ArrowRight', false)!;
    expect(x).toBeCloseTo(-1.16, 12);
    expect(placed(rosenbrock, x, y)).toEqual([-1.16, 1]);
    const [, y2] = nudged({ xMin: 0, xMax: 100, yMin: 0, yMax: 1 }, 50, 0.5, 'ArrowUp', true)!;
    expect(y2).toBeCloseTo(0.6, 12);
  });
});
