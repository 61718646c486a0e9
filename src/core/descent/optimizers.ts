// Optimizer settings: PyTorch's torch.optim semantics (see the update table in REFERENCE.md).
import { optimizerDefaults } from './settingsCatalog';

export type OptimizerSettings =
  | { readonly kind: 'gd' }
  | { readonly kind: 'momentum'; readonly momentum: number }
  | { readonly kind: 'nesterov'; readonly momentum: number }
  | { readonly kind: 'adagrad'; readonly eps: number }
  | { readonly kind: 'rmsprop'; readonly alpha: number; readonly eps: number }
  | { readonly kind: 'adam'; readonly beta1: number; readonly beta2: number; readonly eps: number }
  | { readonly kind: 'newton'; readonly damping: number };

export type OptimizerKind = OptimizerSettings['kind'];

export const optimizerKinds: readonly OptimizerKind[] = ['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'newton'];

export const optimizerNames: Readonly<Record<OptimizerKind, string>> = {
  gd: 'Gradient descent',
  momentum: 'Momentum',
  nesterov: 'Nesterov momentum',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  newton: "Newton's method",
};

/** The update rule of each optimizer in plain text, for readouts and tooltips. */
export const optimizerRules: Readonly<Record<OptimizerKind, string>> = {
  gd: 'w ← w − η·g',
  momentum: 'v ← μ·v + g;  w ← w − η·v',
  nesterov: 'v ← μ·v + g;  w ← w − η·(g + μ·v)',
  adagrad: 's ← s + g²;  w ← w − η·g / (√s + ε)',
  rmsprop: 'v ← α·v + (1−α)·g²;  w ← w − η·g / (√v + ε)',
  adam: 'm ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η·m̂ / (√v̂ + ε)',
  newton: 'w ← w − η·H⁻¹g',
};

/** A rule written for descent ("p ← p − …") as gradient ascent applies it ("p ← p + …"). Pure. */
export function ascentRule(text: string, p = 'w'): string {
  return text.replace(`${p} ← ${p} −`, `${p} ← ${p} +`);
}

/** PyTorch's defaults for each optimizer's hyperparameters (from the settings catalog). Pure. */
export const defaultOptimizer = (kind: OptimizerKind): OptimizerSettings => optimizerDefaults(kind);

/** True when kind names an optimizer. Pure. */
export function isOptimizerKind(kind: string): kind is OptimizerKind {
  return (optimizerKinds as readonly string[]).includes(kind);
}
