// Random formulas from the grammar, shared by the property tests and the tree-walking referee.
import fc from 'fast-check';

/** Leaves without brackets exercise precedence and "2x"; 0 exercises the folds 0·q, 0/q and p + 0. */
export const leaf = fc.oneof(
  fc.constantFrom('x', 'y', 'x', 'y', 'pi', 'e', '2x', '3y', '.5'),
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.integer({ min: 1, max: 300 }).map((v) => `${v / 100}`),
);

// Productions both families share: each keeps its arguments where the functions are defined.
const shared = (sub: fc.Arbitrary<string>): fc.Arbitrary<string>[] => [
  leaf,
  fc.tuple(sub, fc.constantFrom('+', '-', '*'), sub).map(([a, op, b]) => `(${a})${op}(${b})`),
  fc.tuple(sub, sub).map(([a, b]) => `(${a})/(1+(${b})^2)`),
  fc.tuple(fc.constantFrom('sin', 'cos', 'atan', 'tanh'), sub).map(([f, a]) => `${f}(${a})`),
  sub.map((a) => `sqrt(1+(${a})^2)`),
  sub.map((a) => `log(1+(${a})^2) + log10(2+sin(${a})) - ln(3+cos(${a}))`),
  fc.constantFrom('log(x)', 'log10(y)', 'ln(y)', 'log10(x)', 'log(2+x)', 'log10(3+y)'),
  sub.map((a) => `asin(tanh(${a})/2) + acos(tanh(${a})/3) - tan(tanh(${a}))`),
  fc.tuple(sub, sub).map(([a, b]) => `atan2(${a}, 2+(${b})^2)`),
  fc.tuple(sub, sub).map(([a, b]) => `(2+cos(${a}))^(sin(${b}))`),
];

/**
 * Smooth formulas: every function is differentiable wherever it is finite, so central differences
 * are a fair referee. Names that share prefixes (log/log10/ln, sin/sinh/asin, tan/tanh/atan,
 * cos/cosh/acos) all appear; log(x) and log10(y) are undefined on half the plane. Values may grow
 * large (sinh, cosh, fourth powers, exp).
 */
export const { expr: smoothFormula } = fc.letrec<{ expr: string }>((tie) => {
  const sub = tie('expr');
  return {
    expr: fc.oneof(
      { maxDepth: 4, depthSize: 'small' },
      ...shared(sub),
      fc.tuple(leaf, fc.constantFrom('+', '-', '*', '^'), leaf).map(([a, op, b]) => `${a}${op}${b}`),
      fc.tuple(sub, fc.integer({ min: 0, max: 4 })).map(([a, k]) => `(${a})^${k}`),
      fc.tuple(fc.constantFrom('sinh', 'cosh'), sub).map(([f, a]) => `${f}(${a})`),
      sub.map((a) => `-(${a})`),
      sub.map((a) => `exp((${a})/4)`),
      fc.tuple(sub, sub).map(([a, b]) => `pow(1+(${a})^2, (${b})/3)`),
    ),
  };
});

/** The same family kept moderate (squares at most, sinh, cosh, tan and exp of a tanh), so that long sums of them stay judgeable. */
export const { expr: moderateFormula } = fc.letrec<{ expr: string }>((tie) => {
  const sub = tie('expr');
  return {
    expr: fc.oneof(
      { maxDepth: 4, depthSize: 'small' },
      ...shared(sub),
      fc.tuple(leaf, fc.constantFrom('+', '-', '*'), leaf).map(([a, op, b]) => `${a}${op}${b}`),
      fc.tuple(sub, fc.integer({ min: 0, max: 2 })).map(([a, k]) => `(${a})^${k}`),
      fc.tuple(fc.constantFrom('sinh', 'cosh', 'tan', 'exp'), sub).map(([f, a]) => `${f}(tanh(${a}))`),
    ),
  };
});

// Terms in x and y (constants would fold away), for formulas dense in log, log10 and ln.
const varLeaf = fc.oneof(
  fc.constantFrom('x', 'y', 'x*y'),
  fc.tuple(fc.constantFrom('x', 'y'), fc.constantFrom('+', '*', '-'), fc.integer({ min: 1, max: 9 })).map(([v, op, k]) => `${v}${op}${k}`),
);

/** Dense in log, log10 and ln of terms in x and y: their nodes spread over all node numbers, so that 'log10' of node k meets 'log' of node 10k… in long formulas. */
export const { expr: logFormula } = fc.letrec<{ expr: string }>((tie) => {
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

/**
 * Formulas that are undefined or infinite on parts of the plane, and the shapes a simplifier is
 * tempted to fold there: p − p, 0·q, 0/q, p/p, q^0, division by zero, −0, sqrt and log of
 * negatives, exp overflow.
 */
export const { expr: partialFormula } = fc.letrec<{ expr: string }>((tie) => {
  const sub = tie('expr');
  return {
    expr: fc.oneof(
      { maxDepth: 3, depthSize: 'small' },
      fc.constantFrom('x', 'y', '0', '-0', '1', '-1', '2', '0.5', 'x-1', 'y+1', 'x*y'),
      fc.tuple(sub, fc.constantFrom('+', '-', '*', '/', '^'), sub).map(([a, op, b]) => `(${a})${op}(${b})`),
      sub.map((a) => `(${a})-(${a})`),
      sub.map((a) => `(${a})/(${a})`),
      sub.map((a) => `0*(${a})`),
      sub.map((a) => `(${a})*0`),
      sub.map((a) => `0/(${a})`),
      sub.map((a) => `-(${a})`),
      sub.map((a) => `1/(${a})`),
      fc.tuple(fc.constantFrom('log', 'sqrt', 'exp', 'asin', 'atan', 'sign', 'abs', 'log10', 'tan'), sub).map(([f, a]) => `${f}(${a})`),
      fc.tuple(fc.constantFrom('min', 'max', 'atan2', 'pow'), sub, sub).map(([f, a, b]) => `${f}(${a}, ${b})`),
      fc.tuple(sub, fc.integer({ min: -3, max: 3 })).map(([a, k]) => `(${a})^(${k})`),
    ),
  };
});
