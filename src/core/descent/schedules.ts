// Learning-rate schedules as torch.optim.lr_scheduler defines them, with PyTorch's parameter names.
// η_t is the rate used by the update at iteration t = 0, 1, 2, … (the rate after t calls to scheduler.step()).

export type Schedule =
  | { readonly kind: 'constant' }
  /** StepLR(step_size, gamma). */
  | { readonly kind: 'step'; readonly stepSize: number; readonly gamma: number }
  /** ExponentialLR(gamma). */
  | { readonly kind: 'exponential'; readonly gamma: number }
  /** CosineAnnealingLR(T_max, eta_min); eta_min is an absolute rate. */
  | { readonly kind: 'cosine'; readonly tMax: number; readonly etaMin: number };

export type ScheduleKind = Schedule['kind'];
export const scheduleKinds: readonly ScheduleKind[] = ['constant', 'step', 'exponential', 'cosine'];

export const constantSchedule: Schedule = { kind: 'constant' };

/** True when k names a schedule. Pure. */
export const isScheduleKind = (k: string): k is ScheduleKind => (scheduleKinds as readonly string[]).includes(k);

/** η_t for base rate η at iteration t ≥ 0 (PyTorch's closed forms). Pure. */
export function learningRateAt(lr: number, s: Schedule, t: number): number {
  switch (s.kind) {
    case 'constant': return lr;
    // η·γ^⌊t/step_size⌋
    case 'step': return lr * Math.pow(s.gamma, Math.floor(t / s.stepSize));
    // η·γ^t
    case 'exponential': return lr * Math.pow(s.gamma, t);
    // η_min + ½(η − η_min)(1 + cos(πt/T_max)), for every t: past T_max the cosine goes on
    case 'cosine': return s.etaMin + 0.5 * (lr - s.etaMin) * (1 + Math.cos((Math.PI * t) / s.tMax));
    default: { const never: never = s; throw new Error(`unknown schedule ${String(never)}`); }
  }
}
