// Tiny timing harness for benchmarks: best of several timed repetitions.

/** Runs fn `reps` times after one warm-up and returns the fastest wall time in milliseconds. */
export function bestOf(reps: number, fn: () => void): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export const fmt = (n: number, digits = 1): string =>
  n >= 1e6 ? `${(n / 1e6).toFixed(digits)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(digits)} k` : n.toFixed(digits);

/** Prints a row of a plain-text table. */
export function row(cells: (string | number)[], widths: number[]): void {
  console.log(cells.map((c, i) => String(c).padEnd(widths[i] ?? 12)).join('  '));
}
