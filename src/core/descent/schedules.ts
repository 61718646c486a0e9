// Learning-rate schedules: the rate used at iteration t (t starts at 1).

export type Schedule =
  | { readonly kind: 'constant' }
  | { readonly kind: 'step'; readonly every: number; readonly factor: number }
  | { readonly kind: 'exponential'; readonly gamma: number }
  | { readonly kind: 'cosine'; readonly period: number; readonly minFactor: number };

export type ScheduleKind = Schedule['kind'];
export const scheduleKinds: readonly ScheduleKind[] = ['constant', 'step', 'exponential', 'cosine'];

export const constantSchedule: Schedule = { kind: 'constant' };

/** Default parameters for a schedule kind. Pure. */
export function defaultSchedule(kind: ScheduleKind): Schedule {
  switch (kind) {
    case 'constant': return constantSchedule;
    case 'step': return { kind, every: 100, factor: 0.5 };
    case 'exponential': return { kind, gamma: 0.99 };
    case 'cosine': return { kind, period: 1000, minFactor: 0 };
    default: { const never: never = kind; throw new Error(`unknown schedule ${String(never)}`); }
  }
}

/** η_t for base rate η at iteration t ≥ 1. Pure. */
export function learningRateAt(lr: number, s: Schedule, t: number): number {
  switch (s.kind) {
    case 'constant': return lr;
    // η·factor^⌊(t−1)/every⌋
    case 'step': return lr * Math.pow(s.factor, Math.floor((t - 1) / Math.max(1, s.every)));
    // η·γ^(t−1)
    case 'exponential': return lr * Math.pow(s.gamma, t - 1);
    // η_min + ½(η − η_min)(1 + cos(π·min(t−1, T)/T))
    case 'cosine': {
      const T = Math.max(1, s.period), min = lr * s.minFactor;
      return min + 0.5 * (lr - min) * (1 + Math.cos((Math.PI * Math.min(t - 1, T)) / T));
    }
    default: { const never: never = s; throw new Error(`unknown schedule ${String(never)}`); }
  }
}
