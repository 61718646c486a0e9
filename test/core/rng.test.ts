import { describe, expect, it } from 'vitest';
import { createRng, randomInt } from '../../src/core/rng';

const take = (seed: number, n: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same stream for the same seed', () => {
    expect(take(42, 100)).toEqual(take(42, 100));
  });

  it('gives unrelated streams for neighbouring seeds', () => {
    const [a, b, c] = [take(0, 50), take(1, 50), take(2, 50)];
    const same = (p: number[], q: number[]): number => p.filter((v, i) => v === q[i]).length;
    expect(same(a, b)).toBe(0);
    expect(same(b, c)).toBe(0);
    expect(same(a, c)).toBe(0);
  });

  it('is pinned: a seed always gives these numbers, on every platform', () => {
    expect(take(1, 3).map((v) => Math.round(v * 2 ** 32))).toEqual([1828152527, 3394835397, 2967886022]);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const xs = take(7, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 2);
    const counts = new Array<number>(10).fill(0);
    for (const v of xs) counts[Math.floor(v * 10)]! += 1;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });
});

describe('randomInt', () => {
  it('covers 0..n−1 and nothing else', () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const k = randomInt(rng, 7);
      expect(Number.isInteger(k)).toBe(true);
      seen.add(k);
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('returns 0 when n = 1', () => {
    const rng = createRng(5);
    for (let i = 0; i < 20; i++) expect(randomInt(rng, 1)).toBe(0);
  });
});
