// Logarithmic sliders: a range input's position ↔ a value spanning several decades.

/** Slider position (log10 of the value). Pure. */
export const toLog = (v: number): number => Math.log10(v);

/** Value at a slider position, rounded to 3 significant digits so typed-in values stay readable. Pure. */
export const fromLog = (p: number): number => Number((10 ** p).toPrecision(3));

/** A number typed by a person: plain decimal or exponent form, finite; null otherwise. Pure. */
export function parseTyped(text: string): number | null {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** Short display of a setting value (η, speed, …). Pure. */
export function showValue(v: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) < 1e-3) return v.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(v.toPrecision(4)));
}
