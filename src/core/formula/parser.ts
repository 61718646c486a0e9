// Recursive-descent parser for f(x, y). Depth is capped, so no input can overflow the stack.
//   expr  := term (('+' | '-') term)*
//   term  := unary (('*' | '/') unary | <number> power)*    "2x", "3(x+1)": only right after a number
//   unary := ('-' | '+') unary | power                      so -x^2 = -(x^2)
//   power := atom ('^' unary)?                              right-associative, 2^-1 allowed
//   atom  := number | x | y | pi | e | name '(' expr (',' expr)* ')' | '(' expr ')'
import { CONSTANTS, FUNCTIONS, VARIABLES, type Ast } from './ast';
import { formulaError, type FormulaError } from './error';
import { tokenize, type Token } from './lexer';

/** Most nested brackets, function calls, signs and exponents a formula may stack. */
export const MAX_DEPTH = 64;

export type ParseResult = { ok: true; ast: Ast } | { ok: false; error: FormulaError };

interface State {
  readonly tokens: readonly Token[];
  pos: number;
  depth: number;
}

// Thrown only inside this module and caught by parseFormula.
class ParseFailure {
  constructor(readonly error: FormulaError) {}
}

/**
 * Parses text into a tree, or explains the first problem with its column. maxLength is for tests
 * of long formulas; the app keeps the default. Pure; never throws.
 */
export function parseFormula(text: string, maxLength?: number): ParseResult {
  const lexed = tokenize(text, maxLength);
  if (!lexed.ok) return lexed;
  const tokens = lexed.tokens;
  if (tokens.length === 1) return { ok: false, error: formulaError('empty formula', 0, 0) };
  const s: State = { tokens, pos: 0, depth: 0 };
  try {
    const ast = parseExpr(s);
    const t = peek(s);
    if (t.kind !== 'end') fail(unexpected(t));
    return { ok: true, ast };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}

function peek(s: State): Token {
  return s.tokens[s.pos] ?? s.tokens[s.tokens.length - 1]!;
}

function next(s: State): Token {
  const t = peek(s);
  if (s.pos < s.tokens.length - 1) s.pos++;
  return t;
}

function fail(error: FormulaError): never {
  throw new ParseFailure(error);
}

function unexpected(t: Token): FormulaError {
  if (t.kind === 'end') return formulaError(`unexpected end of formula at column ${t.start + 1}`, t.start, 0);
  return formulaError(`unexpected '${t.text}' at column ${t.start + 1}`, t.start, t.text.length);
}

function enter(s: State, at: Token): void {
  if (++s.depth > MAX_DEPTH) {
    fail(formulaError(`formula is nested too deeply at column ${at.start + 1} (at most ${MAX_DEPTH} levels)`, at.start, at.text.length));
  }
}

function parseExpr(s: State): Ast {
  let left = parseTerm(s);
  for (let t = peek(s); t.kind === '+' || t.kind === '-'; t = peek(s)) {
    next(s);
    left = { kind: 'bin', op: t.kind, left, right: parseTerm(s), implicit: false };
  }
  return left;
}

function parseTerm(s: State): Ast {
  let left = parseUnary(s);
  for (;;) {
    const t = peek(s);
    if (t.kind === '*' || t.kind === '/') {
      next(s);
      left = { kind: 'bin', op: t.kind, left, right: parseUnary(s), implicit: false };
    } else if (t.kind === 'name' || t.kind === '(' || t.kind === 'num') {
      if (t.kind === 'num' || s.tokens[s.pos - 1]?.kind !== 'num') {
        fail(formulaError(`missing operator before '${t.text}' at column ${t.start + 1}`, t.start, t.text.length));
      }
      left = { kind: 'bin', op: '*', left, right: parsePower(s), implicit: true };
    } else {
      return left;
    }
  }
}

function parseUnary(s: State): Ast {
  const t = peek(s);
  if (t.kind !== '-' && t.kind !== '+') return parsePower(s);
  next(s);
  enter(s, t);
  const arg = parseUnary(s);
  s.depth--;
  return t.kind === '-' ? { kind: 'neg', arg } : arg;
}

function parsePower(s: State): Ast {
  const base = parseAtom(s);
  const t = peek(s);
  if (t.kind !== '^') return base;
  next(s);
  enter(s, t);
  const exponent = parseUnary(s);
  s.depth--;
  return { kind: 'bin', op: '^', left: base, right: exponent, implicit: false };
}

function parseAtom(s: State): Ast {
  const t = next(s);
  switch (t.kind) {
    case 'num':
      return { kind: 'num', value: t.value, text: t.text };
    case '(': {
      enter(s, t);
      const inner = parseExpr(s);
      expectClose(s, t);
      s.depth--;
      return inner;
    }
    case 'name':
      return parseName(s, t);
    default:
      return fail(unexpected(t));
  }
}

function parseName(s: State, t: Token): Ast {
  const called = peek(s).kind === '(';
  const variable = VARIABLES.get(t.text);
  const constant = CONSTANTS.get(t.text);
  const fn = FUNCTIONS.get(t.text);
  const at = (message: string): never => fail(formulaError(message, t.start, t.text.length));
  if (variable !== undefined || constant !== undefined) {
    if (called) at(`'${t.text}' is not a function at column ${t.start + 1}: write ${t.text}*(…)`);
    return variable !== undefined ? { kind: 'var', name: variable } : { kind: 'const', name: constant ?? 'pi' };
  }
  if (fn === undefined) {
    const lower = t.text.toLowerCase();
    const hint = lower !== t.text && (FUNCTIONS.has(lower) || VARIABLES.has(lower) || CONSTANTS.has(lower))
      ? ` (names are lowercase: ${lower})` : '';
    if (called) return at(`unknown function '${t.text}' at column ${t.start + 1}${hint}`);
    if (/^[xy]+$/.test(t.text)) return at(`unknown name '${t.text}': write products with '*', as in x*y`);
    return at(`unknown name '${t.text}': use x and y${hint}`);
  }
  if (!called) return at(`'${t.text}' needs brackets at column ${t.start + 1}, as in ${t.text}(x)`);
  const open = next(s);
  enter(s, open);
  const args: Ast[] = [];
  if (peek(s).kind !== ')') {
    args.push(parseExpr(s));
    while (peek(s).kind === ',') {
      next(s);
      args.push(parseExpr(s));
    }
  }
  const close = expectClose(s, open);
  s.depth--;
  if (args.length !== fn.arity) {
    const needs = `${fn.arity} argument${fn.arity === 1 ? '' : 's'}`;
    fail(formulaError(`'${t.text}' needs ${needs}, got ${args.length}`, t.start, close.start + 1 - t.start));
  }
  return { kind: 'call', fn: fn.fn, args };
}

function expectClose(s: State, open: Token): Token {
  const t = peek(s);
  if (t.kind === ')') return next(s);
  if (t.kind === 'end') {
    fail(formulaError(`missing ')' to close '(' at column ${open.start + 1}`, open.start, 1));
  }
  return fail(unexpected(t));
}
