// Scoring a prediction (predict, then reveal): how far a guess lies from where its path ended, and whether the
// known critical point nearest the guess is the minimum the path reached. Pure, no allocation beyond the result.
import type { CriticalPoint } from '../types';

export interface GuessScore {
  /** Euclidean distance from the guess to the path's end point (NaN when the end is not finite). */
  readonly distance: number;
  /** The known critical point nearest the guess (any kind), or null when the surface knows none. */
  readonly named: CriticalPoint | null;
  /** The minimum the path came to rest at, or null (diverged, stopped at the limit, or no known minimum there). */
  readonly reached: CriticalPoint | null;
  /** True when the guess named the minimum the path reached. */
  readonly right: boolean;
}

/** The critical point nearest (x, y), or null when there are none; ties go to the first listed. Pure. */
export function nearestCritical(critical: readonly CriticalPoint[], x: number, y: number): CriticalPoint | null {
  let best: CriticalPoint | null = null, bestD = Infinity;
  for (const c of critical) {
    const d = (c.x - x) ** 2 + (c.y - y) ** 2;
    if (d < bestD) { bestD = d; best = c; }
  }
  return best;
}

const samePoint = (a: CriticalPoint, b: CriticalPoint): boolean => a === b || (a.kind === b.kind && a.x === b.x && a.y === b.y);

/**
 * Scores guess (gx, gy) for a path that ended at (ex, ey) resting at `reached` (the run's `minimum`), on a surface
 * whose known critical points are `critical`. Pure.
 */
export function scoreGuess(
  gx: number, gy: number, ex: number, ey: number, reached: CriticalPoint | null, critical: readonly CriticalPoint[],
): GuessScore {
  const named = nearestCritical(critical, gx, gy);
  const right = named !== null && reached !== null && samePoint(named, reached);
  return { distance: Math.hypot(gx - ex, gy - ey), named, reached, right };
}

/** The sum of the finite distances, how many were finite, and how many guesses named the right minimum. Pure. */
export function totalScore(scores: readonly GuessScore[]): { distance: number; counted: number; right: number } {
  let distance = 0, counted = 0, right = 0;
  for (const s of scores) {
    if (Number.isFinite(s.distance)) { distance += s.distance; counted++; }
    if (s.right) right++;
  }
  return { distance, counted, right };
}
