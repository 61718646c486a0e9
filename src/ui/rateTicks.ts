// Tick marks on the learning-rate slider: each minimum's critical rate (2/λ_max for plain descent, scaled for
// momentum and Nesterov), placed where the slider's thumb stands for that η, so "move the thumb past this tick"
// means "this optimizer diverges there". None for optimizers without such an edge.
import { minimaCriticalRates } from '../core/descent/insight';
import type { OptimizerSettings } from '../core/descent/optimizers';
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

/**
 * How far the optimizer's stability edge on a quadratic lies from plain descent's 2/λ (suitedRates.ts): 1 for
 * plain descent, 1 + μ for momentum, (1 + μ)/(1 + 2μ) for Nesterov; null where there is no such edge (Adam,
 * RMSProp and AdaGrad rescale their steps by the gradients seen, Newton divides by the curvature). Pure.
 */
export function edgeFactor(o: OptimizerSettings): number | null {
  switch (o.kind) {
    case 'gd': return 1;
    case 'momentum': return 1 + o.momentum;
    case 'nesterov': return (1 + o.momentum) / (1 + 2 * o.momentum);
    case 'adagrad': case 'rmsprop': case 'adam': case 'newton': return null;
    default: { const never: never = o; return never; }
  }
}

/** The ticks' group name: the edge's formula for this optimizer. Pure. */
export function ticksName(o: OptimizerSettings): string {
  switch (o.kind) {
    case 'momentum': return 'Critical learning rates 2(1+μ)/λ_max';
    case 'nesterov': return 'Critical learning rates 2(1+μ)/((1+2μ)λ_max)';
    default: return 'Critical learning rates 2/λ_max';
  }
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
 * A tick per distinct critical rate of the surface's minima for this optimizer (plain descent's 2/λ_max times
 * edgeFactor; minima whose rates read the same, e.g. Rastrigin's many alike local minima, share one), in slider
 * order; none for ascent, for optimizers with no such edge, or rates off the slider. Pure.
 */
export function rateTicks(surface: Surface, r: Scaled, ascent: boolean, optimizer: OptimizerSettings = { kind: 'gd' }): RateTick[] {
  const factor = edgeFactor(optimizer);
  if (ascent || factor === null) return [];
  const byText = new Map<string, { names: string[]; rate: number }>();
  for (const m of minimaCriticalRates(surface)) {
    if (m.rate === null) continue;
    const rate = m.rate * factor, shown = showValue(roundDown3(rate));
    const entry = byText.get(shown);
    const name = m.point.label ?? 'minimum';
    if (entry) entry.names.push(name); else byText.set(shown, { names: [name], rate });
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
