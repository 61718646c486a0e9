// Tick marks on the learning-rate slider: each minimum's critical rate 2/λ_max, placed where the slider's
// thumb stands for that η, so "move the thumb past this tick" means "plain descent diverges there".
import { minimaCriticalRates } from '../core/descent/insight';
import type { Surface } from '../core/types';
import { roundDown3 } from './CriticalRateHint';
import { positionOf, showValue, SLIDER_STEPS, type Scaled } from './logScale';

export interface RateTick {
  /** What the tick says, e.g. "M3: 0.0149" (several minima at one rate: "M1, M2: 0.5"). */
  readonly text: string;
  /** Where along the slider's travel (0 = minimum, 1 = maximum) the thumb stands for this rate. */
  readonly fraction: number;
  /** The exact rate 2/λ_max. */
  readonly rate: number;
}

/** Names shown per tick before "+N". */
const NAMED = 3;

/**
 * Fraction of the slider's travel at which its thumb shows value v: the slider's own position
 * (positionOf) over its SLIDER_STEPS, or null for a value outside the range. Pure.
 */
export function thumbFraction(r: Scaled, v: number): number | null {
  if (!(v >= r.min && v <= r.max)) return null;
  return positionOf(r, v) / SLIDER_STEPS;
}

/**
 * A tick per distinct critical rate of the surface's minima (minima whose rates read the same, e.g.
 * Rastrigin's many alike local minima, share one), in slider order; none for ascent or rates off the slider. Pure.
 */
export function rateTicks(surface: Surface, r: Scaled, ascent: boolean): RateTick[] {
  if (ascent) return [];
  const byText = new Map<string, { names: string[]; rate: number }>();
  for (const m of minimaCriticalRates(surface)) {
    if (m.rate === null) continue;
    const shown = showValue(roundDown3(m.rate));
    const entry = byText.get(shown);
    const name = m.point.label ?? 'minimum';
    if (entry) entry.names.push(name); else byText.set(shown, { names: [name], rate: m.rate });
  }
  const out: RateTick[] = [];
  for (const [shown, { names, rate }] of byText) {
    const fraction = thumbFraction(r, rate);
    if (fraction === null) continue;
    const who = names.length > NAMED ? `${names.slice(0, NAMED).join(', ')} +${names.length - NAMED}` : names.join(', ');
    out.push({ text: `${who}: ${shown}`, fraction, rate });
  }
  return out.sort((a, b) => a.fraction - b.fraction);
}
