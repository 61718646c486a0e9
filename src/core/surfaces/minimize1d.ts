// Minimising a convex function of one variable: bracket by expansion, then golden-section search.

const PHI = (Math.sqrt(5) - 1) / 2; // 1/φ ≈ 0.618

/**
 * The minimiser of a convex g near x0 (step: the first bracket's half-width), to within tol·(1 + |x|) or
 * at most `iterations` golden steps. For a convex g a flat stretch holds the minimum, so ties are kept. Pure but for g.
 */
export function minimizeConvex1d(g: (x: number) => number, x0: number, step: number, tol: number, iterations = 200): number {
  let a = x0 - step, b = x0, c = x0 + step;
  let fa = g(a), fb = g(b), fc = g(c);
  // Expand toward the lower side until the middle is no higher than both ends.
  for (let i = 0; i < 80 && (fa < fb || fc < fb); i++) {
    if (fa < fb) { const w = c - b; c = b; fc = fb; b = a; fb = fa; a = b - 2 * w; fa = g(a); }
    else { const w = b - a; a = b; fa = fb; b = c; fb = fc; c = b + 2 * w; fc = g(c); }
  }
  let lo = a, hi = c;
  let x1 = hi - PHI * (hi - lo), x2 = lo + PHI * (hi - lo);
  let f1 = g(x1), f2 = g(x2);
  for (let i = 0; i < iterations && hi - lo > tol * (1 + Math.abs(lo) + Math.abs(hi)); i++) {
    if (f1 <= f2) { hi = x2; x2 = x1; f2 = f1; x1 = hi - PHI * (hi - lo); f1 = g(x1); }
    else { lo = x1; x1 = x2; f1 = f2; x2 = lo + PHI * (hi - lo); f2 = g(x2); }
  }
  const mid = (lo + hi) / 2;
  return f1 <= f2 ? (g(mid) <= f1 ? mid : x1) : (g(mid) <= f2 ? mid : x2);
}
