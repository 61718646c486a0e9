// Turns a parse tree into a shared expression graph.
import type { Ast } from './ast';
import type { Expr, ExprFolds } from './expr';

/** The expression graph of a parse tree, built (and simplified) by b. Mutates only b. */
export function lowerAst(b: ExprFolds, ast: Ast): Expr {
  switch (ast.kind) {
    case 'num': return b.num(ast.value);
    case 'var': return ast.name === 'x' ? b.x : b.y;
    case 'const': return b.num(ast.name === 'pi' ? Math.PI : Math.E);
    case 'neg': return b.neg(lowerAst(b, ast.arg));
    case 'bin': {
      const l = lowerAst(b, ast.left);
      const r = lowerAst(b, ast.right);
      switch (ast.op) {
        case '+': return b.add(l, r);
        case '-': return b.sub(l, r);
        case '*': return b.mul(l, r);
        case '/': return b.div(l, r);
        case '^': return b.pow(l, r);
        default: return unreachable(ast.op);
      }
    }
    case 'call': {
      const [a, c] = ast.args.map((arg) => lowerAst(b, arg));
      if (a === undefined) return b.num(NaN);
      switch (ast.fn) {
        case 'min': return b.min(a, c ?? a);
        case 'max': return b.max(a, c ?? a);
        case 'pow': return b.pow(a, c ?? a);
        case 'atan2': return b.atan2(a, c ?? a);
        default: return b.unary(ast.fn, a);
      }
    }
    default: return unreachable(ast);
  }
}

function unreachable(x: never): never {
  throw new Error(`unreachable: ${String(x)}`);
}
