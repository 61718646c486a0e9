// Classic optimisation test functions with several minima or curved valleys.
import { cp, defineSurface, square } from './kit';
import type { Surface } from '../types';

export const himmelblau: Surface = defineSurface({
  id: 'himmelblau',
  name: 'Himmelblau',
  tex: 'f(x,y)=(x^2+y-11)^2+(x+y^2-7)^2',
  blurb: 'Four equal minima, one per quadrant: different starts end in different valleys.',
  domain: square(5),
  critical: [
    cp('min', 3, 2, 0, true),
    cp('min', -2.805118086952745, 3.131312518250573, 0, true),
    cp('min', -3.779310253377747, -3.28318599128617, 0, true),
    cp('min', 3.584428340330492, -1.848126526964404, 0, true),
    cp('max', -0.2708445906673476, -0.9230385564799815, 181.6165215225827),
    cp('saddle', 0.08667750455539636, 2.884254701174776, 67.71915008752615),
    cp('saddle', -3.0730257507643897, -0.08135304428796751, 104.0151629175581),
    cp('saddle', 3.385154183607021, 0.07385187983774928, 13.31192627040559),
    cp('saddle', -0.12796134673068008, -1.9537149802445763, 178.33723920192747),
  ],
  f: (x, y) => { const a = x * x + y - 11, b = x + y * y - 7; return a * a + b * b; },
  grad: (x, y, out) => {
    const a = x * x + y - 11, b = x + y * y - 7;
    out[0] = 4 * x * a + 2 * b; out[1] = 2 * a + 4 * y * b;
  },
  hess: (x, y, out) => {
    out[0] = 12 * x * x + 4 * y - 42; out[1] = 4 * (x + y); out[2] = 4 * x + 12 * y * y - 26;
  },
});

export const rosenbrock: Surface = defineSurface({
  id: 'rosenbrock',
  name: 'Rosenbrock',
  tex: 'f(x,y)=(1-x)^2+100\\,(y-x^2)^2',
  blurb: 'A long curved banana valley: easy to reach, slow to follow to the minimum at (1, 1).',
  domain: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
  critical: [cp('min', 1, 1, 0, true)],
  f: (x, y) => { const a = 1 - x, b = y - x * x; return a * a + 100 * b * b; },
  grad: (x, y, out) => {
    const b = y - x * x;
    out[0] = -2 * (1 - x) - 400 * x * b; out[1] = 200 * b;
  },
  hess: (x, y, out) => { out[0] = 2 - 400 * y + 1200 * x * x; out[1] = -400 * x; out[2] = 200; },
});

export const beale: Surface = defineSurface({
  id: 'beale',
  name: 'Beale',
  tex: 'f(x,y)=(1.5-x+xy)^2+(2.25-x+xy^2)^2+(2.625-x+xy^3)^2',
  blurb: 'Flat plateaus and sharp ridges; the minimum sits at (3, 0.5).',
  domain: square(4.5),
  critical: [
    cp('min', 3, 0.5, 0, true),
    cp('saddle', 0.10053793732415836, -2.644513585023125, 9.86451228475556),
    cp('saddle', 0, 1, 14.203125),
  ],
  f: (x, y) => {
    const y2 = y * y, t1 = 1.5 - x + x * y, t2 = 2.25 - x + x * y2, t3 = 2.625 - x + x * y2 * y;
    return t1 * t1 + t2 * t2 + t3 * t3;
  },
  grad: (x, y, out) => {
    const y2 = y * y, y3 = y2 * y;
    const t1 = 1.5 - x + x * y, t2 = 2.25 - x + x * y2, t3 = 2.625 - x + x * y3;
    out[0] = 2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1));
    out[1] = 2 * x * (t1 + 2 * y * t2 + 3 * y2 * t3);
  },
  hess: (x, y, out) => {
    const y2 = y * y, y3 = y2 * y;
    const t1 = 1.5 - x + x * y, t2 = 2.25 - x + x * y2, t3 = 2.625 - x + x * y3;
    const a = y - 1, b = y2 - 1, c = y3 - 1;
    out[0] = 2 * (a * a + b * b + c * c);
    out[1] = 2 * (x * a + t1 + 2 * x * y * b + 2 * y * t2 + 3 * x * y2 * c + 3 * y2 * t3);
    out[2] = 2 * (x * x + 4 * x * x * y2 + 2 * x * t2 + 9 * x * x * y2 * y2 + 6 * x * y * t3);
  },
});

export const sixHumpCamel: Surface = defineSurface({
  id: 'six-hump-camel',
  name: 'Six-hump camel',
  tex: 'f(x,y)=\\left(4-2.1x^2+\\tfrac{x^4}{3}\\right)x^2+xy+(-4+4y^2)\\,y^2',
  blurb: 'Two global minima, four local ones, and saddles between them.',
  domain: { xMin: -2.5, xMax: 2.5, yMin: -1.5, yMax: 1.5 },
  critical: [
    cp('min', 0.08984201310031806, -0.7126564030207396, -1.0316284534898774, true),
    cp('min', -0.08984201310031806, 0.7126564030207396, -1.0316284534898774, true),
    cp('min', 1.703606714969981, -0.7960835686726251, -0.21546382438371764),
    cp('min', -1.703606714969981, 0.7960835686726251, -0.21546382438371764),
    cp('min', 1.6071047529201972, 0.5686514548841314, 2.1042503103112584),
    cp('min', -1.6071047529201972, -0.5686514548841314, 2.1042503103112584),
    cp('max', 1.2302298765166526, 0.16233458445899496, 2.496295351023577),
    cp('max', -1.2302298765166526, -0.16233458445899496, 2.496295351023577),
    cp('saddle', 0, 0, 0),
    cp('saddle', 1.1092053368047865, -0.7682680925095399, 0.5437186009781851),
    cp('saddle', -1.1092053368047865, 0.7682680925095399, 0.5437186009781851),
    cp('saddle', 1.6380679841897785, 0.22867406904439408, 2.2293571975307147),
    cp('saddle', -1.6380679841897785, -0.22867406904439408, 2.2293571975307147),
    cp('saddle', 1.2960702671671092, 0.6050843880386585, 2.22947081802986),
    cp('saddle', -1.2960702671671092, -0.6050843880386585, 2.22947081802986),
  ],
  f: (x, y) => {
    const x2 = x * x, y2 = y * y;
    return (4 - 2.1 * x2 + (x2 * x2) / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
  },
  grad: (x, y, out) => {
    const x2 = x * x;
    out[0] = 8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y;
    out[1] = x - 8 * y + 16 * y * y * y;
  },
  hess: (x, y, out) => {
    const x2 = x * x;
    out[0] = 8 - 25.2 * x2 + 10 * x2 * x2; out[1] = 1; out[2] = -8 + 48 * y * y;
  },
});

const ST_LO = -2.903534027771177, ST_HI = 2.746802770990837, ST_MID = 0.1567312567803401;
export const styblinskiTang: Surface = defineSurface({
  id: 'styblinski-tang',
  name: 'Styblinski–Tang',
  tex: 'f(x,y)=\\tfrac12\\left(x^4-16x^2+5x+y^4-16y^2+5y\\right)',
  blurb: 'Four minima at three depths (two share one), one per quadrant: only one is global.',
  domain: square(5),
  critical: [
    cp('min', ST_LO, ST_LO, -78.33233140754282, true),
    cp('min', ST_LO, ST_HI, -64.19561235905536),
    cp('min', ST_HI, ST_LO, -64.19561235905536),
    cp('min', ST_HI, ST_HI, -50.05889331056788),
    cp('max', ST_MID, ST_MID, 0.39122471811071613),
    cp('saddle', ST_LO, ST_MID, -38.97055334471606),
    cp('saddle', ST_MID, ST_LO, -38.97055334471606),
    cp('saddle', ST_HI, ST_MID, -24.833834296228584),
    cp('saddle', ST_MID, ST_HI, -24.833834296228584),
  ],
  f: (x, y) => {
    const x2 = x * x, y2 = y * y;
    return 0.5 * (x2 * x2 - 16 * x2 + 5 * x + y2 * y2 - 16 * y2 + 5 * y);
  },
  grad: (x, y, out) => { out[0] = 2 * x * x * x - 16 * x + 2.5; out[1] = 2 * y * y * y - 16 * y + 2.5; },
  hess: (x, y, out) => { out[0] = 6 * x * x - 16; out[1] = 0; out[2] = 6 * y * y - 16; },
});

export const mccormick: Surface = defineSurface({
  id: 'mccormick',
  name: 'McCormick',
  tex: 'f(x,y)=\\sin(x+y)+(x-y)^2-1.5x+2.5y+1',
  blurb: 'A tilted wavy trough with a global and a local minimum.',
  domain: { xMin: -1.5, xMax: 4, yMin: -3, yMax: 4 },
  critical: [
    cp('min', -0.5471975511965977, -1.5471975511965979, -1.9132229549810364, true),
    cp('min', 2.5943951023931957, 1.5943951023931955, 1.2283696986087569),
    cp('saddle', 1.5471975511965979, 0.5471975511965977, 1.9132229549810364),
  ],
  f: (x, y) => { const d = x - y; return Math.sin(x + y) + d * d - 1.5 * x + 2.5 * y + 1; },
  grad: (x, y, out) => {
    const c = Math.cos(x + y), d = x - y;
    out[0] = c + 2 * d - 1.5; out[1] = c - 2 * d + 2.5;
  },
  hess: (x, y, out) => {
    const s = Math.sin(x + y);
    out[0] = 2 - s; out[1] = -s - 2; out[2] = 2 - s;
  },
});
