import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FORMULA_DOMAIN, MAX_FORMULA_LENGTH, checkFormula, createFormulaSurface, formulaToTex,
  type FormulaError,
} from '../../../src/core/formula';
import { createDifferentiator } from '../../../src/core/formula/derivative';
import { createExprBuilder } from '../../../src/core/formula/expr';
import type { Surface } from '../../../src/core/types';

const surfaceOf = (text: string): Surface => {
  const r = createFormulaSurface(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.surface;
};

const errorOf = (text: string): FormulaError => {
  const r = createFormulaSurface(text);
  if (r.ok) throw new Error(`${text} was accepted`);
  return r.error;
};

const gradAt = (s: Surface, x: number, y: number): number[] => {
  const out = new Float64Array(2);
  s.grad(x, y, out);
  return [...out];
};

const hessAt = (s: Surface, x: number, y: number): number[] => {
  const out = new Float64Array(3);
  s.hess(x, y, out);
  return [...out];
};

const expectClose = (actual: readonly number[], expected: readonly number[], rel = 1e-12): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    expect(Math.abs(a - e), `component ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(e)));
  });
};

// Hand-written Rosenbrock (a = 1, b = 100) and Himmelblau with their exact derivatives.
const rosenbrock = {
  f: (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  grad: (x: number, y: number) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
  hess: (x: number, y: number) => [2 - 400 * (y - x * x) + 800 * x * x, -400 * x, 200],
};
const himmelblau = {
  f: (x: number, y: number) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
  grad: (x: number, y: number) => [
    4 * x * (x * x + y - 11) + 2 * (x + y * y - 7), 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7),
  ],
  hess: (x: number, y: number) => [12 * x * x + 4 * y - 42, 4 * x + 4 * y, 4 * x + 12 * y * y - 26],
};

const POINTS: readonly [number, number][] = [[0, 0], [1, 1], [-1.2, 1], [0.3, -0.7], [2.5, -1.5], [-3, 4]];

describe('createFormulaSurface: values and exact derivatives', () => {
  it('matches hand-computed f, gradient and Hessian for x^2 + 3*sin(y)', () => {
    const s = surfaceOf('x^2 + 3*sin(y)');
    const [x, y] = [1.3, 0.7];
    expect(s.f(x, y)).toBeCloseTo(x * x + 3 * Math.sin(y), 14);
    expectClose(gradAt(s, x, y), [2 * x, 3 * Math.cos(y)]);
    expectClose(hessAt(s, x, y), [2, 0, -3 * Math.sin(y)]);
  });

  it('differentiates exp, products and the chain rule: exp(x*y)', () => {
    const s = surfaceOf('exp(x*y)');
    const [x, y] = [0.4, -1.1];
    const e = Math.exp(x * y);
    expect(s.f(x, y)).toBeCloseTo(e, 14);
    expectClose(gradAt(s, x, y), [y * e, x * e]);
    expectClose(hessAt(s, x, y), [y * y * e, (1 + x * y) * e, x * x * e]);
  });

  it('differentiates sqrt and quotients: sqrt(x^2 + y^2) at (3, 4)', () => {
    const s = surfaceOf('sqrt(x^2 + y^2)');
    expect(s.f(3, 4)).toBe(5);
    expectClose(gradAt(s, 3, 4), [0.6, 0.8]);
    expectClose(hessAt(s, 3, 4), [16 / 125, -12 / 125, 9 / 125]);
  });

  it('differentiates x/y, x^y, 2^x, log, log10 and atan2', () => {
    const [x, y] = [1.7, 0.6];
    expectClose(gradAt(surfaceOf('x/y'), x, y), [1 / y, -x / (y * y)]);
    expectClose(hessAt(surfaceOf('x/y'), x, y), [0, -1 / (y * y), (2 * x) / y ** 3]);
    const p = x ** y;
    expectClose(gradAt(surfaceOf('x^y'), x, y), [y * x ** (y - 1), p * Math.log(x)]);
    expectClose(hessAt(surfaceOf('x^y'), x, y), [
      y * (y - 1) * x ** (y - 2), x ** (y - 1) * (1 + y * Math.log(x)), p * Math.log(x) ** 2,
    ]);
    expectClose(gradAt(surfaceOf('2^x'), x, y), [Math.LN2 * 2 ** x, 0]);
    expectClose(gradAt(surfaceOf('log(x) + ln(y)'), x, y), [1 / x, 1 / y]);
    expectClose(gradAt(surfaceOf('log10(x*y)'), x, y), [1 / (x * Math.LN10), 1 / (y * Math.LN10)]);
    const r2 = x * x + y * y;
    expect(surfaceOf('atan2(y, x)').f(x, y)).toBe(Math.atan2(y, x));
    expectClose(gradAt(surfaceOf('atan2(y, x)'), x, y), [-y / r2, x / r2]);
  });

  it('differentiates the trigonometric and hyperbolic families', () => {
    const x = 0.35;
    const cases: [string, (v: number) => number, (v: number) => number][] = [
      ['tan(x)', Math.tan, (v) => 1 / Math.cos(v) ** 2],
      ['asin(x)', Math.asin, (v) => 1 / Math.sqrt(1 - v * v)],
      ['acos(x)', Math.acos, (v) => -1 / Math.sqrt(1 - v * v)],
      ['atan(x)', Math.atan, (v) => 1 / (1 + v * v)],
      ['sinh(x)', Math.sinh, Math.cosh],
      ['cosh(x)', Math.cosh, Math.sinh],
      ['tanh(x)', Math.tanh, (v) => 1 - Math.tanh(v) ** 2],
      ['cos(x)', Math.cos, (v) => -Math.sin(v)],
    ];
    for (const [text, f, df] of cases) {
      const s = surfaceOf(text);
      expect(s.f(x, 0), text).toBeCloseTo(f(x), 14);
      expectClose(gradAt(s, x, 0), [df(x), 0]);
    }
  });

  it('uses subgradients at kinks: abs and sign, min and max', () => {
    expect(gradAt(surfaceOf('abs(x - 1)'), 1, 0)).toEqual([0, 0]);
    expect(gradAt(surfaceOf('abs(x - 1)'), 3, 0)).toEqual([1, 0]);
    expect(gradAt(surfaceOf('abs(x - 1)'), -3, 0)).toEqual([-1, 0]);
    expect(gradAt(surfaceOf('sign(x)*y'), 2, 5)).toEqual([0, 1]);
    expect(gradAt(surfaceOf('min(x, y)'), 1, 2)).toEqual([1, 0]);
    expect(gradAt(surfaceOf('min(x, y)'), 3, 2)).toEqual([0, 1]);
    expect(gradAt(surfaceOf('max(x, y)'), 1, 2)).toEqual([0, 1]);
    expect(gradAt(surfaceOf('max(x^2, 3)'), 1, 0)).toEqual([0, 0]);
    expect(gradAt(surfaceOf('max(x^2, 3)'), 2, 0)).toEqual([4, 0]);
    expect(surfaceOf('max(x^2, 3)').f(2, 0)).toBe(4);
    const tie = gradAt(surfaceOf('min(x, y)'), 1, 1);
    expect(tie[0]! + tie[1]!).toBe(1);
  });

  it('0^x is flat where it is differentiable (not c^x·ln c = 0·(−∞) = NaN)', () => {
    const s = surfaceOf('0^x + y^2');
    expect(s.f(0.5, 1)).toBe(1);
    expect(gradAt(s, 0.5, 1)).toEqual([0, 2]);
    expect(hessAt(s, 0.5, 1)).toEqual([0, 0, 2]);
  });

  it('reports non-finite derivatives where the maths has them, without throwing', () => {
    const g = gradAt(surfaceOf('sqrt(x)'), 0, 0);
    expect(g[0]).toBe(Infinity);
    expect(Number.isNaN(surfaceOf('log(x)').f(-1, 0))).toBe(true);
  });

  it('handles constant and linear formulas, including equal outputs', () => {
    const c = surfaceOf('3');
    expect(c.f(9, 9)).toBe(3);
    expect(gradAt(c, 1, 2)).toEqual([0, 0]);
    const lin = surfaceOf('x + y');
    expect(gradAt(lin, 1, 2)).toEqual([1, 1]);
    expect(hessAt(lin, 1, 2)).toEqual([0, 0, 0]);
    expect(surfaceOf('y').f(1, 2)).toBe(2);
    expect(hessAt(surfaceOf('x*y'), 3, 4)).toEqual([0, 1, 0]);
    expect(surfaceOf('pi + e').f(0, 0)).toBeCloseTo(Math.PI + Math.E, 14);
    expect(surfaceOf('pow(x, 3)').f(2, 0)).toBe(8);
  });

  it('equals the hand-written Rosenbrock: value, gradient and Hessian', () => {
    const s = surfaceOf('(1-x)^2 + 100*(y-x^2)^2');
    for (const [x, y] of POINTS) {
      expectClose([s.f(x, y)], [rosenbrock.f(x, y)]);
      expectClose(gradAt(s, x, y), rosenbrock.grad(x, y));
      expectClose(hessAt(s, x, y), rosenbrock.hess(x, y));
    }
    expect(s.f(1, 1)).toBe(0);
    // Exactly zero at the minimum, with the signs of the arithmetic as written: −2·(1 − 1) − 400·1·0 is −0.
    expect(gradAt(s, 1, 1)).toEqual(rosenbrock.grad(1, 1));
    expect(gradAt(s, 1, 1)).toEqual([-0, 0]);
  });

  it('equals the hand-written Himmelblau, also with implicit products', () => {
    for (const text of ['(x^2+y-11)^2+(x+y^2-7)^2', '(x^2 + y - 11)^2 + (x + y^2 - 7)^2']) {
      const s = surfaceOf(text);
      for (const [x, y] of POINTS) {
        expectClose([s.f(x, y)], [himmelblau.f(x, y)]);
        expectClose(gradAt(s, x, y), himmelblau.grad(x, y));
        expectClose(hessAt(s, x, y), himmelblau.hess(x, y));
      }
    }
    expect(surfaceOf('(x^2+y-11)^2+(x+y^2-7)^2').f(3, 2)).toBe(0);
  });
});

describe('evalMany', () => {
  const formulas = [
    '(1-x)^2 + 100*(y-x^2)^2', 'sin(3x)*cos(2y) + 0.1*(x^2 + y^2)', 'x', '7', 'x + y',
    'abs(x) + min(x, y)^2 - max(1, y)', 'exp(-(x^2+y^2)) * atan2(y, x + 3)', 'x^y + 2^x - 1/(1 + x^2)',
  ];
  // n = 1031 crosses block boundaries and ends in a partial block.
  const n = 1031;
  const xs = Float64Array.from({ length: n }, (_, i) => -2 + (4 * i) / n + 1e-3);
  const ys = Float64Array.from({ length: n }, (_, i) => 1.5 - (3 * ((i * 37) % n)) / n);

  it.each(formulas)('agrees with f and grad point by point: %s', (text) => {
    const s = surfaceOf(text);
    const f = new Float64Array(n), gx = new Float64Array(n), gy = new Float64Array(n);
    s.evalMany?.(xs, ys, n, f, gx, gy);
    const g = new Float64Array(2);
    const same = (a: number, b: number): boolean =>
      (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    const mismatches: string[] = [];
    for (let i = 0; i < n; i++) {
      const x = xs[i]!, y = ys[i]!;
      s.grad(x, y, g);
      if (!same(f[i]!, s.f(x, y)) || !same(gx[i]!, g[0]!) || !same(gy[i]!, g[1]!)) mismatches.push(`(${x}, ${y})`);
    }
    expect(mismatches).toEqual([]);
  });

  it('writes only the first n entries and can be called again', () => {
    const s = surfaceOf('x*y');
    const f = new Float64Array(5).fill(-1), gx = new Float64Array(5).fill(-1), gy = new Float64Array(5).fill(-1);
    s.evalMany?.(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6), 2, f, gx, gy);
    expect([...f]).toEqual([4, 10, -1, -1, -1]);
    expect([...gx]).toEqual([4, 5, -1, -1, -1]);
    s.evalMany?.(Float64Array.of(2), Float64Array.of(2), 1, f, gx, gy);
    expect(f[0]).toBe(4);
    s.evalMany?.(new Float64Array(0), new Float64Array(0), 0, f, gx, gy);
  });
});

describe('grammar and precedence', () => {
  const at = (text: string, x = 3, y = 5): number => surfaceOf(text).f(x, y);

  it('binds unary minus looser than ^ and makes ^ right-associative', () => {
    expect(at('-x^2')).toBe(-9);
    expect(at('-2^2')).toBe(-4);
    expect(at('(-2)^2')).toBe(4);
    expect(at('2^3^2')).toBe(512);
    expect(at('2^-1')).toBe(0.5);
    expect(at('2^-x')).toBe(0.125);
    expect(at('x - -y')).toBe(8);
    expect(at('+x')).toBe(3);
    expect(at('2*3^2')).toBe(18);
    expect(at('1 - 2 - 3')).toBe(-4);
    expect(at('12/2/3')).toBe(2);
  });

  it('reads a number followed by a name or bracket as a product', () => {
    expect(at('2x')).toBe(6);
    expect(at('2 x')).toBe(6);
    expect(at('3(x+1)')).toBe(12);
    expect(at('2pi')).toBeCloseTo(2 * Math.PI, 14);
    expect(at('2x^2')).toBe(18);
    expect(at('1/2x')).toBe(1.5);
    expect(at('-2y')).toBe(-10);
    expect(at('2sin(0)')).toBe(0);
    expect(at('2exp(0)')).toBe(2);
  });

  it('reads numbers in all their forms', () => {
    expect(at('.5')).toBe(0.5);
    expect(at('1e-3')).toBe(0.001);
    expect(at('2.5E+2')).toBe(250);
    expect(at('3.')).toBe(3);
    expect(at('1e3x')).toBe(3000);
  });

  it('ignores whitespace and accepts pasted minus and times signs', () => {
    expect(at(' \t x \n * \r y ')).toBe(15);
    expect(at('x \u2212 y')).toBe(-2);
    expect(at('x \u00d7 y')).toBe(15);
  });
});

describe('errors: a message and a column, never a throw', () => {
  const cases: [string, string, number][] = [
    ['(x + 1))', "unexpected ')' at column 8", 8],
    ['x + z', "unknown name 'z': use x and y", 5],
    ['sine(x)', "unknown function 'sine' at column 1", 1],
    ['sin(x, y)', "'sin' needs 1 argument, got 2", 1],
    ['min(x)', "'min' needs 2 arguments, got 1", 1],
    ['sin()', "'sin' needs 1 argument, got 0", 1],
    ['x*(y+1', "missing ')' to close '(' at column 3", 3],
    ['', 'empty formula', 1],
    ['   ', 'empty formula', 1],
    ['x + 1e', "number '1e' is malformed at column 5", 5],
    ['1.2.3', "number '1.2.3' is malformed at column 1", 1],
    ['2e+', "number '2e+' is malformed at column 1", 1],
    ['x y', "missing operator before 'y' at column 3", 3],
    ['(x)(y)', "missing operator before '(' at column 4", 4],
    ['2 3', "missing operator before '3' at column 3", 3],
    ['xy', "unknown name 'xy': write products with '*', as in x*y", 1],
    ['x + ', 'unexpected end of formula at column 5', 5],
    ['*x', "unexpected '*' at column 1", 1],
    ['min(x,)', "unexpected ')' at column 7", 7],
    ['x $ y', "unexpected character '$' at column 3", 3],
    ['sin x', "'sin' needs brackets at column 1, as in sin(x)", 1],
    ['x(2)', "'x' is not a function at column 1: write x*(…)", 1],
    ['Sin(x)', "unknown function 'Sin' at column 1 (names are lowercase: sin)", 1],
    ['1e999', "number '1e999' is too large at column 1", 1],
    ['x,y', "unexpected ',' at column 2", 2],
  ];

  it.each(cases)('%j → %s', (text, message, column) => {
    const error = errorOf(text);
    expect(error.message).toBe(message);
    expect(error.column).toBe(column);
    expect(checkFormula(text)).toEqual(error);
  });

  it('marks the offending characters with a length', () => {
    expect(errorOf('x + sine(y)')).toEqual({ message: "unknown function 'sine' at column 5", column: 5, length: 4 });
    expect(errorOf('x + 1e')).toMatchObject({ length: 2 });
    expect(errorOf('x + ')).toMatchObject({ length: 0 });
  });

  it('rejects text over the length limit, saying so', () => {
    const text = 'x+'.repeat(MAX_FORMULA_LENGTH);
    const error = errorOf(text);
    expect(error.message).toContain(`at most ${MAX_FORMULA_LENGTH}`);
    expect(error.column).toBe(MAX_FORMULA_LENGTH + 1);
    expect(createFormulaSurface(`x${'+x'.repeat(249)}`).ok).toBe(true);
  });

  it('rejects nesting deeper than 64 levels', () => {
    expect(createFormulaSurface(`${'('.repeat(64)}x${')'.repeat(64)}`).ok).toBe(true);
    expect(errorOf(`${'('.repeat(65)}x${')'.repeat(65)}`).message).toBe('formula is nested too deeply at column 65 (at most 64 levels)');
    expect(errorOf(`${'-'.repeat(100)}x`).message).toContain('nested too deeply');
    expect(errorOf(`x${'^x'.repeat(100)}`).message).toContain('nested too deeply');
    expect(errorOf(`${'sin('.repeat(80)}x${')'.repeat(80)}`).message).toContain('nested too deeply');
  });
});

describe('hostile input', () => {
  const hostile = [
    '('.repeat(10_000), ')'.repeat(10_000), 'x'.repeat(100_000), `${'sin('.repeat(30_000)}x`, '-'.repeat(100_000),
    'constructor', '__proto__', 'alert(1)', 'x.constructor', 'toString(x)', 'valueOf', 'hasOwnProperty(x)',
    'Function("return 1")()', 'eval(x)', 'x["constructor"]', '`x`', 'import("x")', 'this', 'x;y', 'x=1', '\u0000',
    'process.exit()', 'globalThis', '\u{1F600}', 'x\u200by',
  ];

  it.each(hostile.map((t) => [t.length > 40 ? `${t.slice(0, 20)}… (${t.length} chars)` : t, t]))(
    'rejects %j with a message',
    (_label, text) => {
      const r = createFormulaSurface(text);
      expect(r.ok).toBe(false);
      // Over-long text is turned away by its length before any scanning.
      if (!r.ok && text.length > MAX_FORMULA_LENGTH) expect(r.error.message).toMatch(/^formula is too long/);
      if (!r.ok) {
        expect(r.error.message.length).toBeGreaterThan(0);
        expect(r.error.column).toBeGreaterThanOrEqual(1);
        expect(r.error.column).toBeLessThanOrEqual(text.length + 1);
      }
    },
  );

  it('compiles the heaviest legal formulas and evaluates them as a plain loop does', () => {
    const x: number = 0.3, y: number = 0.4;
    const heavy: [string, number][] = [
      // x^y^… is right-associative: fold from the right.
      [Array.from({ length: 60 }, (_, i) => (i % 2 ? 'x' : 'y')).join('^'),
        Array.from({ length: 60 }, (_, i) => (i % 2 ? x : y)).reduceRight((v, b) => b ** v)],
      [`${'sin(exp(x*tan(y/log('.repeat(12)}x${'))))'.repeat(12)}`,
        Array.from({ length: 12 }).reduce<number>((v) => Math.sin(Math.exp(x * Math.tan(y / Math.log(v)))), x)],
      [Array.from({ length: 30 }, (_, i) => `sin(x+${i}y)`).join('*'),
        Array.from({ length: 30 }, (_, i) => Math.sin(x + i * y)).reduce((p, v) => p * v, 1)],
      [`${'atan2('.repeat(30)}x${',y)'.repeat(30)}`, Array.from({ length: 30 }).reduce<number>((v) => Math.atan2(v, y), x)],
      [Array.from({ length: 120 }, (_, i) => (i % 2 ? 'x' : 'y')).join('/'),
        Array.from({ length: 119 }, (_, i) => (i % 2 ? y : x)).reduce((v, d) => v / d, y)],
    ];
    for (const [text, want] of heavy) {
      expect(text.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
      const r = createFormulaSurface(text);
      if (!r.ok) { expect(r.error.message, text).toContain('too complex'); continue; }
      const got = r.surface.f(x, y);
      if (Number.isNaN(want)) expect(got, text).toBeNaN();
      else expect(Math.abs(got - want), `${text}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
    }
  });
});

describe('expression graphs', () => {
  it('shares equal subexpressions and simplifies as it builds', () => {
    const b = createExprBuilder();
    const { x, y } = b;
    expect(b.mul(x, y)).toBe(b.mul(y, x));
    expect(b.mul(x, x)).toBe(b.pow(x, b.num(2)));
    expect(b.mul(b.num(2), b.mul(b.num(3), x))).toBe(b.mul(b.num(6), x));
    expect(b.neg(b.neg(x))).toBe(x);
    expect(b.mul(b.num(1), y)).toBe(y);
    // The algebraic folds, for derivative terms, in the same graph.
    const a = b.algebraic;
    expect(a.add(a.mul(a.num(0), x), a.mul(a.num(1), y))).toBe(y);
    expect(a.sub(x, x).value).toBe(0);
    expect(a.div(x, x).value).toBe(1);
    expect(a.mul(b.pow(x, b.num(-1)), x).value).toBe(1);
    const d = createDifferentiator(a);
    // d/dx (x^3 y) = 3 x^2 y, with no 0 or 1 factors left over
    const dx = d(b.mul(b.pow(x, b.num(3)), y), 'x');
    expect(dx).toBe(b.mul(b.num(3), b.mul(b.pow(x, b.num(2)), y)));
  });

  it('keeps what IEEE arithmetic gives where f is undefined: no 0·q, p − p, p/p, 0/q folds; −0 is not 0', () => {
    const b = createExprBuilder();
    const { x, y } = b;
    const zero = b.num(0), minusZero = b.num(-0);
    expect(minusZero).not.toBe(zero);
    expect(Object.is(minusZero.value, -0)).toBe(true);
    expect(b.neg(zero)).toBe(minusZero);
    for (const e of [b.mul(zero, x), b.sub(x, x), b.div(x, x), b.div(zero, y), b.mul(b.pow(x, b.num(-1)), x), b.add(zero, x), b.neg(b.sub(x, y))]) {
      expect(e.op, `node ${e.id}`).not.toBe('num');
      expect(e).not.toBe(x);
    }
    // Folds that hold for every IEEE value stay: x + (−0), x − 0, 1·x, x^0, x/1, x²·x³.
    expect(b.add(x, minusZero)).toBe(x);
    expect(b.sub(x, zero)).toBe(x);
    expect(b.pow(b.unary('log', x), zero).value).toBe(1);
    expect(b.div(x, b.num(1))).toBe(x);
    expect(b.mul(b.pow(x, b.num(2)), b.pow(x, b.num(3)))).toBe(b.pow(x, b.num(5)));
    // A constant product that would underflow to 0 stays two factors (1e-200·(1e-200·∞) is ∞, 0·∞ is NaN).
    expect(b.mul(b.num(1e-200), b.mul(b.num(1e-200), x)).args[1]!.op).toBe('mul');
  });

  it('stops growing at its node limit and says so', () => {
    const b = createExprBuilder(8);
    let e = b.x;
    for (let i = 0; i < 20; i++) e = b.mul(b.unary('sin', e), b.y);
    expect(b.overflowed()).toBe(true);
    expect(e.value).toBeNaN();
  });
});

describe('the surface record and TeX', () => {
  it('fills in the Surface fields', () => {
    const s = surfaceOf('x^2 + 3*sin(y)');
    expect(s.id).toBe('formula');
    expect(s.name).toBe('Custom formula');
    expect(s.axes).toEqual(['x', 'y']);
    expect(s.critical).toEqual([]);
    expect(s.domain).toEqual(DEFAULT_FORMULA_DOMAIN);
    expect(DEFAULT_FORMULA_DOMAIN).toEqual({ xMin: -5, xMax: 5, yMin: -5, yMax: 5 });
    expect(s.tex).toBe('f(x,y)=x^{2}+3 \\sin\\left(y\\right)');
    const domain = { xMin: -2, xMax: 2, yMin: -1, yMax: 3 };
    const r = createFormulaSurface('x', domain);
    expect(r.ok && r.surface.domain).toEqual(domain);
  });

  it.each([
    ['(1-x)^2 + 100*(y-x^2)^2', '\\left(1-x\\right)^{2}+100\\cdot \\left(y-x^{2}\\right)^{2}'],
    ['-x^2', '-x^{2}'],
    ['(-x)^2', '\\left(-x\\right)^{2}'],
    ['2^3^2', '2^{3^{2}}'],
    ['(2^3)^2', '\\left(2^{3}\\right)^{2}'],
    ['2x + 3(y-1)', '2 x+3 \\left(y-1\\right)'],
    ['sqrt(x)/2', '\\frac{\\sqrt{x}}{2}'],
    ['abs(x) * log10(y)', '\\left|x\\right| \\log_{10}\\left(y\\right)'],
    ['x - (y - 1)', 'x-\\left(y-1\\right)'],
    ['x * -y', 'x\\cdot \\left(-y\\right)'],
    ['1e-3 * x', '1\\times 10^{-3} x'],
    ['.5pi', '0.5 \\pi'],
    ['atan2(y, x) + ln(x)', '\\operatorname{atan2}\\left(y,\\,x\\right)+\\ln\\left(x\\right)'],
    ['pow(x+1, y)', '\\left(x+1\\right)^{y}'],
    ['min(x, y) * 2', '\\min\\left(x,\\,y\\right)\\cdot 2'],
  ])('renders %j as TeX', (text, tex) => {
    expect(formulaToTex(text)).toBe(tex);
  });

  it('checkFormula accepts what createFormulaSurface accepts', () => {
    expect(checkFormula('x^2 + 3*sin(y)')).toBeNull();
    expect(formulaToTex('x +')).toBeNull();
  });
});
