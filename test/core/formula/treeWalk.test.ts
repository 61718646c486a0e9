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

interface Tally { values: number; slopes: number }

/** Throws on the first disagreement between the compiled surface and the referee at (x, y). */
function judge(text: string, ast: Ast, s: Surface, x: number, y: number, tally: Tally): void {
  const at = `${text.length > 120 ? `${text.slice(0, 120)}…` : text} at (${x}, ${y})`;
  const want = walk(ast, x, y);
  if (!Number.isFinite(want) || Math.abs(want) > 1e8) return;
  const got = s.f(x, y);
  if (!near(got, want, 1e-9)) throw new Error(`f of ${at}: compiled ${got}, tree ${want}`);
  tally.values++;
  const g = new Float64Array(2), h = new Float64Array(3);
  s.grad(x, y, g);
  s.hess(x, y, h);
  const fx = (u: number, v: number): number | null => slope((t) => walk(ast, t, v), u, 1e-3);
  const fy = (u: number, v: number): number | null => slope((t) => walk(ast, u, t), v, 1e-3);
  const checks: [string, number, number | null][] = [
    ['fx', g[0]!, slope((t) => walk(ast, t, y), x, 1e-4)],
    ['fy', g[1]!, slope((t) => walk(ast, x, t), y, 1e-4)],
    ['fxx', h[0]!, slope((t) => fx(t, y) ?? NaN, x, 1e-2)],
    ['fxy', h[1]!, slope((t) => fx(x, t) ?? NaN, y, 1e-2)],
    ['fyy', h[2]!, slope((t) => fy(x, t) ?? NaN, y, 1e-2)],
  ];
  for (const [name, exact, numeric] of checks) {
    if (numeric === null) continue;
    if (!near(exact, numeric, 1e-3)) throw new Error(`${name} of ${at}: compiled ${exact}, tree ${numeric}`);
    tally.slopes++;
  }
}

// Names that share prefixes (log/log10, sin/sinh/asin, tan/tanh/atan, cos/cosh/acos), wrapped so that
// their arguments stay where they are defined and their values stay moderate.
const leaf = fc.oneof(
  fc.constantFrom('x', 'y', 'x', 'y', 'pi', 'e', '2x', '3y', '.5'),
  fc.integer({ min: 1, max: 9 }).map(String),
  fc.integer({ min: 1, max: 300 }).map((v) => `${v / 100}`),
);
const { expr: term } = fc.letrec<{ expr: string }>((tie) => {
  const sub = tie('expr');
  return {
    expr: fc.oneof(
      { maxDepth: 4, depthSize: 'small' },
      leaf,
      fc.tuple(sub, fc.constantFrom('+', '-', '*'), sub).map(([a, op, b]) => `(${a})${op}(${b})`),
      fc.tuple(leaf, fc.constantFrom('+', '-', '*'), leaf).map(([a, op, b]) => `${a}${op}${b}`),
      fc.constantFrom('log', 'log10').chain((f) => sub.map((a) => `${f}(1+(${a})^2)`)),
      fc.constantFrom('log', 'log10', 'ln').chain((f) => sub.map((a) => `${f}(3+sin(${a}))`)),
      fc.constantFrom('log(x)', 'log10(y)', 'log(y)', 'log10(x)', 'log(2+x)', 'log10(3+y)'),
      fc.constantFrom('sin', 'cos', 'atan', 'tanh').chain((f) => sub.map((a) => `${f}(${a})`)),
      fc.constantFrom('sinh', 'cosh', 'tan').chain((f) => sub.map((a) => `${f}(tanh(${a}))`)),
      fc.constantFrom('asin', 'acos').chain((f) => sub.map((a) => `${f}(tanh(${a})/2)`)),
      fc.tuple(sub, sub).map(([a, b]) => `(${a})/(1+(${b})^2)`),
      fc.tuple(sub, fc.integer({ min: 0, max: 2 })).map(([a, k]) => `(${a})^${k}`),
      sub.map((a) => `sqrt(1+(${a})^2)`),
      sub.map((a) => `exp(tanh(${a}))`),
    ),
  };
});

// Dense in log, log10 and ln of terms in x and y (constants would fold away): their nodes are spread
// over all node numbers, so that 'log10' of node k meets 'log' of node 10k… in long formulas.
const varLeaf = fc.oneof(
  fc.constantFrom('x', 'y', 'x*y'),
  fc.tuple(fc.constantFrom('x', 'y'), fc.constantFrom('+', '*', '-'), fc.integer({ min: 1, max: 9 })).map(([v, op, k]) => `${v}${op}${k}`),
);
const { expr: logTerm } = fc.letrec<{ expr: string }>((tie) => {
  const sub = tie('expr');
  return {
    expr: fc.oneof(
      { maxDepth: 5, depthSize: 'small' },
      { arbitrary: varLeaf, weight: 2 },
      { arbitrary: fc.tuple(fc.constantFrom('log', 'log10', 'ln'), sub).map(([f, a]) => `${f}(2+(${a})^2)`), weight: 4 },
      { arbitrary: fc.tuple(fc.constantFrom('sin', 'tanh', 'atan', 'cos'), sub).map(([f, a]) => `${f}(${a})`), weight: 1 },
      { arbitrary: fc.tuple(sub, fc.constantFrom('+', '-', '*'), sub).map(([a, op, b]) => `(${a})${op}(${b})`), weight: 2 },
    ),
  };
});

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
    const tally: Tally = { values: 0, slopes: 0 };
    for (const [x, y] of [[0.5, 2], [1, 1], [0.1, 3], [2, 0.5]] as const) judge(text, ast, s, x, y, tally);
    // At (0.5, 2) by hand: 3 + 0.5·(2+…+33) = 3 + 0.5·560 = 283.
    expect(s.f(0.5, 2)).toBeCloseTo(Math.log10(2) + 2 + Math.log(283), 12);
    expect(tally.values).toBe(4);
    expect(tally.slopes).toBeGreaterThanOrEqual(12);
  });

  it('random formulas of up to 500 characters: value, gradient and Hessian', () => {
    const tally: Tally = { values: 0, slopes: 0 };
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
    expect(tally.slopes).toBeGreaterThan(2300);
  });

  it('random formulas whose graphs pass 1,000 nodes, with names sharing prefixes', () => {
    const tally: Tally = { values: 0, slopes: 0 };
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
  });
});
