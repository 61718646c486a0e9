// Where a swarm's starts go: a grid over the domain, or uniform random points drawn from a seed.
import { createRng } from '../rng';
import type { Domain } from '../types';

export type Arrangement = 'grid' | 'random';
export const ARRANGEMENTS: readonly Arrangement[] = ['grid', 'random'];

export const isArrangement = (v: string): v is Arrangement => v === 'grid' || v === 'random';

/**
 * Columns and rows of the grid for n starts over a domain of width w and height h: cells as square as the
 * domain allows, cols × rows ≥ n (the last row may be partial). Pure.
 */
export function gridShape(n: number, w: number, h: number): { cols: number; rows: number } {
  const aspect = w > 0 && h > 0 ? w / h : 1;
  const cols = Math.max(1, Math.min(n, Math.round(Math.sqrt(n * aspect))));
  return { cols, rows: Math.max(1, Math.ceil(n / cols)) };
}

/**
 * n starts over domain d: 'grid' puts them at the centres of a cols × rows grid of cells, row by row from
 * (xMin, yMin); 'random' draws x then y uniformly from the seed's stream (createRng). Allocates the two arrays. Pure.
 */
export function arrange(kind: Arrangement, n: number, d: Domain, seed: number): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(n), ys = new Float64Array(n);
  const w = d.xMax - d.xMin, h = d.yMax - d.yMin;
  switch (kind) {
    case 'grid': {
      const { cols, rows } = gridShape(n, w, h);
      for (let k = 0; k < n; k++) {
        const i = k % cols, j = Math.floor(k / cols);
        xs[k] = d.xMin + ((i + 0.5) * w) / cols;
        ys[k] = d.yMin + ((j + 0.5) * h) / rows;
      }
      return { xs, ys };
    }
    case 'random': {
      const rng = createRng(seed);
      for (let k = 0; k < n; k++) { xs[k] = d.xMin + rng.next() * w; ys[k] = d.yMin + rng.next() * h; }
      return { xs, ys };
    }
    default: { const never: never = kind; throw new Error(String(never)); }
  }
}
