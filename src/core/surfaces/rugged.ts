// Surfaces with many local minima: the case for random restarts.
import { cp, defineSurface, square } from './kit';
import type { CriticalPoint, Surface } from '../types';

const TAU = 2 * Math.PI;

/** The Rastrigin local minimum along one axis nearest the integer k: root of 2a + 20π sin 2πa. Pure. */
function rastriginCoordinate(k: number): number {
  let a = k;
  for (let i = 0; i < 50; i++) {
    const g = 2 * a + 10 * TAU * Math.sin(TAU * a);
    const h = 2 + 10 * TAU * TAU * Math.cos(TAU * a);
    const next = a - g / h;
    if (Math.abs(next - a) < 1e-15) return next;
    a = next;
  }
  return a;
}

const rastriginF = (x: number, y: number): number =>
  20 + x * x + y * y - 10 * (Math.cos(TAU * x) + Math.cos(TAU * y));

function rastriginMinima(): CriticalPoint[] {
  const coords: number[] = [];
  for (let k = -5; k <= 5; k++) coords.push(rastriginCoordinate(k));
  const out: CriticalPoint[] = [];
  for (const x of coords) for (const y of coords) out.push(cp('min', x, y, rastriginF(x, y), x === 0 && y === 0));
  return out;
}

export const rastrigin: Surface = defineSurface({
  id: 'rastrigin',
  name: 'Rastrigin',
  tex: 'f(x,y)=20+x^2+y^2-10\\left(\\cos 2\\pi x+\\cos 2\\pi y\\right)',
  blurb: 'An egg-crate of local minima around one global minimum: descent stops in the nearest dip.',
  domain: square(5.12),
  critical: rastriginMinima(),
  f: rastriginF,
  grad: (x, y, out) => {
    out[0] = 2 * x + 10 * TAU * Math.sin(TAU * x);
    out[1] = 2 * y + 10 * TAU * Math.sin(TAU * y);
  },
  hess: (x, y, out) => {
    out[0] = 2 + 10 * TAU * TAU * Math.cos(TAU * x); out[1] = 0; out[2] = 2 + 10 * TAU * TAU * Math.cos(TAU * y);
  },
});

// r = √(½(x² + y²)); the cone term −20e^{−0.2r} has no gradient at r = 0, where we return the subgradient 0,
// and its curvature there is infinite (hess says so).
export const ackley: Surface = defineSurface({
  id: 'ackley',
  name: 'Ackley',
  tex: 'f(x,y)=-20e^{-0.2\\sqrt{\\frac12(x^2+y^2)}}-e^{\\frac12(\\cos 2\\pi x+\\cos 2\\pi y)}+e+20',
  blurb: 'A nearly flat plain full of ripples, with a sharp funnel to the minimum at the origin: plain descent from the plain stops in a ripple.',
  domain: square(5),
  critical: [cp('min', 0, 0, 0, true)],
  f: (x, y) => {
    const r = Math.sqrt(0.5 * (x * x + y * y));
    return -20 * Math.exp(-0.2 * r) - Math.exp(0.5 * (Math.cos(TAU * x) + Math.cos(TAU * y))) + Math.E + 20;
  },
  grad: (x, y, out) => {
    const r = Math.sqrt(0.5 * (x * x + y * y));
    const c = Math.exp(0.5 * (Math.cos(TAU * x) + Math.cos(TAU * y)));
    const k = r > 0 ? (2 * Math.exp(-0.2 * r)) / r : 0;
    out[0] = k * x + Math.PI * Math.sin(TAU * x) * c;
    out[1] = k * y + Math.PI * Math.sin(TAU * y) * c;
  },
  hess: (x, y, out) => {
    const r = Math.sqrt(0.5 * (x * x + y * y));
    const c = Math.exp(0.5 * (Math.cos(TAU * x) + Math.cos(TAU * y)));
    const sx = Math.sin(TAU * x), sy = Math.sin(TAU * y);
    const p2 = Math.PI * Math.PI;
    // The cone tip: curvature without bound, so no learning rate is stable right at it.
    if (r === 0) { out[0] = Infinity; out[1] = 0; out[2] = Infinity; return; }
    let a = 0, b = 0;
    if (r > 0) {
      const e = Math.exp(-0.2 * r);
      a = (2 * e) / r;
      b = e * (-0.2 / (r * r) - 1 / (r * r * r));
    }
    out[0] = a + x * x * b + p2 * c * (2 * Math.cos(TAU * x) - sx * sx);
    out[1] = x * y * b - p2 * sx * sy * c;
    out[2] = a + y * y * b + p2 * c * (2 * Math.cos(TAU * y) - sy * sy);
  },
});
