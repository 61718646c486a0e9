// A parse tree to a Surface: shared expression graph → exact first and second derivatives → programs.
import type { Ast } from './ast';
import { createDifferentiator } from './derivative';
import { formulaError, type FormulaError } from './error';
import { createBatch, createScalar, createScalarInto } from './evaluate';
import { createExprBuilder } from './expr';
import { lowerAst } from './lower';
import { compileProgram } from './program';
import type { Program } from './opcodes';
import { astToTex } from './tex';
import type { Domain, Surface } from '../types';

export type FormulaResult = { ok: true; surface: Surface } | { ok: false; error: FormulaError };

/** Most distinct nodes in f and its first and second derivatives together. */
const MAX_NODES = 50_000;

/** The compiled programs of a formula: f; (fx, fy); (fxx, fxy, fyy); (f, fx, fy) for batches. */
export interface FormulaPrograms {
  readonly f: Program;
  readonly grad: Program;
  readonly hess: Program;
  readonly batch: Program;
}

/** The programs of a parsed formula with its exact derivatives, or null when they outgrow the node limit. Pure. */
export function formulaPrograms(ast: Ast): FormulaPrograms | null {
  const b = createExprBuilder(MAX_NODES);
  // f keeps the tree's values (NaN, ±∞, −0) exactly; its derivatives drop terms that are structurally zero.
  const d = createDifferentiator(b.algebraic);
  const f = lowerAst(b, ast);
  const fx = d(f, 'x');
  const fy = d(f, 'y');
  const fxx = d(fx, 'x');
  const fxy = d(fx, 'y');
  const fyy = d(fy, 'y');
  if (b.overflowed()) return null;
  return {
    f: compileProgram([f]), grad: compileProgram([fx, fy]), hess: compileProgram([fxx, fxy, fyy]), batch: compileProgram([f, fx, fy]),
  };
}

/**
 * The Surface of a parsed formula (id 'formula', name 'Custom formula', TeX from the tree, axes x and
 * y, no critical points) with exact f, grad, hess and evalMany, or an error if the derivatives
 * outgrow the node limit. text is only for the error's span. Pure; may throw on internal faults.
 */
export function buildFormulaSurface(text: string, ast: Ast, domain: Domain): FormulaResult {
  const p = formulaPrograms(ast);
  if (p === null) {
    return { ok: false, error: formulaError('formula is too complex to differentiate', 0, text.length) };
  }
  const surface: Surface = {
    id: 'formula',
    name: 'Custom formula',
    tex: `f(x,y)=${astToTex(ast)}`,
    axes: ['x', 'y'],
    domain,
    critical: [],
    f: createScalar(p.f),
    grad: createScalarInto(p.grad),
    hess: createScalarInto(p.hess),
    evalMany: createBatch(p.batch),
  };
  return { ok: true, surface };
}
