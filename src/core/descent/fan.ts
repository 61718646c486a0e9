// A learning-rate fan: one start under rates spaced evenly on a log scale around its own.
import { scalarSettings } from './settingsCatalog';

/** Rates in a fan by default: the original in the middle and two on each side. */
export const FAN_SIZE = 5;
/** Neighbouring rates in a fan differ by this factor (halving and doubling: 0.0025, 0.005, 0.01, 0.02, 0.04). */
export const FAN_FACTOR = 2;

/** v rounded to two significant digits (0.00703 → 0.007), so a copy's rate reads in the link and the label. Pure. */
export function roundRate(v: number): number {
  return Number.isFinite(v) && v > 0 ? Number(v.toPrecision(2)) : v;
}

/** A rate for labels: up to three significant digits, plain decimals ("0.0025", "1e-7"). Pure. */
export function rateText(v: number): string {
  return String(Number(v.toPrecision(3)));
}

export interface FanOptions {
  readonly count?: number;
  readonly factor?: number;
  readonly min?: number;
  readonly max?: number;
}

export interface Fan {
  /** The rates, ascending; the original's rate, exactly as given, is among them. */
  readonly rates: readonly number[];
  /** Rates the spacing asked for that lay outside [min, max], rounded: brought to the nearest bound (and dropped if that rate was already there). */
  readonly clamped: readonly number[];
}

/**
 * The fan around rate lr: lr·factor^k for k = −⌊(count−1)/2⌋ … ⌈(count−1)/2⌉, each but lr itself rounded to two
 * significant digits, clamped into [min, max] (the learning rate's range in the settings catalog by default),
 * without repeats. Pure.
 */
export function fanRates(lr: number, opts: FanOptions = {}): Fan {
  const count = Math.max(1, Math.round(opts.count ?? FAN_SIZE)), factor = opts.factor ?? FAN_FACTOR;
  const min = opts.min ?? scalarSettings.lr.min, max = opts.max ?? scalarSettings.lr.max;
  const below = Math.floor((count - 1) / 2), above = count - 1 - below;
  const rates: number[] = [], clamped: number[] = [];
  for (let k = -below; k <= above; k++) {
    const asked = k === 0 ? lr : roundRate(lr * factor ** k);
    const r = asked < min ? min : asked > max ? max : asked;
    if (r !== asked) clamped.push(asked);
    if (!rates.includes(r)) rates.push(r);
  }
  return { rates: rates.sort((a, b) => a - b), clamped };
}
