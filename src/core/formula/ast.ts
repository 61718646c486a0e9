// The parse tree of a formula and the names a formula may use.

export type UnaryFn =
  | 'sin' | 'cos' | 'tan' | 'asin' | 'acos' | 'atan' | 'sinh' | 'cosh' | 'tanh'
  | 'exp' | 'log' | 'log10' | 'sqrt' | 'abs' | 'sign';
export type BinaryFn = 'min' | 'max' | 'pow' | 'atan2';
export type FnName = UnaryFn | BinaryFn;

/** A node of the parse tree. Unary plus and parentheses leave no node. */
export type Ast =
  | { readonly kind: 'num'; readonly value: number; readonly text: string }
  | { readonly kind: 'var'; readonly name: 'x' | 'y' }
  | { readonly kind: 'const'; readonly name: 'pi' | 'e' }
  | { readonly kind: 'neg'; readonly arg: Ast }
  | {
    readonly kind: 'bin'; readonly op: '+' | '-' | '*' | '/' | '^';
    readonly left: Ast; readonly right: Ast;
    /** True for a written-out coefficient such as "2x". */
    readonly implicit: boolean;
  }
  | { readonly kind: 'call'; readonly fn: FnName; readonly args: readonly Ast[] };

// Lookups go through Maps so that names like 'constructor' or '__proto__' find nothing.
export interface FnInfo { readonly fn: FnName; readonly arity: 1 | 2 }

const UNARY_FNS: readonly UnaryFn[] = [
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'exp', 'log', 'log10', 'sqrt', 'abs', 'sign',
];
const BINARY_FNS: readonly BinaryFn[] = ['min', 'max', 'pow', 'atan2'];

export const FUNCTIONS: ReadonlyMap<string, FnInfo> = new Map<string, FnInfo>([
  ...UNARY_FNS.map((fn): [string, FnInfo] => [fn, { fn, arity: 1 }]),
  ['ln', { fn: 'log', arity: 1 }],
  ...BINARY_FNS.map((fn): [string, FnInfo] => [fn, { fn, arity: 2 }]),
]);

export const VARIABLES: ReadonlyMap<string, 'x' | 'y'> = new Map([['x', 'x'], ['y', 'y']]);
export const CONSTANTS: ReadonlyMap<string, 'pi' | 'e'> = new Map([['pi', 'pi'], ['e', 'e']]);
