// The run settings each path uses: the shared settings with the path's own overrides on top.
import { createRunSettings, type RunSettings } from '../core/descent/settings';
import { effectiveMaxSteps, type Scenario, type StartPoint } from './scenario';

/** Effective RunSettings of one start (the shared settings alone without one), at the budget's iteration limit. Pure. */
export function pathSettings(s: Scenario, start?: StartPoint): RunSettings {
  return createRunSettings({
    lr: start?.override?.lr ?? s.lr,
    optimizer: start?.override?.optimizer ?? s.optimizer,
    schedule: s.schedule,
    ascent: s.ascent,
    sequential: s.sequential,
    maxSteps: effectiveMaxSteps(s),
    batch: s.batch,
    seed: s.seed, // every path draws the same mini-batch sequence, for a fair comparison
    noise: s.noise,
  });
}

/** True when two settings would produce the same run from the same start. Pure. */
export function sameSettings(a: RunSettings, b: RunSettings): boolean {
  return a.lr === b.lr && JSON.stringify(a.optimizer) === JSON.stringify(b.optimizer)
    && JSON.stringify(a.schedule) === JSON.stringify(b.schedule) && a.ascent === b.ascent
    && a.sequential === b.sequential && a.maxSteps === b.maxSteps && a.batch === b.batch && a.seed === b.seed && a.noise === b.noise;
}
