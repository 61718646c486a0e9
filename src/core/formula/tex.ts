// Renders a parse tree as TeX. Only whitelisted names reach the tree, so the output is safe to typeset.
import type { Ast, FnName } from './ast';

// Binding strength of what a node renders as: a sum, a leading minus, a product, a power, an atom.
const SUM = 1, NEG = 2, PRODUCT = 3, POWER = 4, ATOM = 5;

const FN_TEX: Record<FnName, string> = {
  sin: '\\sin', cos: '\\cos', tan: '\\tan', asin: '\\arcsin', acos: '\\arccos', atan: '\\arctan',
  sinh: '\\sinh', cosh: '\\cosh', tanh: '\\tanh', exp: '\\exp', log: '\\ln', log10: '\\log_{10}',
  sqrt: '', abs: '', sign: '\\operatorname{sign}', min: '\\min', max: '\\max', pow: '',
  atan2: '\\operatorname{atan2}',
};

/** The TeX for a parse tree, without a leading "f(x,y)=". Pure. */
export function astToTex(ast: Ast): string {
  return render(ast);
}

function strength(ast: Ast): number {
  switch (ast.kind) {
    case 'num': return /[eE]/.test(ast.text) ? PRODUCT : ATOM;
    case 'var': case 'const': return ATOM;
    case 'call': return ast.fn === 'pow' ? POWER : ATOM;
    case 'neg': return NEG;
    case 'bin': return ast.op === '+' || ast.op === '-' ? SUM : ast.op === '^' ? POWER : PRODUCT;
    default: return unreachable(ast);
  }
}

function wrap(ast: Ast, atLeast: number): string {
  const tex = render(ast);
  return strength(ast) >= atLeast ? tex : `\\left(${tex}\\right)`;
}

function render(ast: Ast): string {
  switch (ast.kind) {
    case 'num': return numberTex(ast.text);
    case 'var': return ast.name;
    case 'const': return ast.name === 'pi' ? '\\pi' : 'e';
    case 'neg': return `-${wrap(ast.arg, PRODUCT)}`;
    case 'call': return callTex(ast.fn, ast.args);
    case 'bin': {
      const { op, left, right } = ast;
      if (op === '+') return `${render(left)}+${wrap(right, PRODUCT)}`;
      if (op === '-') return `${render(left)}-${wrap(right, PRODUCT)}`;
      if (op === '/') return `\\frac{${render(left)}}{${render(right)}}`;
      if (op === '^') return `${wrap(left, ATOM)}^{${render(right)}}`;
      const l = wrap(left, NEG);
      const r = wrap(right, PRODUCT);
      return ast.implicit || juxtaposes(left, right) ? `${l} ${r}` : `${l}\\cdot ${r}`;
    }
    default: return unreachable(ast);
  }
}

// "2x", "3\sin(y)", "x\,y" read well without a dot; "x \cdot 2" and fractions keep it.
function juxtaposes(left: Ast, right: Ast): boolean {
  return !(left.kind === 'bin' && left.op === '/') && startsWithName(right);
}

function startsWithName(ast: Ast): boolean {
  switch (ast.kind) {
    case 'var': case 'const': return true;
    case 'call': return ast.fn !== 'pow' && ast.fn !== 'abs' ? true : startsWithName(ast.args[0] ?? ast);
    case 'bin': return ast.op === '*' || ast.op === '^' ? startsWithName(ast.left) : false;
    default: return false;
  }
}

function callTex(fn: FnName, args: readonly Ast[]): string {
  const [a, b] = args;
  if (a === undefined) return '';
  if (fn === 'sqrt') return `\\sqrt{${render(a)}}`;
  if (fn === 'abs') return `\\left|${render(a)}\\right|`;
  if (fn === 'pow' && b !== undefined) return `${wrap(a, ATOM)}^{${render(b)}}`;
  const inner = b === undefined ? render(a) : `${render(a)},\\,${render(b)}`;
  return `${FN_TEX[fn]}\\left(${inner}\\right)`;
}

// "1e-3" becomes 1\times10^{-3}; ".5" becomes 0.5.
function numberTex(text: string): string {
  const lower = text.toLowerCase();
  const at = lower.indexOf('e');
  const mantissa = at < 0 ? text : text.slice(0, at);
  let m = mantissa.startsWith('.') ? `0${mantissa}` : mantissa;
  if (m.endsWith('.')) m = m.slice(0, -1);
  if (at < 0) return m;
  const exp = Number(text.slice(at + 1));
  return `${m}\\times 10^{${exp}}`;
}

function unreachable(x: never): never {
  throw new Error(`unreachable: ${String(x)}`);
}
