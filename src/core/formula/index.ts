// User-typed surfaces: text → parse tree → shared expression graph → exact derivatives → programs.
// The text is parsed and interpreted, never run as JavaScript.
import type { Ast } from './ast';
import { createDifferentiator } from './derivative';
import { formulaError, type FormulaError } from './error';
import { createBatch, createScalar, createScalarInto } from './evaluate';
import { createExprBuilder } from './expr';
import { lowerAst } from './lower';
import { parseFormula } from './parser';
import { compileProgram } from './program';
import { astToTex } from './tex';
import type { Domain, Surface } from '../types';

export type { FormulaError } from './error';
export { MAX_FORMULA_LENGTH } from './lexer';
export { MAX_DEPTH as MAX_FORMULA_DEPTH } from './parser';

export type FormulaResult = { ok: true; surface: Surface } | { ok: false; error: FormulaError };

export const DEFAULT_FORMULA_DOMAIN: Domain = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };

/** Most distinct nodes in f and its first and second derivatives together. */
const MAX_NODES = 50_000;

/** The first problem with text (syntax, names, arity, length, nesting), or null. Cheap: parses only. Pure. */
export function checkFormula(text: string): FormulaError | null {
  const parsed = parseFormula(text);
  return parsed.ok ? null : parsed.error;
}

/** The TeX of a formula (without "f(x,y)="), or null if it does not parse. Pure. */
export function formulaToTex(text: string): string | null {
  const parsed = parseFormula(text);
  return parsed.ok ? astToTex(parsed.ast) : null;
}

/**
 * Parses text and returns a Surface (id 'formula', name 'Custom formula', TeX from the parse tree,
 * axes x and y, no known critical points, domain as given or [-5, 5]²) with exact f, grad, hess and
 * evalMany. Never throws. Pure; the surface's functions mutate only their outputs and private scratch.
 */
export function createFormulaSurface(text: string, domain: Domain = DEFAULT_FORMULA_DOMAIN): FormulaResult {
  const parsed = parseFormula(text);
  if (!parsed.ok) return parsed;
  try {
    return build(text, parsed.ast, domain);
  } catch {
    return { ok: false, error: formulaError('formula could not be processed', 0, text.length) };
  }
}

function build(text: string, ast: Ast, domain: Domain): FormulaResult {
  const b = createExprBuilder(MAX_NODES);
  const d = createDifferentiator(b);
  const f = lowerAst(b, ast);
  const fx = d(f, 'x');
  const fy = d(f, 'y');
  const fxx = d(fx, 'x');
  const fxy = d(fx, 'y');
  const fyy = d(fy, 'y');
  if (b.overflowed()) {
    return { ok: false, error: formulaError('formula is too complex to differentiate', 0, text.length) };
  }
  const surface: Surface = {
    id: 'formula',
    name: 'Custom formula',
    tex: `f(x,y)=${astToTex(ast)}`,
    axes: ['x', 'y'],
    domain,
    critical: [],
    f: createScalar(compileProgram([f])),
    grad: createScalarInto(compileProgram([fx, fy])),
    hess: createScalarInto(compileProgram([fxx, fxy, fyy])),
    evalMany: createBatch(compileProgram([f, fx, fy])),
  };
  return { ok: true, surface };
}
