// A referee for compiled formulas: a tree-walking interpreter of the parser's tree, with Math.* per
// node, written independently of the compiler.
import type { Ast, FnName } from '../../../src/core/formula/ast';

const CALL: Record<FnName, (a: number, b: number) => number> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan,
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, exp: Math.exp, log: Math.log, log10: Math.log10,
  sqrt: Math.sqrt, abs: Math.abs, sign: Math.sign, min: Math.min, max: Math.max, pow: Math.pow,
  atan2: Math.atan2,
};

/** The referee: f at (x, y) by walking the parse tree. */
export function walk(ast: Ast, x: number, y: number): number {
  switch (ast.kind) {
    case 'num': return ast.value;
    case 'var': return ast.name === 'x' ? x : y;
    case 'const': return ast.name === 'pi' ? Math.PI : Math.E;
    case 'neg': return -walk(ast.arg, x, y);
    case 'bin': {
      const l = walk(ast.left, x, y), r = walk(ast.right, x, y);
      switch (ast.op) {
        case '+': return l + r;
        case '-': return l - r;
        case '*': return l * r;
        case '/': return l / r;
        case '^': return Math.pow(l, r);
        default: throw new Error('unknown operator');
      }
    }
    case 'call': {
      const [a, b] = ast.args;
      return CALL[ast.fn](walk(a!, x, y), b === undefined ? NaN : walk(b, x, y));
    }
    default: throw new Error('unknown node');
  }
}
