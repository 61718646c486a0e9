import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormula, createFormulaSurface, formulaToTex } from '../../../src/core/formula';
import { parseFormula } from '../../../src/core/formula/parser';
import type { Surface } from '../../../src/core/types';
import { smoothFormula as anyFormula } from './formulaArbitraries';
import { walk } from './treeWalk';

// Smooth formulas from the grammar (shared with the tree-walking referee), within the app's length limit.
const smoothFormula = anyFormula.filter((text) => text.length <= 500);

const point = fc.tuple(
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.double({ min: -2, max: 2, noNaN: true }),
);

const surfaceOf = (text: string): Surface => {
  const r = createFormulaSurface(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.surface;
};

// Central differences of g at two step sizes; null when they disagree (too curved or too noisy to judge).
function centralDiff(g: (t: number) => number, t: number, scale: number): number | null {
  const h = 1e-4 * Math.max(1, Math.abs(t));
  const d1 = (g(t + h) - g(t - h)) / (2 * h);
  const d2 = (g(t + h / 2) - g(t - h / 2)) / h;
  if (!Number.isFinite(d1) || !Number.isFinite(d2)) return null;
  return Math.abs(d1 - d2) <= 1e-5 * Math.max(scale, Math.abs(d2)) ? d2 : null;
}

const agrees = (exact: number, numeric: number | null): boolean =>
  numeric === null || Math.abs(exact - numeric) <= 1e-4 * Math.max(1, Math.abs(exact), Math.abs(numeric));

describe('random smooth formulas: exact derivatives agree with central differences', () => {
  it('gradient and Hessian', () => {
    let judged = 0;
    fc.assert(
      fc.property(smoothFormula, fc.array(point, { minLength: 3, maxLength: 3 }), (text, points) => {
        const s = surfaceOf(text);
        const g = new Float64Array(2), hs = new Float64Array(3), gp = new Float64Array(2);
        for (const [x, y] of points) {
          const f = s.f(x, y);
          s.grad(x, y, g);
          s.hess(x, y, hs);
          const values = [f, g[0]!, g[1]!, hs[0]!, hs[1]!, hs[2]!];
          if (!values.every((v) => Number.isFinite(v) && Math.abs(v) < 1e6)) continue;
          const scale = Math.max(1, Math.abs(f));
          const gx = (u: number, v: number): number => { s.grad(u, v, gp); return gp[0]!; };
          const gy = (u: number, v: number): number => { s.grad(u, v, gp); return gp[1]!; };
          const checks: [number, number | null][] = [
            [g[0]!, centralDiff((t) => s.f(t, y), x, scale)],
            [g[1]!, centralDiff((t) => s.f(x, t), y, scale)],
            [hs[0]!, centralDiff((t) => gx(t, y), x, Math.max(1, Math.abs(g[0]!)))],
            [hs[1]!, centralDiff((t) => gx(x, t), y, Math.max(1, Math.abs(g[0]!)))],
            [hs[1]!, centralDiff((t) => gy(t, y), x, Math.max(1, Math.abs(g[1]!)))],
            [hs[2]!, centralDiff((t) => gy(x, t), y, Math.max(1, Math.abs(g[1]!)))],
          ];
          for (const [exact, numeric] of checks) {
            if (!agrees(exact, numeric)) {
              throw new Error(`${text} at (${x}, ${y}): exact ${exact}, numeric ${numeric}`);
            }
            if (numeric !== null) judged++;
          }
        }
      }),
      { numRuns: 300, seed: 20_241_123 },
    );
    // The property must not pass by skipping everything.
    expect(judged).toBeGreaterThan(1500);
  });

  it('evalMany agrees with f and grad point by point', () => {
    const xs = Float64Array.from({ length: 300 }, (_, i) => -2 + i / 75);
    const ys = Float64Array.from({ length: 300 }, (_, i) => Math.sin(i) * 2);
    const f = new Float64Array(300), gx = new Float64Array(300), gy = new Float64Array(300);
    const g = new Float64Array(2);
    const close = (a: number, b: number): boolean =>
      (!Number.isFinite(a) && !Number.isFinite(b)) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    fc.assert(
      fc.property(smoothFormula, (text) => {
        const s = surfaceOf(text);
        s.evalMany?.(xs, ys, 300, f, gx, gy);
        for (let i = 0; i < 300; i++) {
          s.grad(xs[i]!, ys[i]!, g);
          if (!close(f[i]!, s.f(xs[i]!, ys[i]!)) || !close(gx[i]!, g[0]!) || !close(gy[i]!, g[1]!)) return false;
        }
        return true;
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('renders TeX with balanced braces for every formula that parses', () => {
    fc.assert(
      fc.property(smoothFormula, (text) => {
        const tex = formulaToTex(text) ?? '';
        let depth = 0;
        for (const c of tex) {
          depth += c === '{' ? 1 : c === '}' ? -1 : 0;
          if (depth < 0) return false;
        }
        return depth === 0 && tex.length > 0 && tex.split('\\left').length === tex.split('\\right').length;
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

// Pieces of the grammar (and near misses) glued at random: mostly malformed, sometimes valid.
const grammarPiece = fc.constantFrom(
  'x', 'y', 'z', '1', '2', '0', '.', 'e', 'E', '1e', '+', '-', '*', '/', '^', '(', ')', ',', ' ',
  'sin', 'cos', 'exp', 'log', 'ln', 'sqrt', 'abs', 'min', 'max', 'pow', 'atan2', 'pi', 'sign', 'Sin',
  '_', '$', '\u2212', '\u00d7', 'constructor', '__proto__',
);

// Any code point, lone surrogates included (cheaper than fast-check's 'binary' unit to set up).
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

// What is wrong with the result for text, or null: ok with working functions, or an error whose
// column and length lie inside the text and which checkFormula reports too.
function problemWith(text: string): string | null {
  const r = createFormulaSurface(text);
  if (r.ok) {
    const out = new Float64Array(3);
    if (checkFormula(text) !== null) return 'checkFormula rejects an accepted formula';
    const parsed = parseFormula(text);
    const want = parsed.ok ? walk(parsed.ast, 0.5, -0.25) : NaN;
    const got = r.surface.f(0.5, -0.25);
    // The compiled f is defined exactly where the tree is, with the tree's infinities and, up to rounding, its values.
    const same = Number.isNaN(want) ? Number.isNaN(got) : !Number.isFinite(want) ? got === want
      : Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
    if (!same) return `f is ${got}, the tree says ${want}`;
    r.surface.grad(0.5, -0.25, out);
    r.surface.hess(0.5, -0.25, out);
    return null;
  }
  const { message, column, length } = r.error;
  if (typeof message !== 'string' || message.length === 0) return 'empty message';
  if (!Number.isInteger(column) || !Number.isInteger(length)) return 'column or length not an integer';
  if (column < 1 || column > text.length + 1) return `column ${column} outside the text`;
  if (length < 0 || column - 1 + length > text.length) return `length ${length} runs past the text`;
  const checked = checkFormula(text);
  if (!message.includes('too complex') && checked?.message !== message) return 'checkFormula disagrees';
  return null;
}

const wellFormed = (text: string): void => {
  const problem = problemWith(text);
  if (problem !== null) throw new Error(`${JSON.stringify(text)}: ${problem}`);
};

describe('random text never throws or hangs', () => {
  it('arbitrary strings return ok or an error with a column inside the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), wellFormed), { numRuns: 400, seed: 1 });
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 40 }), wellFormed),
      { numRuns: 200, seed: 2 },
    );
  });

  it('strings over the grammar alphabet return ok or an error with a column inside the text', () => {
    fc.assert(
      fc.property(fc.array(grammarPiece, { maxLength: 40 }).map((parts) => parts.join('')), wellFormed),
      { numRuns: 500, seed: 3 },
    );
  });

  it('long strings over the grammar alphabet, around the length limit, finish quickly', () => {
    fc.assert(
      fc.property(fc.array(grammarPiece, { minLength: 150, maxLength: 300 }).map((parts) => parts.join('')), wellFormed),
      { numRuns: 60, seed: 4 },
    );
  });
});
