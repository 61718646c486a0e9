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

/** Value at slider position p: the ends exactly, between them `digits` significant digits (3: readable when typed back). Pure. */
export function valueAt(r: Scaled, p: number, digits = 3): number {
  if (!(p > 0)) return r.min;
  if (p >= SLIDER_STEPS) return r.max;
  const f = p / SLIDER_STEPS;
  const raw = r.scale === 'log' ? r.min * (r.max / r.min) ** f : r.min + (r.max - r.min) * f;
  const v = r.integer === true ? Math.round(raw) : Number(raw.toPrecision(digits));
  return Math.min(Math.max(v, r.min), r.max);
}

/**
 * The value after the thumb moved to position p from `current`: valueAt, except that the value always
 * changes when the thumb moves. Near a round number one position can round back to it (1 × at position
 * 500 of a 0.1…10 slider, 20 it/s on the speed slider), so an arrow key would do nothing: a decimal
 * slider then keeps another digit, a whole-number one moves by one. Pure.
 */
export function valueAfterMove(r: Scaled, p: number, current: number): number {
  const v = valueAt(r, p);
  const from = Math.round(positionOf(r, current));
  if (v !== current || p === from) return v;
  if (r.integer === true) return Math.min(Math.max(current + Math.sign(p - from), r.min), r.max);
  for (let digits = 4; digits <= 15; digits++) {
    const finer = valueAt(r, p, digits);
    if (finer !== current) return finer;
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
