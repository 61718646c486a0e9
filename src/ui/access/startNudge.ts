// Moving a start with the arrow keys: a step of a fixed share of the domain, larger with Shift.
import type { Domain } from '../../core/types';

/** An arrow press moves a start this share of the domain's width (or height); with Shift, SHIFT_STEP. */
export const STEP = 0.01;
export const SHIFT_STEP = 0.1;

/** The keys that move a start. */
export const NUDGE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;

/**
 * Where an arrow key sends a start at (x, y): → and ← change x, ↑ and ↓ change y (↑ is +y, up on the map), by
 * STEP (SHIFT_STEP with Shift) of the domain's extent. Null for any other key. Before the placement grid. Pure.
 */
export function nudged(d: Domain, x: number, y: number, key: string, shift: boolean): [number, number] | null {
  const share = shift ? SHIFT_STEP : STEP;
  const dx = share * (d.xMax - d.xMin), dy = share * (d.yMax - d.yMin);
  switch (key) {
    case 'ArrowRight': return [x + dx, y];
    case 'ArrowLeft': return [x - dx, y];
    case 'ArrowUp': return [x, y + dy];
    case 'ArrowDown': return [x, y - dy];
    default: return null;
  }
}
