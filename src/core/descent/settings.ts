// What a run needs besides the surface and the start.
import type { OptimizerSettings } from './optimizers';
import { constantSchedule, type Schedule } from './schedules';
import { optimizerDefaults, scalarSettings as S } from './settingsCatalog';

/** A tolerance of 0 switches that stopping rule off. */
export interface Tolerances {
  /** Converged when ‖∇f‖ falls below this. */
  readonly grad: number;
  /** Converged when the step ‖Δx‖ falls below this. */
  readonly step: number;
  /** Converged when |Δf| falls below this: the cost stopped changing. */
  readonly cost: number;
}

export interface RunSettings {
  readonly lr: number;
  readonly optimizer: OptimizerSettings;
  readonly schedule: Schedule;
  /** Gradient ascent: climb instead of descend (the mirror image). */
  readonly ascent: boolean;
  /** The wrong order: update x, then take ∂f/∂y at (x_new, y_old). Shown only as the mistake it is. */
  readonly sequential: boolean;
  /** The iteration limit. */
  readonly maxSteps: number;
  readonly tolerances: Tolerances;
  /** Diverged when a point leaves the domain's centre by more than this many domain half-widths. */
  readonly divergeFactor: number;
  /** Mini-batch size for costs built from data; 0 means the full batch. */
  readonly batch: number;
  /** Seed of the generators that draw mini-batches and gradient noise. */
  readonly seed: number;
  /** σ of the Gaussian noise added to the gradient the optimizer sees (0 = none); stopping uses the exact gradient. */
  readonly noise: number;
}

export const defaultTolerances: Tolerances = { grad: 1e-6, step: 1e-10, cost: 1e-14 };

export const defaultRunSettings: RunSettings = {
  lr: S.lr.default,
  optimizer: optimizerDefaults('gd'),
  schedule: constantSchedule,
  ascent: false,
  sequential: false,
  maxSteps: S.maxSteps.default,
  tolerances: defaultTolerances,
  divergeFactor: 1000,
  batch: S.batch.default,
  seed: S.seed.default,
  noise: S.noise.default,
};

/** Run settings with defaults filled in. Pure. */
export function createRunSettings(partial: Partial<RunSettings> = {}): RunSettings {
  return { ...defaultRunSettings, ...partial };
}
