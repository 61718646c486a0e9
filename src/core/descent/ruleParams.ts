// Optimizer settings flattened for the hot loop in step.ts.
import type { OptimizerSettings } from './optimizers';

/** Optimizer settings flattened to numbers, so the hot loop switches on a small integer. */
export interface RuleParams {
  readonly code: number; // 0 gd, 1 momentum, 2 nesterov, 3 adagrad, 4 rmsprop, 5 adam, 6 newton
  readonly mu: number;
  readonly alpha: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  /** Newton's damping λ (H + λI). */
  readonly damping: number;
}

/** Flattens settings for the hot loop. Pure. */
export function toRuleParams(o: OptimizerSettings): RuleParams {
  const base = { mu: 0, alpha: 0, beta1: 0, beta2: 0, eps: 0, damping: 0 };
  switch (o.kind) {
    case 'gd': return { ...base, code: 0 };
    case 'momentum': return { ...base, code: 1, mu: o.momentum };
    case 'nesterov': return { ...base, code: 2, mu: o.momentum };
    case 'adagrad': return { ...base, code: 3, eps: o.eps };
    case 'rmsprop': return { ...base, code: 4, alpha: o.alpha, eps: o.eps };
    case 'adam': return { ...base, code: 5, beta1: o.beta1, beta2: o.beta2, eps: o.eps };
    case 'newton': return { ...base, code: 6, damping: o.damping };
    default: { const never: never = o; throw new Error(`unknown optimizer ${String(never)}`); }
  }
}
