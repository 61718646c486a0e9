// Every compiled formula against an independent referee: a tree-walking interpreter of the parser's
// tree, written here with Math.* per node. Gradients and Hessians are judged by central differences
// of that interpreter, so a wrong node (e.g. a hash-consing collision) cannot agree with itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormulaSurface, DEFAULT_FORMULA_DOMAIN } from '../../../src/core/formula';
import type { Ast } from '../../../src/core/formula/ast';
import { createExprBuilder } from '../../../src/core/formula/expr';
import { lowerAst } from '../../../src/core/formula/lower';
import { parseFormula } from '../../../src/core/formula/parser';
import { buildFormulaSurface } from '../../../src/core/formula/surface';
import type { Surface } from '../../../src/core/types';
import { logFormula as logTerm, moderateFormula as term, partialFormula } from './formulaArbitraries';
import { walk } from './treeWalk';

const treeOf = (text: string): Ast => {
  const parsed = parseFormula(text, 100_000);
  if (!parsed.ok) throw new Error(`${text.slice(0, 80)}…: ${parsed.error.message}`);
  return parsed.ast;
};

// Long formulas bypass the app's 500-character limit but go through the same compiler.
const compiled = (text: string, ast: Ast): Surface => {
  const r = text.length <= 500 ? createFormulaSurface(text) : buildFormulaSurface(text, ast, DEFAULT_FORMULA_DOMAIN);
  if (!r.ok) throw new Error(`${text.slice(0, 80)}…: ${r.error.message}`);
  return r.surface;
};

// Central differences at h and h/2; null when they disagree (too curved or too noisy to judge).
function slope(g: (t: number) => number, t: number, h: number): number | null {
  const d1 = (g(t + h) - g(t - h)) / (2 * h);
  const d2 = (g(t + h / 2) - g(t - h / 2)) / h;
  if (!Number.isFinite(d1) || !Number.isFinite(d2)) return null;
  return Math.abs(d1 - d2) <= 1e-5 * Math.max(1, Math.abs(d2)) ? d2 : null;
}

const near = (exact: number, want: number, rel: number): boolean =>
  Math.abs(exact - want) <= rel * Math.max(1, Math.abs(want));

interface Tally { values: number; undefined: number; infinite: number; slopes: number }
const newTally = (): Tally => ({ values: 0, undefined: 0, infinite: 0, slopes: 0 });

/**
 * Throws on the first disagreement between the compiled surface and the referee at (x, y): on where
 * f is defined (NaN against NaN), on infinities (the same sign), on finite values, and where the
 * value is moderate and `slopes` is set, on the gradient and Hessian.
 */
function judge(text: string, ast: Ast, s: Surface, x: number, y: number, tally: Tally, slopes = true): void {
  const at = `${text.length > 120 ? `${text.slice(0, 120)}…` : text} at (${Object.is(x, -0) ? '-0' : x}, ${Object.is(y, -0) ? '-0' : y})`;
  const want = walk(ast, x, y);
  const got = s.f(x, y);
  if (Number.isNaN(want) || Number.isNaN(got)) {
    if (Number.isNaN(want) !== Number.isNaN(got)) throw new Error(`f of ${at}: compiled ${got}, tree ${want}`);
    tally.undefined++;
    return;
  }
  if (!Number.isFinite(want) || !Number.isFinite(got)) {
    if (got !== want) throw new Error(`f of ${at}: compiled ${got}, tree ${want}`);
    tally.infinite++;
    return;
  }
  if (!near(got, want, 1e-9)) throw new Error(`f of ${at}: compiled ${got}, tree ${want}`);
  tally.values++;
  if (!slopes || Math.abs(want) > 1e8) return;
  const g = new Float64Array(2), h = new Float64Array(3);
  s.grad(x, y, g);
  s.hess(x, y, h);
  const fx = (u: number, v: number): number | null => slope((t) => walk(ast, t, v), u, 1e-3);
  const fy = (u: number, v: number): number | null => slope((t) => walk(ast, u, t), v, 1e-3);
  const checks: [string, number, number | null][] = [
    ['fx', g[0]!, slope((t) => walk(ast, t, y), x, 1e-4)],
    ['fy', g[1]!, slope((t) => walk(ast, x, t), y, 1e-4)],
  ];
  // Differences of differences of a steep f drown its curvature in rounding: judge the Hessian where the slope is moderate.
  if (Math.max(Math.abs(g[0]!), Math.abs(g[1]!)) <= 1e6) checks.push(
    ['fxx', h[0]!, slope((t) => fx(t, y) ?? NaN, x, 1e-2)],
    ['fxy', h[1]!, slope((t) => fx(x, t) ?? NaN, y, 1e-2)],
    ['fyy', h[2]!, slope((t) => fy(x, t) ?? NaN, y, 1e-2)],
  );
  for (const [name, exact, numeric] of checks) {
    if (numeric === null) continue;
    if (!near(exact, numeric, 1e-3)) throw new Error(`${name} of ${at}: compiled ${exact}, tree ${numeric}`);
    tally.slopes++;
  }
}

const sumOf = (terms: readonly string[]): string => terms.join(' + ');
const point = fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }));
// Where log(x) and log10(y) are defined, so a long sum of terms is rarely undefined as a whole.
const positivePoint = fc.tuple(fc.double({ min: 0.05, max: 2, noNaN: true }), fc.double({ min: 0.05, max: 2, noNaN: true }));

/** The id of the root of f's graph: how many distinct nodes f alone needs, roughly. */
const rootId = (ast: Ast): number => lowerAst(createExprBuilder(1_000_000), ast).id;

describe('compiled formulas agree with a tree-walking interpreter of the parse tree', () => {
  it('the formula from issue 6: log10(y) + y + log(3+2*x+3*x+…+33*x)', () => {
    const terms = Array.from({ length: 32 }, (_, i) => `${i + 2}*x`);
    const text = `log10(y) + y + log(3+${terms.join('+')})`;
    const ast = treeOf(text);
    const s = compiled(text, ast);
    const tally = newTally();
    for (const [x, y] of [[0.5, 2], [1, 1], [0.1, 3], [2, 0.5]] as const) judge(text, ast, s, x, y, tally);
    // At (0.5, 2) by hand: 3 + 0.5·(2+…+33) = 3 + 0.5·560 = 283.
    expect(s.f(0.5, 2)).toBeCloseTo(Math.log10(2) + 2 + Math.log(283), 12);
    expect(tally.values).toBe(4);
    expect(tally.slopes).toBeGreaterThanOrEqual(12);
  });

  it('random formulas of up to 500 characters: value, gradient and Hessian', () => {
    const tally = newTally();
    fc.assert(
      fc.property(
        fc.array(term, { minLength: 1, maxLength: 12 }).map(sumOf).filter((t) => t.length <= 500),
        fc.array(point, { minLength: 3, maxLength: 3 }),
        (text, points) => {
          const ast = treeOf(text);
          const s = compiled(text, ast);
          for (const [x, y] of points) judge(text, ast, s, x, y, tally);
        },
      ),
      { numRuns: 300, seed: 6_2026 },
    );
    expect(tally.values).toBeGreaterThan(600);
    expect(tally.slopes).toBeGreaterThan(2000);
  });

  it('random formulas whose graphs pass 1,000 nodes, with names sharing prefixes', () => {
    const tally = newTally();
    let biggest = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(term, logTerm, logTerm), { minLength: 300, maxLength: 500 }).map(sumOf),
        fc.array(positivePoint, { minLength: 2, maxLength: 2 }),
        (text, points) => {
          const ast = treeOf(text);
          biggest = Math.max(biggest, rootId(ast));
          const s = compiled(text, ast);
          for (const [x, y] of points) judge(text, ast, s, x, y, tally);
        },
      ),
      { numRuns: 40, seed: 1_000 },
    );
    expect(biggest).toBeGreaterThan(1_000);
    expect(tally.values).toBeGreaterThan(70);
    expect(tally.slopes).toBeGreaterThan(150);
  }, 30_000);

  // The review's counterexamples: the old folds x/x → 1, 0·q → 0, x − x → 0 and −0 → 0 each defined f where the tree does not, or flipped an infinity.
  it.each([
    ['x/x + y^2', 0, 1, NaN], // 0/0
    ['0*log(x) + y^2', -1, 1, NaN], // 0·NaN
    ['(x-x)*log(y)', 1, -1, NaN], // 0·NaN
    ['x^2 + exp(1/(-0))', 1, 1, 1], // exp(−∞) = 0
  ])('%s at (%d, %d) is %d, as the tree says, in f and in evalMany', (text, x, y, want) => {
    const ast = treeOf(text);
    expect(walk(ast, x, y), 'the tree').toBe(want);
    const s = compiled(text, ast);
    expect(s.f(x, y)).toBe(want);
    const out = new Float64Array(3);
    s.evalMany!(Float64Array.of(x), Float64Array.of(y), 1, out, out.subarray(1), out.subarray(2));
    expect(out[0], 'evalMany').toBe(want);
    judge(text, ast, s, x, y, newTally());
  });

  it('random formulas undefined or infinite on parts of the plane: NaN and ±∞ where the tree has them', () => {
    const tally = newTally();
    // Eighths in [−3, 3] and −0: sums of them round alike in any grouping, so only a fold can make f differ.
    // (Fused sums are regrouped: at other points a sum that cancels, (x−1)+(y+1) at x = −y = 0.001, may be
    // exactly 0 one way and 2e-18 the other, and so NaN or not after a division: rounding, not a fold.)
    const coordinate = fc.oneof(fc.constant(-0), fc.integer({ min: -24, max: 24 }).map((k) => k / 8));
    const anyPoint = fc.tuple(coordinate, coordinate);
    fc.assert(
      fc.property(partialFormula, fc.array(anyPoint, { minLength: 4, maxLength: 4 }), (text, points) => {
        const ast = treeOf(text);
        const s = compiled(text, ast);
        // Values only: next to a pole or a kink the derivatives are rightly undefined where differences are not.
        for (const [x, y] of points) judge(text, ast, s, x, y, tally, false);
      }),
      { numRuns: 1500, seed: 4_2026 },
    );
    // Every kind of outcome must have been judged many times.
    expect(tally.undefined).toBeGreaterThan(500);
    expect(tally.infinite).toBeGreaterThan(100);
    expect(tally.values).toBeGreaterThan(2000);
  });
});
