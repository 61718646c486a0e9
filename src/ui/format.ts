// Number formatting for readouts: compact, a fixed number of significant digits, never NaN or Infinity.

/** Drops trailing zeros after a decimal point ("2.500" → "2.5", "3.000" → "3"). Pure. */
function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * v with `digits` significant digits: '—' if not finite, '0' for zero, exponent form ('1.23e-7', '4.5e6')
 * when |v| < 1e-3 or |v| ≥ 1e5, else plain decimals with trailing zeros trimmed. Pure.
 */
export function formatNumber(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const d = Math.min(Math.max(Math.round(digits), 1), 21);
  const a = Math.abs(v);
  if (a < 1e-3 || a >= 1e5) {
    const [mant = '', exp = ''] = v.toExponential(d - 1).split('e');
    return `${trimZeros(mant)}e${exp.replace('+', '')}`;
  }
  // toFixed rather than toPrecision, which would switch to exponent form for e.g. 12345 at 4 digits.
  const decimals = Math.min(Math.max(d - 1 - Math.floor(Math.log10(a)), 0), 100);
  const s = trimZeros(v.toFixed(decimals));
  return s === '-0' ? '0' : s;
}

/**
 * v as formatNumber writes it with up to `digits` significant digits, using fewer where needed to stay
 * within `maxChars` characters (a fixed-width table cell): '-4.294e-7' becomes '-4.29e-7'. Never fewer
 * than one significant digit, so a number that cannot fit at all is still written whole. Pure.
 */
export function formatFit(v: number, maxChars: number, digits = 4): string {
  let s = formatNumber(v, digits);
  for (let d = digits - 1; s.length > maxChars && d >= 1; d--) s = formatNumber(v, d);
  return s;
}

/** An iteration count with thousands separators ('12,345'); '—' if not finite. Pure. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const r = Math.round(n), a = Math.abs(r);
  // By hand rather than toLocaleString: the table writes hundreds of these a second, and Intl is slow.
  if (a >= 1e21) return r.toLocaleString('en-US');
  const digits = String(a);
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return r < 0 ? `-${out}` : out;
}

