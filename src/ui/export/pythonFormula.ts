// A typed formula as Python: its compiled programs (f, the exact gradient, the exact Hessian; see
// program.ts) written out instruction by instruction, so Python evaluates the same operations in the same
// order as evaluate.ts. Only numbers and a fixed set of helper names are emitted: no text of the formula.
import { formulaProgramsOf, opcodes, type Program } from '../../core/formula';

const {
  ABS, ACOS, ASIN, ATAN, ATAN2, COS, COSH, DIV, DIVK, EXP, FMA, FMA2, IMM, KDIV, KPOW, LIN1, LIN2, LOG, LOG10, MAX,
  MAXK, MIN, MINK, POW, POWK, PROD, SEL, SET, SIGN, SIN, SINH, SLOT_OUT, SLOT_X, SLOT_Y, SQ, SQ2, SQFMA, SQRT,
  STRIDE, TAN, TANH,
} = opcodes;

/** A double as a Python float expression that reads back as the same double (NaN, ±∞ and −0 included). Pure. */
export function pythonFloat(v: number): string {
  if (Number.isNaN(v)) return '_NAN';
  if (v === Infinity) return '_INF';
  if (v === -Infinity) return '(-_INF)';
  if (Object.is(v, -0)) return '(-0.0)';
  // JavaScript's shortest round-trip text is valid Python once it has a point or an exponent.
  const s = String(v);
  const text = /[.e]/.test(s) ? s : `${s}.0`;
  return v < 0 ? `(${text})` : text;
}

// The helper (defined by the script's preamble) behind each one-operand opcode.
const UNARY: Readonly<Record<number, string>> = {
  [SIN]: '_sin', [COS]: '_cos', [TAN]: '_tan', [ASIN]: '_asin', [ACOS]: '_acos', [ATAN]: '_atan', [SINH]: '_sinh',
  [COSH]: '_cosh', [TANH]: '_tanh', [EXP]: '_exp', [LOG]: '_log', [LOG10]: '_log10', [SQRT]: '_sqrt', [ABS]: '_abs',
  [SIGN]: '_sign',
};

/** One instruction as a Python assignment to its destination slot, as runScalar computes it. Pure. */
function instruction(p: Program, i: number, slot: (s: number) => string): string {
  const q = i * STRIDE, j = i * IMM, c = p.code;
  const op = c[q] as number;
  const d = slot(c[q + 1] as number), a = slot(c[q + 2] as number), b = slot(c[q + 3] as number);
  const e3 = slot(c[q + 4] as number), e4 = slot(c[q + 5] as number);
  const k1 = pythonFloat(p.imm[j] as number), k2 = pythonFloat(p.imm[j + 1] as number), k0 = pythonFloat(p.imm[j + 2] as number);
  const fn = UNARY[op];
  if (fn !== undefined) return `${d} = ${fn}(${a})`;
  switch (op) {
    case LIN1: return `${d} = ${k1} * ${a} + ${k0}`;
    case LIN2: return `${d} = ${k1} * ${a} + ${k2} * ${b} + ${k0}`;
    case PROD: return `${d} = ${k1} * ${a} * ${b} + ${k0}`;
    case FMA: return `${d} = ${k1} * ${a} * ${b} + ${k2} * ${e3} + ${k0}`;
    case FMA2: return `${d} = ${k1} * ${a} * ${b} + ${k2} * ${e3} * ${e4} + ${k0}`;
    case SET: return `${d} = ${k0}`;
    case SQ: return `${d} = ${k1} * ${a} * ${a} + ${k0}`;
    case SQFMA: return `${d} = ${k1} * ${a} * ${a} + ${k2} * ${e3} + ${k0}`;
    case SQ2: return `${d} = ${k1} * ${a} * ${a} + ${k2} * ${e3} * ${e3} + ${k0}`;
    case DIV: return `${d} = _div(${a}, ${b})`;
    case POW: return `${d} = _pow(${a}, ${b})`;
    case MIN: return `${d} = _min(${a}, ${b})`;
    case MAX: return `${d} = _max(${a}, ${b})`;
    case ATAN2: return `${d} = _atan2(${a}, ${b})`;
    case KDIV: return `${d} = _div(${k1}, ${a})`;
    case DIVK: return `${d} = _div(${a}, ${k1})`;
    case POWK: return `${d} = _pow(${a}, ${k1})`;
    case KPOW: return `${d} = _pow(${k1}, ${a})`;
    case MINK: return `${d} = _min(${a}, ${k1})`;
    case MAXK: return `${d} = _max(${a}, ${k1})`;
    case SEL: return `${d} = ${e3} if ${a} <= ${b} else ${e4}`;
    default: return `${d} = _NAN`;
  }
}

/** A program as a Python function of (x, y) returning its outputs (one value, or a tuple). Pure. */
export function programToPython(name: string, p: Program): string {
  const slot = (s: number): string => (s === SLOT_X ? 'x' : s === SLOT_Y ? 'y' : `r${s}`);
  const lines = [`def ${name}(x, y):`];
  for (const c of p.constants) lines.push(`    r${c.slot} = ${pythonFloat(c.value)}`);
  for (let i = 0; i < p.length; i++) lines.push(`    ${instruction(p, i, slot)}`);
  const outs = Array.from({ length: p.outputs }, (_, i) => slot(SLOT_OUT + i));
  // An output no instruction wrote stays 0, as in a fresh slot array.
  for (const o of outs) if (!lines.some((l) => l.startsWith(`    ${o} = `))) lines.splice(1, 0, `    ${o} = 0.0`);
  lines.push(`    return ${outs.length === 1 ? outs[0] : outs.join(', ')}`);
  return lines.join('\n');
}

/** f, grad and hess of a formula as Python functions, or null when it does not parse or is too large. Pure. */
export function formulaToPython(text: string): string | null {
  const p = formulaProgramsOf(text);
  if (p === null) return null;
  return [programToPython('f', p.f), programToPython('grad', p.grad), programToPython('hess', p.hess)].join('\n\n');
}
