// The error shape shared by the formula lexer, parser and public API.

/** Why a formula was rejected; column is 1-based, length in characters (0 for "at the end"). */
export interface FormulaError {
  readonly message: string;
  readonly column: number;
  readonly length: number;
}

/** Builds an error for text starting at 0-based offset start. Pure. */
export function formulaError(message: string, start: number, length: number): FormulaError {
  return { message, column: start + 1, length };
}
