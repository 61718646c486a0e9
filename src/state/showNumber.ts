// Short display of a setting's value (η, speed, …) for controls and notices.

/** 4 significant digits, or exponent form below 1e-3 ("1e-5", "2.5e-4"). Pure. */
export function showNumber(v: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) < 1e-3) return v.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(v.toPrecision(4)));
}
