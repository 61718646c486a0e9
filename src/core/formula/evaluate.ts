// Interprets compiled formula programs: one point at a time, or one instruction over a block of points.
import * as op from './opcodes';
import type { Program } from './opcodes';

// Local copies of the opcodes: imported bindings become getter calls under test/SSR transforms,
// which made the switches below several times slower.
const { LIN1, LIN2, PROD, FMA, FMA2, SET, SQ, SQFMA, SQ2, DIV, POW, MIN, MAX, ATAN2 } = op;
const { KDIV, DIVK, POWK, KPOW, MINK, MAXK, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH } = op;
const { TANH, EXP, LOG, LOG10, SQRT, ABS, SIGN, SEL, STRIDE, IMM, SLOT_X, SLOT_Y, SLOT_OUT, FIRST_REGISTER } = op;

/** Runs p once on slots r (r[SLOT_X], r[SLOT_Y] set by the caller; outputs land in r[SLOT_OUT + i]). Mutates r. */
export function runScalar(p: Program, r: Float64Array): void {
  const code = p.code, imm = p.imm, n = p.length * STRIDE;
  for (let q = 0, j = 0; q < n; q += STRIDE, j += IMM) {
    const a = r[code[q + 2]!]!, b = r[code[q + 3]!]!, k1 = imm[j]!;
    let v: number;
    switch (code[q]) {
      case LIN1: v = k1 * a + imm[j + 2]!; break;
      case LIN2: v = k1 * a + imm[j + 1]! * b + imm[j + 2]!; break;
      case PROD: v = k1 * a * b + imm[j + 2]!; break;
      case FMA: v = k1 * a * b + imm[j + 1]! * r[code[q + 4]!]! + imm[j + 2]!; break;
      case FMA2: v = k1 * a * b + imm[j + 1]! * r[code[q + 4]!]! * r[code[q + 5]!]! + imm[j + 2]!; break;
      case SET: v = imm[j + 2]!; break;
      case SQ: v = k1 * a * a + imm[j + 2]!; break;
      case SQFMA: v = k1 * a * a + imm[j + 1]! * r[code[q + 4]!]! + imm[j + 2]!; break;
      case SQ2: { const c = r[code[q + 4]!]!; v = k1 * a * a + imm[j + 1]! * c * c + imm[j + 2]!; break; }
      case DIV: v = a / b; break;
      case POW: v = Math.pow(a, b); break;
      case MIN: v = Math.min(a, b); break;
      case MAX: v = Math.max(a, b); break;
      case ATAN2: v = Math.atan2(a, b); break;
      case KDIV: v = k1 / a; break;
      case DIVK: v = a / k1; break;
      case POWK: v = Math.pow(a, k1); break;
      case KPOW: v = Math.pow(k1, a); break;
      case MINK: v = Math.min(a, k1); break;
      case MAXK: v = Math.max(a, k1); break;
      case SIN: v = Math.sin(a); break;
      case COS: v = Math.cos(a); break;
      case TAN: v = Math.tan(a); break;
      case ASIN: v = Math.asin(a); break;
      case ACOS: v = Math.acos(a); break;
      case ATAN: v = Math.atan(a); break;
      case SINH: v = Math.sinh(a); break;
      case COSH: v = Math.cosh(a); break;
      case TANH: v = Math.tanh(a); break;
      case EXP: v = Math.exp(a); break;
      case LOG: v = Math.log(a); break;
      case LOG10: v = Math.log10(a); break;
      case SQRT: v = Math.sqrt(a); break;
      case ABS: v = Math.abs(a); break;
      case SIGN: v = Math.sign(a); break;
      case SEL: v = a <= b ? r[code[q + 4]!]! : r[code[q + 5]!]!; break;
      default: v = NaN;
    }
    r[code[q + 1]!] = v;
  }
}

/**
 * Runs p over m points: slot s is the m values mem[s][off[s] …]. Registers share one block array;
 * the input and output slots point straight into the caller's arrays, so nothing is copied. Mutates
 * the arrays behind the destination slots.
 */
export function runBlock(p: Program, mem: readonly Float64Array[], off: Int32Array, m: number): void {
  const code = p.code, imm = p.imm, n = p.length * STRIDE;
  for (let q = 0, j = 0; q < n; q += STRIDE, j += IMM) {
    const sd = code[q + 1]!, sa = code[q + 2]!, sb = code[q + 3]!;
    const D = mem[sd]!, A = mem[sa]!, B = mem[sb]!;
    const d = off[sd]!, a = off[sa]!, b = off[sb]!, end = d + m;
    const k1 = imm[j]!, k2 = imm[j + 1]!, k0 = imm[j + 2]!;
    switch (code[q]) {
      case LIN1: for (let i = 0; i < m; i++) D[d + i] = k1 * A[a + i]! + k0; break;
      case LIN2: for (let i = 0; i < m; i++) D[d + i] = k1 * A[a + i]! + k2 * B[b + i]! + k0; break;
      case PROD: for (let i = 0; i < m; i++) D[d + i] = k1 * A[a + i]! * B[b + i]! + k0; break;
      case FMA: {
        const C = mem[code[q + 4]!]!, c = off[code[q + 4]!]!;
        for (let i = 0; i < m; i++) D[d + i] = k1 * A[a + i]! * B[b + i]! + k2 * C[c + i]! + k0;
        break;
      }
      case FMA2: {
        const C = mem[code[q + 4]!]!, c = off[code[q + 4]!]!, E = mem[code[q + 5]!]!, e = off[code[q + 5]!]!;
        for (let i = 0; i < m; i++) {
          D[d + i] = k1 * A[a + i]! * B[b + i]! + k2 * C[c + i]! * E[e + i]! + k0;
        }
        break;
      }
      case SET: D.fill(k0, d, end); break;
      case SQ: for (let i = 0; i < m; i++) { const v = A[a + i]!; D[d + i] = k1 * v * v + k0; } break;
      case SQFMA: {
        const C = mem[code[q + 4]!]!, c = off[code[q + 4]!]!;
        for (let i = 0; i < m; i++) { const v = A[a + i]!; D[d + i] = k1 * v * v + k2 * C[c + i]! + k0; }
        break;
      }
      case SQ2: {
        const C = mem[code[q + 4]!]!, c = off[code[q + 4]!]!;
        for (let i = 0; i < m; i++) { const v = A[a + i]!, w = C[c + i]!; D[d + i] = k1 * v * v + k2 * w * w + k0; }
        break;
      }
      case DIV: for (let i = 0; i < m; i++) D[d + i] = A[a + i]! / B[b + i]!; break;
      case POW: for (let i = 0; i < m; i++) D[d + i] = Math.pow(A[a + i]!, B[b + i]!); break;
      case MIN: for (let i = 0; i < m; i++) D[d + i] = Math.min(A[a + i]!, B[b + i]!); break;
      case MAX: for (let i = 0; i < m; i++) D[d + i] = Math.max(A[a + i]!, B[b + i]!); break;
      case ATAN2: for (let i = 0; i < m; i++) D[d + i] = Math.atan2(A[a + i]!, B[b + i]!); break;
      case KDIV: for (let i = 0; i < m; i++) D[d + i] = k1 / A[a + i]!; break;
      case DIVK: for (let i = 0; i < m; i++) D[d + i] = A[a + i]! / k1; break;
      case POWK: for (let i = 0; i < m; i++) D[d + i] = Math.pow(A[a + i]!, k1); break;
      case KPOW: for (let i = 0; i < m; i++) D[d + i] = Math.pow(k1, A[a + i]!); break;
      case MINK: for (let i = 0; i < m; i++) D[d + i] = Math.min(A[a + i]!, k1); break;
      case MAXK: for (let i = 0; i < m; i++) D[d + i] = Math.max(A[a + i]!, k1); break;
      case SIN: for (let i = 0; i < m; i++) D[d + i] = Math.sin(A[a + i]!); break;
      case COS: for (let i = 0; i < m; i++) D[d + i] = Math.cos(A[a + i]!); break;
      case TAN: for (let i = 0; i < m; i++) D[d + i] = Math.tan(A[a + i]!); break;
      case ASIN: for (let i = 0; i < m; i++) D[d + i] = Math.asin(A[a + i]!); break;
      case ACOS: for (let i = 0; i < m; i++) D[d + i] = Math.acos(A[a + i]!); break;
      case ATAN: for (let i = 0; i < m; i++) D[d + i] = Math.atan(A[a + i]!); break;
      case SINH: for (let i = 0; i < m; i++) D[d + i] = Math.sinh(A[a + i]!); break;
      case COSH: for (let i = 0; i < m; i++) D[d + i] = Math.cosh(A[a + i]!); break;
      case TANH: for (let i = 0; i < m; i++) D[d + i] = Math.tanh(A[a + i]!); break;
      case EXP: for (let i = 0; i < m; i++) D[d + i] = Math.exp(A[a + i]!); break;
      case LOG: for (let i = 0; i < m; i++) D[d + i] = Math.log(A[a + i]!); break;
      case LOG10: for (let i = 0; i < m; i++) D[d + i] = Math.log10(A[a + i]!); break;
      case SQRT: for (let i = 0; i < m; i++) D[d + i] = Math.sqrt(A[a + i]!); break;
      case ABS: for (let i = 0; i < m; i++) D[d + i] = Math.abs(A[a + i]!); break;
      case SIGN: for (let i = 0; i < m; i++) D[d + i] = Math.sign(A[a + i]!); break;
      case SEL: {
        const C = mem[code[q + 4]!]!, c = off[code[q + 4]!]!, E = mem[code[q + 5]!]!, e = off[code[q + 5]!]!;
        for (let i = 0; i < m; i++) {
          D[d + i] = A[a + i]! <= B[b + i]! ? C[c + i]! : E[e + i]!;
        }
        break;
      }
      default: D.fill(NaN, d, end);
    }
  }
}

/** Points per block in batch evaluation: big enough to amortise dispatch, small enough for L1. */
export const BLOCK = 512;

/** f(x, y) for a one-output program. The returned function mutates only its private slots. */
export function createScalar(p: Program): (x: number, y: number) => number {
  const r = scalarSlots(p);
  return (x, y) => {
    r[SLOT_X] = x;
    r[SLOT_Y] = y;
    runScalar(p, r);
    return r[SLOT_OUT]!;
  };
}

/** Writes the program's outputs at (x, y) into out[0…]. The returned function mutates out and its private slots. */
export function createScalarInto(p: Program): (x: number, y: number, out: Float64Array) => void {
  const r = scalarSlots(p);
  const count = p.outputs;
  return (x, y, out) => {
    r[SLOT_X] = x;
    r[SLOT_Y] = y;
    runScalar(p, r);
    for (let i = 0; i < count; i++) out[i] = r[SLOT_OUT + i]!;
  };
}

export type BatchEvaluator = (
  xs: Float64Array, ys: Float64Array, n: number, o0: Float64Array, o1: Float64Array, o2: Float64Array,
) => void;

/**
 * For a three-output program: for i < n writes the outputs at (xs[i], ys[i]) into o0[i], o1[i], o2[i].
 * Outputs must not alias the inputs. The returned function mutates only the outputs and its private block.
 */
export function createBatch(p: Program, size = BLOCK): BatchEvaluator {
  const block = new Float64Array(Math.max(1, p.slots - FIRST_REGISTER) * size);
  for (const c of p.constants) {
    const at = (c.slot - FIRST_REGISTER) * size;
    block.fill(c.value, at, at + size);
  }
  const mem: Float64Array[] = new Array<Float64Array>(p.slots).fill(block);
  const off = new Int32Array(p.slots);
  for (let s = FIRST_REGISTER; s < p.slots; s++) off[s] = (s - FIRST_REGISTER) * size;
  return (xs, ys, n, o0, o1, o2) => {
    mem[SLOT_X] = xs;
    mem[SLOT_Y] = ys;
    mem[SLOT_OUT] = o0;
    mem[SLOT_OUT + 1] = o1;
    mem[SLOT_OUT + 2] = o2;
    for (let start = 0; start < n; start += size) {
      for (let s = 0; s < FIRST_REGISTER; s++) off[s] = start;
      runBlock(p, mem, off, Math.min(size, n - start));
    }
    // Drop the caller's arrays so the evaluator does not keep them alive.
    for (let s = 0; s < FIRST_REGISTER; s++) mem[s] = block;
  };
}

function scalarSlots(p: Program): Float64Array {
  const r = new Float64Array(p.slots);
  for (const c of p.constants) r[c.slot] = c.value;
  return r;
}
