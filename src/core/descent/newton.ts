// Newton's step: solve (H + λI)·u = g with the exact Hessian, or say that H + λI is not positive definite.
import type { Surface } from '../types';

/** Scratch for the Hessian (fxx, fxy, fyy): module-level so the hot loop allocates nothing. */
const _h = new Float64Array(3);

/**
 * Writes into out the direction u of Newton's step at (x, y) for the (signed) gradient (ux, uy): the step is
 * −η·u with u = (sign·H + λI)⁻¹·g, sign = −1 for ascent (Newton on −f). Returns false, with u = g (a plain
 * gradient step), where sign·H + λI is not positive definite or not finite. Mutates out; no allocation.
 */
export function newtonDirection(surface: Surface, x: number, y: number, ux: number, uy: number, sign: number, lambda: number, out: Float64Array): boolean {
  surface.hess(x, y, _h);
  const a = sign * (_h[0] as number) + lambda, b = sign * (_h[1] as number), d = sign * (_h[2] as number) + lambda;
  const det = a * d - b * b;
  // Sylvester's criterion for a symmetric 2×2: a > 0 and det > 0 (false for NaN too).
  if (!(a > 0 && det > 0 && Number.isFinite(det))) { out[0] = ux; out[1] = uy; return false; }
  out[0] = (d * ux - b * uy) / det;
  out[1] = (a * uy - b * ux) / det;
  return true;
}

const _u = new Float64Array(2);

/** ‖u‖² of Newton's next step per unit of rate at (x, y) (the gradient's when it would fall back). No allocation. */
export function newtonDirection2(surface: Surface, x: number, y: number, ux: number, uy: number, sign: number, lambda: number): number {
  newtonDirection(surface, x, y, ux, uy, sign, lambda, _u);
  const px = _u[0] as number, py = _u[1] as number;
  return px * px + py * py;
}
