// Sliders as whole-number positions 0…SLIDER_STEPS mapped onto a setting's range, so both ends are
// reachable exactly (a range input with a fractional step stops short of a max that is not on its grid).
import { showNumber } from '../state/showNumber';

/** Positions per slider: fine enough that a log slider over 7 decades moves by under 2% a step. */
export const SLIDER_STEPS = 1000;

export interface Scaled {
  readonly min: number;
  readonly max: number;
  readonly scale: 'log' | 'linear';
  readonly integer?: boolean;
}

/** The unrounded value at an inner position p (0 < p < SLIDER_STEPS). Pure. */
function rawAt(r: Scaled, p: number): number {
  const f = p / SLIDER_STEPS;
  return r.scale === 'log' ? r.min * (r.max / r.min) ** f : r.min + (r.max - r.min) * f;
}

const clampTo = (r: Scaled, v: number): number => Math.min(Math.max(v, r.min), r.max);

/** Value at slider position p: the ends exactly, between them 3 significant digits (readable when typed back). Pure. */
export function valueAt(r: Scaled, p: number): number {
  if (!(p > 0)) return r.min;
  if (p >= SLIDER_STEPS) return r.max;
  const raw = rawAt(r, p);
  return clampTo(r, r.integer === true ? Math.round(raw) : Number(raw.toPrecision(3)));
}

/**
 * The value after the thumb moved to position p from `current`: valueAt, except that the slider always
 * moves when its thumb moves. Where one position rounds back to the same number (a whole-number slider at
 * low values of a log scale; a narrow log range near 1, where 1.0046 reads 1.00), a whole-number slider
 * moves by one and a decimal one takes the digits it needs (1.005), so an arrow key never does nothing. Pure.
 */
export function valueAfterMove(r: Scaled, p: number, current: number): number {
  const v = valueAt(r, p);
  const from = Math.round(positionOf(r, current));
  if (v !== current || p === from) return v;
  if (r.integer === true) return clampTo(r, current + Math.sign(p - from));
  if (!(p > 0) || p >= SLIDER_STEPS) return v;
  const raw = rawAt(r, p);
  for (let digits = 4; digits <= 17; digits++) {
    const w = clampTo(r, Number(raw.toPrecision(digits)));
    if (w !== current) return w;
  }
  return v;
}

/** Slider position (0…SLIDER_STEPS, fractional) of value v, clamped to the ends. Pure. */
export function positionOf(r: Scaled, v: number): number {
  const f = r.scale === 'log' ? Math.log(v / r.min) / Math.log(r.max / r.min) : (v - r.min) / (r.max - r.min);
  return Number.isFinite(f) ? Math.min(Math.max(f, 0), 1) * SLIDER_STEPS : 0;
}

/** A number typed by a person: plain decimal or exponent form, finite; null otherwise. Pure. */
export function parseTyped(text: string): number | null {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** Short display of a setting value (η, speed, …). Pure. */
export const showValue = showNumber;

/**
 * A linear slider's value with as many decimals as its step has, trailing zeros dropped: β₂ = 0.99897
 * on a 0.00001 step shows as such, not rounded to 0.999 as if it had not moved. Pure.
 */
export function showStepped(v: number, step: number): string {
  const decimals = Math.min(10, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
  const text = v.toFixed(decimals);
  return decimals === 0 ? text : text.replace(/\.?0+$/, '');
}
