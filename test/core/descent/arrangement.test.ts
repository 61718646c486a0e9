// Swarm arrangements: a grid covers the domain cell by cell; random points are the seed's and differ between seeds.
import { describe, expect, it } from 'vitest';
import { arrange, gridShape } from '../../../src/core/descent/arrangement';
import { createRng } from '../../../src/core/rng';

const square = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };
const wide = { xMin: 0, xMax: 40, yMin: -1, yMax: 9 };

describe('grid arrangement', () => {
  it('puts k² starts at the centres of a k × k grid of cells that tile the domain', () => {
    const { xs, ys } = arrange('grid', 100, square, 0);
    // Cell centres of 10 cells of width 1 over [-5, 5]: -4.5, -3.5, …, 4.5, written out by hand.
    const centres = [-4.5, -3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 4.5];
    const seen = new Set<string>();
    for (let k = 0; k < 100; k++) {
      expect(centres).toContain(xs[k]);
      expect(centres).toContain(ys[k]);
      seen.add(`${xs[k]},${ys[k]}`);
    }
    expect(seen.size).toBe(100); // every cell has exactly one start: the grid covers the domain
  });

  it('covers a wide domain with cells about as square as it allows, every start inside, one per cell', () => {
    const n = 1000;
    const { cols, rows } = gridShape(n, 40, 10);
    expect(cols * rows).toBeGreaterThanOrEqual(n);
    expect((cols - 1) * rows).toBeLessThan(n);
    const cw = 40 / cols, ch = 10 / rows;
    expect(Math.max(cw / ch, ch / cw)).toBeLessThan(1.2);
    const { xs, ys } = arrange('grid', n, wide, 0);
    const cells = new Set<number>();
    for (let k = 0; k < n; k++) {
      const x = xs[k]!, y = ys[k]!;
      expect(x > wide.xMin && x < wide.xMax && y > wide.yMin && y < wide.yMax).toBe(true);
      cells.add(Math.floor((y - wide.yMin) / ch) * cols + Math.floor((x - wide.xMin) / cw));
    }
    expect(cells.size).toBe(n);
    // The first and last columns and rows are used: the starts reach every edge to within one cell.
    expect(Math.min(...xs)).toBeCloseTo(cw / 2, 9);
    expect(Math.max(...xs)).toBeCloseTo(40 - cw / 2, 9);
    expect(Math.min(...ys)).toBeCloseTo(-1 + ch / 2, 9);
    expect(Math.max(...ys)).toBeGreaterThan(9 - 1.5 * ch);
  });

  it('handles one start and a prime count', () => {
    expect(Array.from(arrange('grid', 1, square, 0).xs)).toEqual([0]);
    expect(arrange('grid', 7, square, 0).xs).toHaveLength(7);
  });
});

describe('random arrangement', () => {
  it('is the seed\'s uniform stream: x then y for each start, scaled to the domain', () => {
    const { xs, ys } = arrange('random', 50, wide, 7);
    const rng = createRng(7);
    for (let k = 0; k < 50; k++) {
      expect(xs[k]).toBe(rng.next() * 40);
      expect(ys[k]).toBe(-1 + rng.next() * 10);
    }
  });

  it('gives the same starts for the same seed and different starts for different seeds', () => {
    const a = arrange('random', 100, square, 7), b = arrange('random', 100, square, 7), c = arrange('random', 100, square, 8);
    expect(Array.from(a.xs)).toEqual(Array.from(b.xs));
    expect(Array.from(a.ys)).toEqual(Array.from(b.ys));
    let same = 0;
    for (let k = 0; k < 100; k++) if (a.xs[k] === c.xs[k] || a.ys[k] === c.ys[k]) same++;
    expect(same).toBe(0);
  });

  it('stays inside the domain and spreads over it (each quarter holds some starts)', () => {
    const { xs, ys } = arrange('random', 400, square, 3);
    const quarters = [0, 0, 0, 0];
    for (let k = 0; k < 400; k++) {
      expect(xs[k]! >= -5 && xs[k]! < 5 && ys[k]! >= -5 && ys[k]! < 5).toBe(true);
      quarters[(xs[k]! < 0 ? 0 : 1) + (ys[k]! < 0 ? 0 : 2)]!++;
    }
    for (const q of quarters) expect(q).toBeGreaterThan(60);
  });
});
