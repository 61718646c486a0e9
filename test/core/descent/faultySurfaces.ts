// Hand-made surfaces for the stopping faults, independent of the formula language.
import type { Surface } from '../../../src/core/types';

const base = { tex: '', axes: ['x', 'y'] as const, domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }, critical: [] };

/** f = √(x² + y²): finite everywhere, its gradient (x, y)/r is 0/0 at the tip. */
export const cone: Surface = {
  ...base, id: 'test-cone', name: 'cone',
  f: (x, y) => Math.sqrt(x * x + y * y),
  grad: (x, y, out) => { const r = Math.sqrt(x * x + y * y); out[0] = x / r; out[1] = y / r; },
  hess: (_x, _y, out) => { out[0] = NaN; out[1] = NaN; out[2] = NaN; },
};

/** f = √x + y²: not a number for x < 0. */
export const rootX: Surface = {
  ...base, id: 'test-root', name: 'root',
  f: (x, y) => Math.sqrt(x) + y * y,
  grad: (x, y, out) => { out[0] = 0.5 / Math.sqrt(x); out[1] = 2 * y; },
  hess: (x, _y, out) => { out[0] = -0.25 * x ** -1.5; out[1] = 0; out[2] = 2; },
};

/** f = x¹⁰⁰⁰ + y²: +∞ in double precision wherever |x| > about 2.03 (x¹⁰⁰⁰ overflows), finite inside. */
export const steepX: Surface = {
  ...base, id: 'test-steep', name: 'steep',
  f: (x, y) => x ** 1000 + y * y,
  grad: (x, y, out) => { out[0] = 1000 * x ** 999; out[1] = 2 * y; },
  hess: (x, _y, out) => { out[0] = 999000 * x ** 998; out[1] = 0; out[2] = 2; },
};
