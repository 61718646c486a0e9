// The text beside a start in the view: its letter, and for a path with its own settings (a fan or an
// optimizer race) those settings, so copies at one point can be told apart: "E η 0.0025", "G Adam η 0.1".
import { rateText } from '../core/descent/fan';
import type { OptimizerKind } from '../core/descent/optimizers';
import { startLabel, type StartPoint } from './scenario';

const SHORT: Readonly<Record<OptimizerKind, string>> = {
  gd: 'GD', momentum: 'Momentum', nesterov: 'Nesterov', adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam', newton: 'Newton',
};

/** The caption of the i-th start. Pure. */
export function startCaption(start: StartPoint, i: number): string {
  const o = start.override;
  const parts = [startLabel(i)];
  if (o?.optimizer !== undefined) parts.push(SHORT[o.optimizer.kind]);
  if (o?.lr !== undefined) parts.push(`η ${rateText(o.lr)}`);
  return parts.join(' ');
}
