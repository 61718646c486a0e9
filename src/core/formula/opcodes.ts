// The instruction set of compiled formula programs, shared by the compiler (program.ts) and the
// interpreter (evaluate.ts) so that neither imports the other.

/** A straight-line program over slots; after a run, output i is in slot SLOT_OUT + i. */
export interface Program {
  readonly code: Int32Array;
  readonly imm: Float64Array;
  readonly length: number;
  /** Slots in all: inputs, outputs, constants, registers. */
  readonly slots: number;
  /** Slots holding a fixed value, written once when an evaluator is set up. */
  readonly constants: readonly { readonly slot: number; readonly value: number }[];
  readonly outputs: number;
}

// Fused arithmetic: k1, k2, k0 are the instruction's immediates.
/** d = k1·a + k0 */ export const LIN1 = 0;
/** d = k1·a + k2·b + k0 */ export const LIN2 = 1;
/** d = k1·a·b + k0 */ export const PROD = 2;
/** d = k1·a·b + k2·c + k0 */ export const FMA = 3;
/** d = k1·a·b + k2·c·e + k0 */ export const FMA2 = 4;
/** d = k0 */ export const SET = 5;
// The same with a = b (and c = e): one load fewer per square.
/** d = k1·a² + k0 */ export const SQ = 33;
/** d = k1·a² + k2·c + k0 */ export const SQFMA = 34;
/** d = k1·a² + k2·c² + k0 */ export const SQ2 = 35;
export const DIV = 6, POW = 7, MIN = 8, MAX = 9, ATAN2 = 10;
// A constant operand in k1: KDIV is k1/a, DIVK is a/k1, POWK a^k1, KPOW k1^a.
export const KDIV = 11, DIVK = 12, POWK = 13, KPOW = 14, MINK = 15, MAXK = 16;
export const SIN = 17, COS = 18, TAN = 19, ASIN = 20, ACOS = 21, ATAN = 22, SINH = 23, COSH = 24;
export const TANH = 25, EXP = 26, LOG = 27, LOG10 = 28, SQRT = 29, ABS = 30, SIGN = 31;
/** d = a <= b ? c : e */ export const SEL = 32;

/** Words per instruction in Program.code (op, d, a, b, c, e) and immediates per instruction (k1, k2, k0). */
export const STRIDE = 6, IMM = 3;
/** Fixed slots: the inputs, then up to three outputs, then registers. */
export const SLOT_X = 0, SLOT_Y = 1, SLOT_OUT = 2, FIRST_REGISTER = 5;
