// Seeded pseudo-random numbers: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded
// through splitmix32 so that neighbouring seeds give unrelated streams. 32-bit integer arithmetic only,
// so a seed gives the same stream on every platform.

import type { Rng } from './types';

/** The splitmix32 output mix of a uint32 state s. Pure. */
function splitmix32(s: number): number {
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A new generator for seed (taken as a uint32: seed >>> 0); next() is uniform in [0, 1) with 32-bit resolution. */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  // Four splitmix32 outputs fill the state; the state advances by the golden-ratio increment.
  s = (s + 0x9e3779b9) >>> 0; a = splitmix32(s);
  s = (s + 0x9e3779b9) >>> 0; b = splitmix32(s);
  s = (s + 0x9e3779b9) >>> 0; c = splitmix32(s);
  s = (s + 0x9e3779b9) >>> 0; d = splitmix32(s);

  // t = a + b + d; d ← d + 1; a ← b ^ (b >> 9); b ← c + (c << 3); c ← rotl(c, 21) + t
  const nextU32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  };
  // The customary warm-up, so the first outputs do not echo the seed material.
  for (let i = 0; i < 12; i++) nextU32();

  return { next: () => nextU32() / 4294967296 };
}

/** A uniform integer in 0..n−1 (n a positive integer), consuming one number from rng. Pure but for rng. */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng.next() * n);
}
