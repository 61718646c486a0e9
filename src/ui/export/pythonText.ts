// Python literals for exported scripts: numbers that read back as the same doubles, and strings that can
// only ever be strings (every character outside printable ASCII escaped), so user text is never code.
import { pythonFloat } from './pythonFormula';

export { pythonFloat };

/** s as a Python string literal: printable ASCII as is, everything else escaped (lone surrogates become U+FFFD). Pure. */
export function pythonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    let n = ch.codePointAt(0) ?? 0xfffd;
    if (n >= 0xd800 && n <= 0xdfff) n = 0xfffd;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (n >= 0x20 && n < 0x7f) out += ch;
    else if (n < 0x100) out += `\\x${n.toString(16).padStart(2, '0')}`;
    else if (n < 0x10000) out += `\\u${n.toString(16).padStart(4, '0')}`;
    else out += `\\U${n.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** A flat record of numbers, strings and booleans as a Python dict literal. Pure. */
export function pythonDict(entries: readonly (readonly [string, number | string | boolean | { py: string }])[]): string {
  const value = (v: number | string | boolean | { py: string }): string =>
    typeof v === 'number' ? pythonFloat(v) : typeof v === 'boolean' ? (v ? 'True' : 'False') : typeof v === 'string' ? pythonString(v) : v.py;
  return `{${entries.map(([k, v]) => `${pythonString(k)}: ${value(v)}`).join(', ')}}`;
}
