// How a path is doing at one iteration, from its stored trajectory alone: converging, oscillating (its
// steps flip direction) or diverging (its cost or its steps keep growing). Pure; no allocation.
import { TRAJ_STRIDE } from './run';

export type Trend = 'converging' | 'oscillating' | 'diverging';

/** Steps looked back over: long enough to see a pattern, short enough to follow a change of regime. */
export const TREND_WINDOW = 8;

/**
 * The trend of the path whose points are in traj (stride 4: x, y, f, ‖∇f‖) at point k, from the last
 * min(window, k) steps ending there: 'diverging' when the cost went the wrong way at every one of them, or the
 * step length grew at every one while the cost ended the wrong side of where it began (wrong = up for descent,
 * sign 1; down for ascent, sign −1, which is descent on −f); else 'oscillating' when most consecutive
 * steps point against each other (dot(sₖ, sₖ₋₁) < 0); else 'converging'. Null before two steps. Pure.
 */
export function trendAt(traj: Float64Array, k: number, window = TREND_WINDOW, sign: 1 | -1 = 1): Trend | null {
  if (k < 2 || TRAJ_STRIDE * (k + 1) > traj.length) return null;
  const w = Math.min(window, k), first = k - w;
  let rises = 0, grows = 0, flips = 0, moved = false;
  let px = 0, py = 0, plen = 0;
  for (let j = first + 1; j <= k; j++) {
    const o = TRAJ_STRIDE * j, q = o - TRAJ_STRIDE;
    const sx = (traj[o] as number) - (traj[q] as number), sy = (traj[o + 1] as number) - (traj[q + 1] as number);
    const len = Math.hypot(sx, sy);
    if (sign * (traj[o + 2] as number) > sign * (traj[q + 2] as number)) rises++;
    if (j > first + 1) {
      if (len > plen) grows++;
      if (sx * px + sy * py < 0) flips++;
    }
    if (len > 0) moved = true;
    px = sx; py = sy; plen = len;
  }
  if (!moved) return 'converging';
  const pairs = w - 1;
  const costUp = sign * (traj[TRAJ_STRIDE * k + 2] as number) > sign * (traj[TRAJ_STRIDE * first + 2] as number);
  if (rises === w || (pairs > 0 && grows === pairs && costUp)) return 'diverging';
  if (pairs > 0 && 2 * flips > pairs) return 'oscillating';
  return 'converging';
}
