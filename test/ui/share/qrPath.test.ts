// The QR path draws exactly the dark modules: read back by a plain rasteriser of its M/h/v/z commands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../../../src/ui/share/qrPath';

/** Fills the unit cells each closed run `M x y h w v1 h-w z` covers; throws on any other command. */
function rasterise(d: string, w: number, h: number): boolean[][] {
  const grid = Array.from({ length: h }, () => Array<boolean>(w).fill(false));
  const re = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/gy;
  let m: RegExpExecArray | null, end = 0;
  while ((m = re.exec(d)) !== null) {
    const [x, y, len, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    expect(back).toBe(len);
    for (let i = 0; i < len; i++) {
      expect(grid[y]![x + i]).toBe(false); // no cell drawn twice
      grid[y]![x + i] = true;
    }
    end = re.lastIndex;
  }
  expect(end).toBe(d.length);
  return grid;
}

describe('qrPath', () => {
  it('draws runs of dark modules and nothing else', () => {
    expect(qrPath([[true, true, false, true], [false, false, false, false]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
    expect(qrPath([[false]])).toBe('');
  });

  it('covers exactly the true cells of any grid (fast-check)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }).chain((n) => fc.array(fc.array(fc.boolean(), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 30 })), (grid) => {
      expect(rasterise(qrPath(grid), grid[0]!.length, grid.length)).toEqual(grid);
    }), { numRuns: 200, seed: 3 });
  });
});
