// User-typed surfaces: text → parse tree → shared expression graph → exact derivatives → programs.
// The text is parsed and interpreted, never run as JavaScript.
import { formulaError, type FormulaError } from './error';
import { parseFormula } from './parser';
import { buildFormulaSurface, formulaPrograms, type FormulaPrograms, type FormulaResult } from './surface';
import { astToTex } from './tex';
import type { Domain } from '../types';

export type { FormulaError } from './error';
export { MAX_FORMULA_LENGTH } from './lexer';
export { MAX_DEPTH as MAX_FORMULA_DEPTH } from './parser';

export type { FormulaResult } from './surface';

export const DEFAULT_FORMULA_DOMAIN: Domain = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 };

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
    return buildFormulaSurface(text, parsed.ast, domain);
  } catch {
    return { ok: false, error: formulaError('formula could not be processed', 0, text.length) };
  }
}

export type { FormulaPrograms } from './surface';
export type { Program } from './opcodes';
export * as opcodes from './opcodes';

/** The compiled programs of a formula (f, grad, hess; what its Surface runs), or null if it does not parse or is too large. Pure. */
export function formulaProgramsOf(text: string): FormulaPrograms | null {
  const parsed = parseFormula(text);
  return parsed.ok ? formulaPrograms(parsed.ast) : null;
}
