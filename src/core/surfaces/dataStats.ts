// Summary numbers of a dataset's x values and feature scaling: x′ = (x − mean)/sd, the population sd.

/** Mean and population standard deviation of xs (sd 0 when all are equal). Pure. */
export function meanAndSd(xs: ArrayLike<number>): { mean: number; sd: number } {
  const m = xs.length;
  let s = 0;
  for (let i = 0; i < m; i++) s += xs[i] as number;
  const mean = m > 0 ? s / m : 0;
  let q = 0;
  for (let i = 0; i < m; i++) { const d = (xs[i] as number) - mean; q += d * d; }
  return { mean, sd: m > 0 ? Math.sqrt(q / m) : 0 };
}

/** xs standardized: (x − mean)/sd into a new array. Pure. */
export function standardized(xs: ArrayLike<number>, mean: number, sd: number): Float64Array {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = ((xs[i] as number) - mean) / sd;
  return out;
}

/**
 * The condition number κ = λmax/λmin of a symmetric 2×2 matrix [[a, b], [b, d]] that is positive
 * semi-definite; Infinity when it is singular. Pure.
 */
export function conditionNumber2(a: number, b: number, d: number): number {
  const mid = (a + d) / 2, rad = Math.hypot((a - d) / 2, b);
  const hi = mid + rad, lo = mid - rad;
  return lo > 0 ? hi / lo : Infinity;
}
