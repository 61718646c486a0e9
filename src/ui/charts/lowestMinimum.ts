// The lowest known minimum's cost: the f_min a log cost axis measures from.
import type { Surface } from '../../core/types';

/** Lowest f among the surface's known minima, or null if it knows none. Pure. */
export function lowestMinimum(surface: Surface | null): number | null {
  let best: number | null = null;
  for (const c of surface?.critical ?? []) if (c.kind === 'min' && Number.isFinite(c.f) && (best === null || c.f < best)) best = c.f;
  return best;
}
