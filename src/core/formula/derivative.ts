// Symbolic differentiation of expression graphs. Each node is differentiated once per variable
// (memoised), so the derivative graph grows linearly with the formula.
import type { Expr, ExprFolds } from './expr';

/** ∂e/∂v for v = 'x' or 'y', remembered across calls. */
export type Differentiate = (e: Expr, v: 'x' | 'y') => Expr;

/**
 * A differentiator building into b (a builder's `algebraic` folds: a zero derivative drops its term). Subgradients where f has a kink: abs'(0) = 0, sign' = 0,
 * min/max follow the branch they pick (either one on a tie). Mutates only b and its memo.
 */
export function createDifferentiator(b: ExprFolds): Differentiate {
  const memo = { x: new Map<Expr, Expr>(), y: new Map<Expr, Expr>() };
  const zero = b.num(0);
  const one = b.num(1);

  const d: Differentiate = (e, v) => {
    const known = memo[v].get(e);
    if (known !== undefined) return known;
    const result = rule(e, v);
    memo[v].set(e, result);
    return result;
  };

  const rule = (e: Expr, v: 'x' | 'y'): Expr => {
    const u = e.args[0] ?? zero;
    const w = e.args[1] ?? zero;
    const du = (): Expr => d(u, v);
    const dw = (): Expr => d(w, v);
    switch (e.op) {
      case 'num': return zero;
      case 'x': return v === 'x' ? one : zero;
      case 'y': return v === 'y' ? one : zero;
      case 'add': return b.add(du(), dw());
      case 'sub': return b.sub(du(), dw());
      case 'neg': return b.neg(du());
      // (uw)' = u'w + uw'
      case 'mul': return b.add(b.mul(du(), w), b.mul(u, dw()));
      // (u/w)' = u'/w − u·w'/w²
      case 'div': {
        const dwv = dw();
        const first = b.div(du(), w);
        return dwv === zero ? first : b.sub(first, b.div(b.mul(u, dwv), b.pow(w, b.num(2))));
      }
      case 'pow': return powRule(e, u, w, du, dw);
      case 'sin': return b.mul(b.unary('cos', u), du());
      case 'cos': return b.neg(b.mul(b.unary('sin', u), du()));
      // tan' = 1 + tan², sharing the tan node with f
      case 'tan': return b.mul(b.add(one, b.pow(e, b.num(2))), du());
      case 'asin': return b.div(du(), b.unary('sqrt', b.sub(one, b.pow(u, b.num(2)))));
      case 'acos': return b.neg(b.div(du(), b.unary('sqrt', b.sub(one, b.pow(u, b.num(2))))));
      case 'atan': return b.div(du(), b.add(one, b.pow(u, b.num(2))));
      case 'sinh': return b.mul(b.unary('cosh', u), du());
      case 'cosh': return b.mul(b.unary('sinh', u), du());
      case 'tanh': return b.mul(b.sub(one, b.pow(e, b.num(2))), du());
      case 'exp': return b.mul(e, du());
      case 'log': return b.div(du(), u);
      case 'log10': return b.div(du(), b.mul(b.num(Math.LN10), u));
      // sqrt' = u'/(2√u), sharing the sqrt node with f
      case 'sqrt': return b.div(du(), b.mul(b.num(2), e));
      case 'abs': return b.mul(b.unary('sign', u), du());
      case 'sign': return zero;
      case 'min': return b.sel(u, w, du(), dw());
      case 'max': return b.sel(w, u, du(), dw());
      // atan2(u, w)' = (w·u' − u·w')/(u² + w²)
      case 'atan2': {
        const r2 = b.add(b.pow(u, b.num(2)), b.pow(w, b.num(2)));
        return b.div(b.sub(b.mul(w, du()), b.mul(u, dw())), r2);
      }
      case 'sel': return b.sel(u, w, d(e.args[2] ?? zero, v), d(e.args[3] ?? zero, v));
      default: return unreachable(e.op);
    }
  };

  // (u^c)' = c·u^(c−1)·u';  (c^w)' = c^w·ln c·w';  (u^w)' = u^w·(w'·ln u + w·u'/u)
  const powRule = (e: Expr, u: Expr, w: Expr, du: () => Expr, dw: () => Expr): Expr => {
    if (w.op === 'num') return b.mul(b.mul(w, b.pow(u, b.num(w.value - 1))), du());
    // 0^w is flat wherever it is differentiable (0 for w > 0); c^w·ln c would give 0·(−∞) = NaN.
    if (u.op === 'num' && u.value === 0) return zero;
    if (u.op === 'num') return b.mul(b.mul(e, b.num(Math.log(u.value))), dw());
    const dwv = dw();
    const duv = du();
    const viaExponent = b.mul(dwv, b.unary('log', u));
    const viaBase = b.div(b.mul(w, duv), u);
    return b.mul(e, b.add(viaExponent, viaBase));
  };

  return d;
}

function unreachable(x: never): never {
  throw new Error(`unreachable: ${String(x)}`);
}
