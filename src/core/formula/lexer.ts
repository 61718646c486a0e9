// Splits formula text into tokens. One pass over the text, no regular expressions, no backtracking.
import { formulaError, type FormulaError } from './error';

/** The longest formula accepted, in characters: keeps hostile links cheap to reject. */
export const MAX_FORMULA_LENGTH = 500;

export type TokenKind = 'num' | 'name' | 'end' | '+' | '-' | '*' | '/' | '^' | '(' | ')' | ',';

/** A token; start is a 0-based offset into the text, text the characters as typed. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  /** The number's value for kind 'num', else 0. */
  readonly value: number;
}

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: FormulaError };

// '−' (U+2212), '×' and '·' arrive when formulas are pasted from web pages.
const SYMBOLS = new Map<string, TokenKind>([
  ['+', '+'], ['-', '-'], ['\u2212', '-'], ['*', '*'], ['\u00d7', '*'], ['\u00b7', '*'],
  ['/', '/'], ['^', '^'], ['(', '('], [')', ')'], [',', ','],
]);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** Tokenizes text, ending with an 'end' token; rejects text over maxLength and malformed numbers. Pure. */
export function tokenize(text: string, maxLength = MAX_FORMULA_LENGTH): LexResult {
  if (text.length > maxLength) {
    const message = `formula is too long: ${text.length} characters, at most ${maxLength}`;
    return { ok: false, error: formulaError(message, maxLength, text.length - maxLength) };
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (isDigit(c) || c === 46) {
      const lexed = lexNumber(text, i);
      if ('message' in lexed) return { ok: false, error: lexed };
      tokens.push(lexed);
      i += lexed.text.length;
      continue;
    }
    if (isLetter(c)) {
      let j = i + 1;
      while (j < text.length && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
      tokens.push({ kind: 'name', text: text.slice(i, j), start: i, value: 0 });
      i = j;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
    const kind = SYMBOLS.get(ch);
    if (kind === undefined) {
      return { ok: false, error: formulaError(`unexpected character '${ch}' at column ${i + 1}`, i, ch.length) };
    }
    tokens.push({ kind, text: ch, start: i, value: 0 });
    i += ch.length;
  }
  tokens.push({ kind: 'end', text: '', start: text.length, value: 0 });
  return { ok: true, tokens };
}

// digits [. digits] [(e|E) [+|-] digits]; an 'e' followed by a letter starts a name instead ("2exp(x)").
function lexNumber(text: string, start: number): Token | FormulaError {
  let i = start;
  let digits = 0;
  let dots = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c === 46) dots++;
    else break;
    i++;
  }
  if (digits === 0) return formulaError(`unexpected '.' at column ${start + 1}`, start, i - start);
  let malformed = dots > 1;
  const e = text.charCodeAt(i);
  if ((e === 101 || e === 69) && !isLetter(text.charCodeAt(i + 1))) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    const expStart = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === expStart) malformed = true;
  }
  // Swallow trailing digits and dots so "1.2.3" is reported whole.
  while (i < text.length && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) { i++; malformed = true; }
  const source = text.slice(start, i);
  if (malformed) return formulaError(`number '${source}' is malformed at column ${start + 1}`, start, i - start);
  const value = Number(source);
  if (!Number.isFinite(value)) {
    return formulaError(`number '${source}' is too large at column ${start + 1}`, start, i - start);
  }
  return { kind: 'num', text: source, start, value };
}
