// Hash-consed expression graphs with simplifying constructors. Equal subexpressions are one node,
// so derivatives share work (common subexpressions) and stay linear in size instead of exploding.
import type { UnaryFn } from './ast';

export type ExprOp =
  | 'num' | 'x' | 'y' | 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'neg'
  | 'min' | 'max' | 'atan2' | 'sel' | UnaryFn;

/** A node; 'sel' is args[0] <= args[1] ? args[2] : args[3]. Identical nodes are the same object. */
export interface Expr {
  readonly id: number;
  readonly op: ExprOp;
  readonly args: readonly Expr[];
  /** The value of a 'num', else NaN. */
  readonly value: number;
}

/** One way of folding while building: the nodes are shared, what each constructor simplifies differs. */
export interface ExprFolds {
  readonly x: Expr;
  readonly y: Expr;
  overflowed(): boolean;
  num(v: number): Expr;
  add(a: Expr, b: Expr): Expr;
  sub(a: Expr, b: Expr): Expr;
  mul(a: Expr, b: Expr): Expr;
  div(a: Expr, b: Expr): Expr;
  pow(a: Expr, b: Expr): Expr;
  neg(a: Expr): Expr;
  unary(fn: UnaryFn, a: Expr): Expr;
  min(a: Expr, b: Expr): Expr;
  max(a: Expr, b: Expr): Expr;
  atan2(a: Expr, b: Expr): Expr;
  sel(p: Expr, q: Expr, then: Expr, otherwise: Expr): Expr;
}

/**
 * Builds simplified, shared nodes. Past `limit` nodes every new node becomes NaN and `overflowed` is set.
 * Its own folds keep the value of the formula as written wherever it is defined and where it is not:
 * NaN, ±∞ and −0 stay as IEEE arithmetic gives them (p − p, 0·q, 0/q, p/p stay unfolded).
 */
export interface ExprBuilder extends ExprFolds {
  /**
   * The same graph with the algebraic folds too (0·q → 0, p − p → 0, p/p → 1, 0/q → 0, −(a − b) → b − a,
   * w^m·w^n → w^(m+n)): for derivative terms, where a structural zero means the term is absent.
   */
  readonly algebraic: ExprFolds;
}

// The Math function behind each unary name, for folding constants.
const UNARY_MATH: Record<UnaryFn, (v: number) => number> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan,
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, exp: Math.exp, log: Math.log, log10: Math.log10,
  sqrt: Math.sqrt, abs: Math.abs, sign: Math.sign,
};

const isNum = (e: Expr): boolean => e.op === 'num';
const isInt = (e: Expr): boolean => e.op === 'num' && Number.isInteger(e.value);
/** e is the constant v; 0 matches both zeros. */
const is = (e: Expr, v: number): boolean => e.op === 'num' && e.value === v;
/** e is the constant −0 (or +0): x + (−0) = x and x − (+0) = x for every x, −0 and NaN included. */
const isMinusZero = (e: Expr): boolean => e.op === 'num' && Object.is(e.value, -0);
const isPlusZero = (e: Expr): boolean => e.op === 'num' && Object.is(e.value, 0);
// A constant product folded into one coefficient must not underflow to 0 or overflow to ∞ (0·∞ is NaN, c·(d·∞) is not).
const isNormal = (v: number): boolean => Number.isFinite(v) && Math.abs(v) >= 2.2250738585072014e-308;

/** A fresh builder holding at most `limit` distinct nodes. Mutates only itself. */
export function createExprBuilder(limit = 50_000): ExprBuilder {
  const table = new Map<string, Expr>();
  let count = 0;
  let over = false;

  const intern = (op: ExprOp, args: readonly Expr[], value = NaN): Expr => {
    // "op(id,id)": the brackets end the name, so log10 of node 2 and log of node 102 differ; −0 is not 0.
    const key = op === 'num' ? `num(${Object.is(value, -0) ? '-0' : value})` : `${op}(${args.map((a) => a.id).join(',')})`;
    const found = table.get(key);
    if (found !== undefined) return found;
    if (count >= limit) { over = true; return nan; }
    const e: Expr = { id: count++, op, args, value };
    table.set(key, e);
    return e;
  };
  const nan = intern('num', [], NaN);
  const num = (v: number): Expr => intern('num', [], v);
  const graph = { x: intern('x', []), y: intern('y', []), overflowed: () => over, num, intern };
  const algebraic = createFolds(graph, false);
  return { ...createFolds(graph, true), algebraic };
}

interface Graph {
  readonly x: Expr;
  readonly y: Expr;
  overflowed(): boolean;
  num(v: number): Expr;
  intern(op: ExprOp, args: readonly Expr[]): Expr;
}

/** The constructors over graph g: `exact` keeps IEEE values everywhere, otherwise algebraic folds too. */
function createFolds(g: Graph, exact: boolean): ExprFolds {
  const { num, intern } = g;
  // Commutative operands in a fixed order so a*b and b*a are one node; constants first.
  const ordered = (a: Expr, b: Expr): [Expr, Expr] => (isNum(b) || (!isNum(a) && b.id < a.id) ? [b, a] : [a, b]);
  const powOf = (e: Expr): [Expr, number] => (e.op === 'pow' && isInt(e.args[1]!) ? [e.args[0]!, e.args[1]!.value] : [e, 1]);

  const b: ExprFolds = {
    x: g.x,
    y: g.y,
    overflowed: g.overflowed,
    num,
    add(p, q) {
      if (isNum(p) && isNum(q)) return num(p.value + q.value);
      // +0 + q is +0 for q = −0, so exactly only −0 vanishes.
      if (exact ? isMinusZero(p) : is(p, 0)) return q;
      if (exact ? isMinusZero(q) : is(q, 0)) return p;
      if (p.op === 'neg') return b.sub(q, p.args[0]!);
      if (q.op === 'neg') return b.sub(p, q.args[0]!);
      if (p === q) return b.mul(num(2), p);
      const [u, v] = ordered(p, q);
      if (isNum(u) && v.op === 'add' && isNum(v.args[0]!)) return b.add(num(u.value + v.args[0]!.value), v.args[1]!);
      return intern('add', [u, v]);
    },
    sub(p, q) {
      if (isNum(p) && isNum(q)) return num(p.value - q.value);
      if (exact ? isPlusZero(q) : is(q, 0)) return p;
      if (exact ? isMinusZero(p) : is(p, 0)) return b.neg(q);
      // ∞ − ∞ and NaN − NaN are NaN, not 0.
      if (!exact && p === q) return num(0);
      if (isNum(q)) return b.add(num(-q.value), p);
      if (q.op === 'neg') return b.add(p, q.args[0]!);
      return intern('sub', [p, q]);
    },
    mul(p, q) {
      if (isNum(p) && isNum(q)) return num(p.value * q.value);
      // 0·∞ and 0·NaN are NaN, and 0·(−3) is −0.
      if (!exact && (is(p, 0) || is(q, 0))) return num(0);
      if (is(p, 1)) return q;
      if (is(q, 1)) return p;
      if (is(p, -1)) return b.neg(q);
      if (is(q, -1)) return b.neg(p);
      if (p.op === 'neg') return b.neg(b.mul(p.args[0]!, q));
      if (q.op === 'neg') return b.neg(b.mul(p, q.args[0]!));
      const [u, v] = ordered(p, q);
      if (isNum(u)) {
        // c·(d·w) → (cd)·w
        if (v.op === 'mul' && isNum(v.args[0]!) && isNormal(u.value * v.args[0]!.value)) return b.mul(num(u.value * v.args[0]!.value), v.args[1]!);
        return intern('mul', [u, v]);
      }
      // Pull constants to the front: u·(c·w) → c·(u·w).
      if (v.op === 'mul' && isNum(v.args[0]!)) return b.mul(v.args[0]!, b.mul(u, v.args[1]!));
      if (u.op === 'mul' && isNum(u.args[0]!)) return b.mul(u.args[0]!, b.mul(u.args[1]!, v));
      // w^m · w^n → w^(m+n) for integers m, n; exactly only for m, n of one sign (w^−1·w is NaN at w = 0, w^0 is 1).
      const [bu, eu] = powOf(u);
      const [bv, ev] = powOf(v);
      if (bu === bv && (!exact || eu * ev > 0)) return b.pow(bu, num(eu + ev));
      return intern('mul', [u, v]);
    },
    div(p, q) {
      if (isNum(p) && isNum(q)) return num(p.value / q.value);
      // 0/0 and NaN/NaN are NaN, not 0 or 1.
      if (!exact && is(p, 0)) return num(0);
      if (is(q, 1)) return p;
      if (is(q, -1)) return b.neg(p);
      if (!exact && p === q) return num(1);
      if (p.op === 'neg') return b.neg(b.div(p.args[0]!, q));
      if (q.op === 'neg') return b.neg(b.div(p, q.args[0]!));
      // (c·w)/v → c·(w/v)
      if (p.op === 'mul' && isNum(p.args[0]!)) return b.mul(p.args[0]!, b.div(p.args[1]!, q));
      return intern('div', [p, q]);
    },
    pow(p, q) {
      if (isNum(p) && isNum(q)) return num(Math.pow(p.value, q.value));
      // Math.pow(anything, ±0) is 1, NaN included.
      if (is(q, 0)) return num(1);
      if (is(q, 1)) return p;
      // (w^m)^n → w^(mn) for integers m, n.
      if (p.op === 'pow' && isInt(p.args[1]!) && isInt(q)) return b.pow(p.args[0]!, num(p.args[1]!.value * q.value));
      return intern('pow', [p, q]);
    },
    neg(p) {
      if (isNum(p)) return num(-p.value);
      if (p.op === 'neg') return p.args[0]!;
      // −(a − a) is −0, a − a is +0.
      if (!exact && p.op === 'sub') return b.sub(p.args[1]!, p.args[0]!);
      if (p.op === 'mul' && isNum(p.args[0]!)) return b.mul(num(-p.args[0]!.value), p.args[1]!);
      return intern('neg', [p]);
    },
    unary(fn, p) {
      if (isNum(p)) return num(UNARY_MATH[fn](p.value));
      if (fn === 'sign' && p.op === 'sign') return p;
      return intern(fn, [p]);
    },
    min(p, q) {
      if (isNum(p) && isNum(q)) return num(Math.min(p.value, q.value));
      return p === q ? p : intern('min', ordered(p, q));
    },
    max(p, q) {
      if (isNum(p) && isNum(q)) return num(Math.max(p.value, q.value));
      return p === q ? p : intern('max', ordered(p, q));
    },
    atan2(p, q) {
      if (isNum(p) && isNum(q)) return num(Math.atan2(p.value, q.value));
      return intern('atan2', [p, q]);
    },
    sel(p, q, then, otherwise) {
      if (then === otherwise) return then;
      if (isNum(p) && isNum(q)) return p.value <= q.value ? then : otherwise;
      return intern('sel', [p, q, then, otherwise]);
    },
  };
  return b;
}
