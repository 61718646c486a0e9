// Where a start placed by pointer (click, drag, random restart) lands: on a grid of a power of ten at
// most 1e-4 of the domain's width, so the link writes it in a few digits and no one can see the move.
import type { Domain } from '../core/types';

/** The grid step for a domain width: the largest power of ten ≤ 1e-4 × width. Pure. */
export function placementStep(width: number): number {
  return 10 ** Math.floor(Math.log10(Math.max(width, 1e-300) * 1e-4));
}

/** v on the grid of `step` (a power of ten), written with no spurious digits (0.1 + 0.2 → 0.3). Pure. */
export function onGrid(v: number, step: number): number {
  const decimals = Math.max(0, -Math.round(Math.log10(step)));
  return Number((Math.round(v / step) * step).toFixed(Math.min(decimals, 100))) + 0;
}

/** A pointer-placed point rounded to the domain's placement grid. Pure. */
export function placed(d: Domain, x: number, y: number): [number, number] {
  return [onGrid(x, placementStep(d.xMax - d.xMin)), onGrid(y, placementStep(d.yMax - d.yMin))];
}

/**
 * (x, y) brought within `reach` half-widths of the domain's centre, the farthest a link keeps a start (a
 * start farther out would reopen elsewhere). Pure.
 */
export function withinReach(d: Domain, reach: number, x: number, y: number): [number, number] {
  const cx = (d.xMin + d.xMax) / 2, hx = (d.xMax - d.xMin) / 2, cy = (d.yMin + d.yMax) / 2, hy = (d.yMax - d.yMin) / 2;
  return [Math.min(Math.max(x, cx - reach * hx), cx + reach * hx), Math.min(Math.max(y, cy - reach * hy), cy + reach * hy)];
}
