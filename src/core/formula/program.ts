// Compiles expression graphs to a flat program of typed arrays (no code generation). Each distinct
// node is computed once; sums and products of single-use nodes are fused into one instruction
// (d = k1·a·b + k2·c + k0 …), which halves the passes over memory in batch evaluation; registers
// are reused after a value's last use.
import {
  ABS, ACOS, ASIN, ATAN, ATAN2, COS, COSH, DIV, DIVK, EXP, FIRST_REGISTER, FMA, FMA2, IMM, KDIV, KPOW, LIN1,
  LIN2, LOG, LOG10, MAX, MAXK, MIN, MINK, POW, POWK, PROD, SEL, SET, SIGN, SIN, SINH, SLOT_OUT, SLOT_X,
  SLOT_Y, SQ, SQ2, SQFMA, SQRT, STRIDE, TAN, TANH,
} from './opcodes';
import type { Expr, ExprOp } from './expr';
import type { Program } from './opcodes';

const UNARY: Partial<Record<ExprOp, number>> = {
  sin: SIN, cos: COS, tan: TAN, asin: ASIN, acos: ACOS, atan: ATAN, sinh: SINH, cosh: COSH,
  tanh: TANH, exp: EXP, log: LOG, log10: LOG10, sqrt: SQRT, abs: ABS, sign: SIGN,
};

/** Operand counts by opcode: the operands past these are unused. */
const ARITY: Record<number, number> = {
  [SET]: 0, [LIN1]: 1, [LIN2]: 2, [PROD]: 2, [FMA]: 3, [FMA2]: 4, [SQ]: 2, [SQFMA]: 3, [SQ2]: 4, [SEL]: 4,
};
const arity = (op: number): number =>
  ARITY[op] ?? (op === DIV || op === POW || op === MIN || op === MAX || op === ATAN2 ? 2 : 1);

// Operands before allocation: a fixed slot, a constant, or a virtual register.
type Value = { kind: 'slot'; slot: number } | { kind: 'const'; value: number } | { kind: 'reg'; id: number };
const AT_X: Value = { kind: 'slot', slot: SLOT_X };
const AT_Y: Value = { kind: 'slot', slot: SLOT_Y };
interface Instr { op: number; dst: Value; args: Value[]; k1: number; k2: number; k0: number }

// A fused sum: Σ k·a·b over products + Σ k·a over linear terms + c.
interface Form { prods: [Expr, Expr, number][]; lins: [Expr, number][]; c: number }

const isAffine = (e: Expr): boolean =>
  e.op === 'add' || e.op === 'sub' || e.op === 'neg' || e.op === 'mul' ||
  (e.op === 'pow' && e.args[1]?.op === 'num' && e.args[1].value === 2);

/** Compiles up to three roots into one program sharing common subexpressions. Pure. */
export function compileProgram(roots: readonly Expr[]): Program {
  if (roots.length > 3) throw new Error('at most three outputs');
  const uses = countUses(roots);
  const done = new Map<Expr, Value>();
  const out: Instr[] = [];
  // Keyed by text: a Map's number keys would make −0 and 0 one constant.
  const consts = new Map<string, Value>();
  let regs = 0;
  const reg = (): Value => ({ kind: 'reg', id: regs++ });
  const constant = (value: number): Value => {
    const key = Object.is(value, -0) ? '-0' : String(value);
    let v = consts.get(key);
    if (v === undefined) { v = { kind: 'const', value }; consts.set(key, v); }
    return v;
  };
  const emit = (fusedOp: number, dst: Value, args: Value[], k1 = 0, k2 = 0, k0 = 0): Value => {
    const square = args[0] === args[1];
    const op = !square ? fusedOp
      : fusedOp === PROD ? SQ : fusedOp === FMA ? SQFMA : fusedOp === FMA2 && args[2] === args[3] ? SQ2 : fusedOp;
    out.push({ op, dst, args, k1, k2, k0 });
    return dst;
  };

  const value = (e: Expr, dst?: Value): Value => {
    const known = done.get(e);
    if (known !== undefined) return known;
    if (e.op === 'x') return AT_X;
    if (e.op === 'y') return AT_Y;
    if (e.op === 'num') return constant(e.value);
    const v = isAffine(e) ? fused(e, dst ?? reg()) : plain(e, dst ?? reg());
    done.set(e, v);
    return v;
  };

  // Expands single-use sums and products below e into one form, then emits it in as few instructions as fit.
  const fused = (e: Expr, dst: Value): Value => {
    // c starts at −0, the additive identity for every x (x + 0 turns −0 into +0).
    const form: Form = { prods: [], lins: [], c: -0 };
    expand(e, 1, form, true, uses);
    const items: ({ prod: true; a: Value; b: Value; k: number } | { prod: false; a: Value; k: number })[] = [
      ...form.prods.map(([a, b, k]) => ({ prod: true as const, a: value(a), b: value(b), k })),
      ...form.lins.map(([a, k]) => ({ prod: false as const, a: value(a), k })),
    ];
    const [first, second] = items;
    if (first === undefined) return emit(SET, dst, [], 0, 0, form.c);
    let acc: Value = items.length <= 2 ? dst : reg();
    let rest = 1;
    if (first.prod && second?.prod) { emit(FMA2, acc, [first.a, first.b, second.a, second.b], first.k, second.k, form.c); rest = 2; }
    else if (first.prod && second !== undefined && !second.prod) { emit(FMA, acc, [first.a, first.b, second.a], first.k, second.k, form.c); rest = 2; }
    else if (first.prod) emit(PROD, acc, [first.a, first.b], first.k, 0, form.c);
    else if (second !== undefined && !second.prod) { emit(LIN2, acc, [first.a, second.a], first.k, second.k, form.c); rest = 2; }
    else emit(LIN1, acc, [first.a], first.k, 0, form.c);
    for (let i = rest; i < items.length; i++) {
      const item = items[i]!;
      const next = i === items.length - 1 ? dst : reg();
      if (item.prod) emit(FMA, next, [item.a, item.b, acc], item.k, 1, -0);
      else emit(LIN2, next, [item.a, acc], item.k, 1, -0);
      acc = next;
    }
    return acc;
  };

  const plain = (e: Expr, dst: Value): Value => {
    const [p, q] = e.args;
    if (p === undefined) return emit(SET, dst, [], 0, 0, NaN);
    const kp = p.op === 'num';
    const kq = q?.op === 'num';
    const two = (op: number, opK: number, opKSwapped: number): Value => {
      if (q === undefined) return emit(SET, dst, [], 0, 0, NaN);
      if (kq && opK >= 0) return emit(opK, dst, [value(p)], q.value);
      if (kp && opKSwapped >= 0) return emit(opKSwapped, dst, [value(q)], p.value);
      return emit(op, dst, [value(p), value(q)]);
    };
    switch (e.op) {
      case 'div': return two(DIV, DIVK, KDIV);
      case 'pow': return two(POW, POWK, KPOW);
      case 'min': return two(MIN, MINK, MINK);
      case 'max': return two(MAX, MAXK, MAXK);
      case 'atan2': return two(ATAN2, -1, -1);
      case 'sel': return emit(SEL, dst, e.args.map((a) => value(a)));
      default: {
        const op = UNARY[e.op];
        if (op === undefined) throw new Error(`cannot compile '${e.op}'`);
        return emit(op, dst, [value(p)]);
      }
    }
  };

  roots.forEach((root, i) => {
    const slot: Value = { kind: 'slot', slot: SLOT_OUT + i };
    const v = value(root, slot);
    if (v !== slot) {
      if (v.kind === 'const') emit(SET, slot, [], 0, 0, v.value);
      else emit(LIN1, slot, [v], 1, 0, -0);
    }
  });
  return assemble(out, [...consts.values()], roots.length);
}

// Number of parents of each node reachable from roots; roots count one extra so they are never inlined.
function countUses(roots: readonly Expr[]): Map<Expr, number> {
  const uses = new Map<Expr, number>();
  const stack = [...roots];
  for (const r of roots) uses.set(r, (uses.get(r) ?? 0) + 1);
  const seen = new Set<Expr>();
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (seen.has(e)) continue;
    seen.add(e);
    for (const a of e.args) {
      uses.set(a, (uses.get(a) ?? 0) + 1);
      stack.push(a);
    }
  }
  return uses;
}

// Adds s·e to form, opening up e (and, below it, single-use sums and products) when that keeps IEEE
// values: a sum is opened only under a positive finite coefficient (−(a + b) is −0 where −a − b is +0,
// and 0·(a + b) or ∞·(a + b) differ from 0·a + 0·b or ∞·a + ∞·b), and a constant factor only while
// the coefficient neither underflows to 0 nor overflows.
function expand(e: Expr, s: number, form: Form, top: boolean, uses: ReadonlyMap<Expr, number>): void {
  if (e.op === 'num') { form.c += s * e.value; return; }
  const opens = top || (isAffine(e) && uses.get(e) === 1 && ((e.op !== 'add' && e.op !== 'sub') || (s > 0 && s < Infinity)));
  if (!opens) { addLinear(form, e, s); return; }
  const [a, b] = e.args as [Expr, Expr];
  switch (e.op) {
    case 'add': expand(a, s, form, false, uses); expand(b, s, form, false, uses); return;
    case 'sub': expand(a, s, form, false, uses); expand(b, -s, form, false, uses); return;
    case 'neg': expand(a, -s, form, false, uses); return;
    case 'mul': {
      const k = s * a.value;
      if (a.op !== 'num') form.prods.push([a, b, s]);
      else if (Number.isFinite(k) && (k !== 0 || s === 0 || a.value === 0)) expand(b, k, form, false, uses);
      else if (top) form.prods.push([a, b, s]); // c·w as it stands (s is 1 at the top)
      else addLinear(form, e, s);
      return;
    }
    default: form.prods.push([a, a, s]); // w²
  }
}

// Adds s·e; a term that cancels (a − a) makes the sum +0 where the tree's is, never −0.
function addLinear(form: Form, e: Expr, s: number): void {
  const same = form.lins.find(([f]) => f === e);
  if (same === undefined) { form.lins.push([e, s]); return; }
  same[1] += s;
  if (same[1] === 0) form.c += 0;
}

// Allocates slots: inputs and outputs fixed, then constants, then registers reused after their last read.
function assemble(instrs: readonly Instr[], consts: readonly Value[], outputs: number): Program {
  const constSlot = new Map<Value, number>();
  const constants = consts.map((c, i) => {
    const slot = FIRST_REGISTER + i;
    constSlot.set(c, slot);
    return { slot, value: c.kind === 'const' ? c.value : NaN };
  });
  const lastRead = new Map<number, number>();
  instrs.forEach((ins, i) => { for (const a of ins.args) if (a.kind === 'reg') lastRead.set(a.id, i); });
  const slotOf = new Map<number, number>();
  const free: number[] = [];
  let slots = FIRST_REGISTER + constants.length;
  const code = new Int32Array(instrs.length * STRIDE);
  const imm = new Float64Array(instrs.length * IMM);
  const place = (v: Value): number =>
    v.kind === 'slot' ? v.slot : v.kind === 'const' ? constSlot.get(v) ?? SLOT_X : slotOf.get(v.id) ?? SLOT_X;
  instrs.forEach((ins, i) => {
    const at = i * STRIDE;
    code[at] = ins.op;
    for (let j = 0; j < 4; j++) {
      const a = j < arity(ins.op) ? ins.args[j] : undefined;
      code[at + 2 + j] = a === undefined ? SLOT_X : place(a);
    }
    for (const a of new Set(ins.args)) {
      if (a.kind === 'reg' && lastRead.get(a.id) === i) free.push(slotOf.get(a.id) ?? -1);
    }
    if (ins.dst.kind === 'reg') {
      const slot = free.pop() ?? slots++;
      slotOf.set(ins.dst.id, slot);
      if (!lastRead.has(ins.dst.id)) free.push(slot);
    }
    code[at + 1] = place(ins.dst);
    imm.set([ins.k1, ins.k2, ins.k0], i * IMM);
  });
  return { code, imm, length: instrs.length, slots, constants, outputs };
}
