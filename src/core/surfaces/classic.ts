// Quadratics and friends: the textbook examples.
import { cp, defineSurface, square } from './kit';
import type { Surface } from '../types';

export const bowl: Surface = defineSurface({
  id: 'bowl',
  name: 'Bowl',
  tex: 'f(x,y)=x^2+y^2',
  blurb: 'The textbook worked example: one minimum, the same slope in every direction.',
  domain: square(12),
  critical: [cp('min', 0, 0, 0, true)],
  f: (x, y) => x * x + y * y,
  grad: (x, y, out) => { out[0] = 2 * x; out[1] = 2 * y; },
  hess: (_x, _y, out) => { out[0] = 2; out[1] = 0; out[2] = 2; },
});

// f = ½(λ₁x² + λ₂y²) with λ = (1, 10): condition number 10, critical η = 0.2.
export const elongated: Surface = defineSurface({
  id: 'elongated',
  name: 'Elongated bowl',
  tex: 'f(x,y)=\\tfrac12\\left(x^2+10\\,y^2\\right)',
  blurb: 'An ill-conditioned bowl: steep across, shallow along. At η = 0.15 descent zig-zags across it; momentum with μ = 0.5 halves the iterations, while μ = 0.9 overshoots and needs three times as many.',
  domain: { xMin: -10, xMax: 10, yMin: -5, yMax: 5 },
  critical: [cp('min', 0, 0, 0, true)],
  f: (x, y) => 0.5 * (x * x + 10 * y * y),
  grad: (x, y, out) => { out[0] = x; out[1] = 10 * y; },
  hess: (_x, _y, out) => { out[0] = 1; out[1] = 0; out[2] = 10; },
});

export const saddle: Surface = defineSurface({
  id: 'saddle',
  name: 'Saddle',
  tex: 'f(x,y)=x^2-y^2',
  blurb: 'A saddle: a minimum along x, a maximum along y. The gradient vanishes at the centre.',
  domain: square(2),
  critical: [cp('saddle', 0, 0, 0)],
  f: (x, y) => x * x - y * y,
  grad: (x, y, out) => { out[0] = 2 * x; out[1] = -2 * y; },
  hess: (_x, _y, out) => { out[0] = 2; out[1] = 0; out[2] = -2; },
});

export const booth: Surface = defineSurface({
  id: 'booth',
  name: 'Booth',
  tex: 'f(x,y)=(x+2y-7)^2+(2x+y-5)^2',
  blurb: 'A tilted quadratic bowl with its minimum at (1, 3).',
  domain: square(10),
  critical: [cp('min', 1, 3, 0, true)],
  f: (x, y) => { const a = x + 2 * y - 7, b = 2 * x + y - 5; return a * a + b * b; },
  grad: (x, y, out) => {
    const a = x + 2 * y - 7, b = 2 * x + y - 5;
    out[0] = 2 * a + 4 * b; out[1] = 4 * a + 2 * b;
  },
  hess: (_x, _y, out) => { out[0] = 10; out[1] = 8; out[2] = 10; },
});

export const matyas: Surface = defineSurface({
  id: 'matyas',
  name: 'Matyas',
  tex: 'f(x,y)=0.26\\,(x^2+y^2)-0.48\\,xy',
  blurb: 'A very flat, tilted valley: small gradients make plain descent crawl, hundreds of iterations even at η = 0.5.',
  domain: square(10),
  critical: [cp('min', 0, 0, 0, true)],
  f: (x, y) => 0.26 * (x * x + y * y) - 0.48 * x * y,
  grad: (x, y, out) => { out[0] = 0.52 * x - 0.48 * y; out[1] = 0.52 * y - 0.48 * x; },
  hess: (_x, _y, out) => { out[0] = 0.52; out[1] = -0.48; out[2] = 0.52; },
});

// (x² − 1)² + 0.3x + ½y²: a crest near x = 0.075 between a deeper valley (left) and a shallower one (right).
export const twoValleys: Surface = defineSurface({
  id: 'two-valleys',
  name: 'Two valleys',
  tex: 'f(x,y)=(x^2-1)^2+0.3\\,x+\\tfrac12 y^2',
  blurb: 'A crest between two valleys: starts 0.1 apart on the crest roll into different minima, and only one is the global minimum.',
  domain: square(2),
  critical: [
    cp('min', -1.0355787140888537, 0, -0.30542848374391596, true),
    cp('min', 0.9601495555191055, 0, 0.29414648102826285),
    cp('saddle', 0.07542915856974822, 0, 1.011282002715653),
  ],
  f: (x, y) => { const a = x * x - 1; return a * a + 0.3 * x + 0.5 * y * y; },
  grad: (x, y, out) => { out[0] = 4 * x * (x * x - 1) + 0.3; out[1] = y; },
  hess: (x, _y, out) => { out[0] = 12 * x * x - 4; out[1] = 0; out[2] = 1; },
});
