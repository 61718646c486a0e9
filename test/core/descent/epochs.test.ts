import { describe, expect, it } from 'vitest';
import { epochsAt } from '../../../src/core/descent/epochs';

describe('epochsAt', () => {
  it('is t·k/m: one epoch per iteration for the full batch, 1/m per iteration for SGD', () => {
    expect(epochsAt(10, 0, 30)).toBe(10);
    expect(epochsAt(10, 30, 30)).toBe(10);
    expect(epochsAt(10, 500, 30)).toBe(10);
    expect(epochsAt(30, 1, 30)).toBe(1);
    expect(epochsAt(45, 4, 30)).toBe(6);
    expect(epochsAt(7, 2.9, 20)).toBeCloseTo(0.7, 15);
    expect(epochsAt(0, 5, 20)).toBe(0);
    expect(epochsAt(5, 5, 0)).toBe(0);
  });
});
