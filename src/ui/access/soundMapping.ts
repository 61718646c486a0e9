// What the selected path sounds like: pitch from log f across the surface's range, stereo position from x.
import type { Domain } from '../../core/types';

/** The lowest and highest pitch (Hz): two octaves, A3 to A5. */
export const LOW_HZ = 220;
export const HIGH_HZ = 880;
/** log f is read over this many decades below the top of the range (f − fMin from span·1e-3 to span). */
const DECADES = 3;

/** The cost's range over the view: lowest and highest finite f on an n × n grid of the domain. Null if none is finite. Pure. */
export function costRange(f: (x: number, y: number) => number, d: Domain, n = 48): [number, number] | null {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = f(d.xMin + (d.xMax - d.xMin) * i / (n - 1), d.yMin + (d.yMax - d.yMin) * j / (n - 1));
      if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; }
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Pitch for cost f in [fMin, fMax]: LOW_HZ at fMin, HIGH_HZ at fMax, and between them equal ratios of
 * (f − fMin + span·1e-3) give equal musical steps (log f, shifted so that f ≤ 0 has a pitch too). Clamped. Pure.
 */
export function pitchFor(f: number, fMin: number, fMax: number): number {
  const span = fMax - fMin;
  if (!(span > 0) || !Number.isFinite(f)) return f >= fMax ? HIGH_HZ : LOW_HZ;
  const floor = span * 10 ** -DECADES;
  const u = Math.log((Math.max(f, fMin) - fMin + floor) / floor) / Math.log((span + floor) / floor);
  return LOW_HZ * (HIGH_HZ / LOW_HZ) ** Math.min(1, Math.max(0, u));
}

/** Stereo position for x: −1 (left) at the domain's left edge, +1 at its right edge, clamped. Pure. */
export function panFor(x: number, d: Domain): number {
  const p = (2 * (x - d.xMin)) / (d.xMax - d.xMin) - 1;
  return Number.isFinite(p) ? Math.min(1, Math.max(-1, p)) : 0;
}
