// The one description of every setting a person can change: name, label, symbol, range, default, scale,
// link key, trace option and help. The store's defaults and clamping, the controls, the link codec and
// the trace command's options and --help are all generated from these tables, so a new hyperparameter
// is one entry here (plus its maths in step.ts). Pure data and pure helpers; imports only types.
import type { OptimizerKind, OptimizerSettings } from './optimizers';
import type { Schedule, ScheduleKind } from './schedules';

export interface SettingSpec {
  /** The control's accessible name, and how notices and --help name the setting. */
  readonly label: string;
  /** The mathematical symbol (or PyTorch's argument name). */
  readonly symbol: string;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (rounded on entry). */
  readonly integer: boolean;
  /** How its slider moves: evenly in the value or in its logarithm. */
  readonly scale: 'log' | 'linear';
  /** Its control: a slider (with the value shown) or a box to type into. */
  readonly control: 'slider' | 'box';
  /** Slider granularity for linear sliders (log sliders move in hundredths of a decade). */
  readonly step?: number;
  /** Key in the share link (a schedule's parameters are positional inside `sch=`; see linkPosition). */
  readonly link: string;
  /** The trace command's option (without --), or null when the setting only concerns the view. */
  readonly cli: string | null;
  /** Largest value the trace command accepts, when it streams beyond the app's limit. */
  readonly cliMax?: number;
  readonly help: string;
}

export interface ScalarSetting extends SettingSpec {
  readonly default: number;
}

/** The scenario's own numeric settings, by the Scenario field they set. */
export const scalarSettings = {
  lr: {
    label: 'Learning rate', symbol: 'η', min: 1e-5, max: 10, default: 0.01, integer: false, scale: 'log', control: 'slider',
    link: 'lr', cli: 'lr', help: 'step size per iteration: too large overshoots or diverges, too small crawls',
  },
  batch: {
    label: 'Batch size', symbol: 'k', min: 0, max: 1000, default: 0, integer: true, scale: 'linear', control: 'box',
    link: 'bs', cli: 'batch', help: 'points per gradient for regression costs; 0 = all points (full batch), 1 = stochastic',
  },
  seed: {
    label: 'Seed', symbol: 'seed', min: 0, max: 2 ** 31 - 1, default: 1, integer: true, scale: 'linear', control: 'box',
    link: 'seed', cli: 'seed', help: 'seed of the generator that draws mini-batches (same seed, same run)',
  },
  noise: {
    label: 'Gradient noise', symbol: 'σ', min: 0, max: 100, default: 0, integer: false, scale: 'linear', control: 'box',
    link: 'gn', cli: 'noise',
    help: 'standard deviation of Gaussian noise added to each gradient the optimizer sees, drawn from the seed (0 = off); stopping and ‖∇f‖ use the exact gradient',
  },
  maxSteps: {
    label: 'Iteration limit', symbol: 'n', min: 1, max: 100_000, default: 2000, integer: true, scale: 'log', control: 'box',
    link: 'max', cli: 'steps', cliMax: 1_000_000_000, help: 'a path stops after this many iterations',
  },
  speed: {
    label: 'Speed', symbol: 'it/s', min: 1, max: 5000, default: 20, integer: true, scale: 'log', control: 'slider',
    link: 'spd', cli: null, help: 'playback speed in iterations per second',
  },
  zScale: {
    label: 'Height exaggeration', symbol: 'z×', min: 0.1, max: 10, default: 1, integer: false, scale: 'log', control: 'slider',
    link: 'z', cli: null, help: 'vertical stretch of the landscape (1 = the default fit)',
  },
} as const satisfies Record<string, ScalarSetting>;


/** An on/off setting of the view (not of the maths), carried by the link as key=1. */
export interface FlagSetting {
  readonly label: string;
  readonly default: boolean;
  readonly link: string;
  readonly cli: null;
  readonly help: string;
}

/** The scenario's on/off view settings, by the Scenario field they set. */
export const flagSettings = {
  projector: {
    label: 'Projector mode', default: false, link: 'pm', cli: null,
    help: 'large type, thick lines, high contrast, and a colour-blind-safe palette with each path\'s letter at its head',
  },
} as const satisfies Record<string, FlagSetting>;

export type ScalarName = keyof typeof scalarSettings;

/** Settings of a regression cost that live in its surface spec (the link writes them as loss=huber:<δ>; the trace command as --loss huber:<δ>). */
export const dataSettings = {
  huberDelta: {
    label: 'Huber δ', symbol: 'δ', min: 0.001, max: 1000, default: 1, integer: false, scale: 'log', control: 'slider',
    link: 'loss', cli: 'loss', help: 'residuals within δ are squared, beyond it they count in proportion: a smaller δ lets outliers pull less',
  },
} as const satisfies Record<string, ScalarSetting>;
export const scalarNames = Object.keys(scalarSettings) as ScalarName[];

/** Every hyperparameter field of any optimizer. */
type HyperFields<O> = O extends unknown ? Exclude<keyof O, 'kind'> : never;
export type HyperparameterKey = HyperFields<OptimizerSettings>;

export interface HyperparameterSetting extends SettingSpec {
  /** PyTorch's default for each optimizer that has this hyperparameter (its absence: the optimizer has none). */
  readonly defaults: Readonly<Partial<Record<OptimizerKind, number>>>;
}

/** Optimizer hyperparameters in link and display order, with torch.optim's defaults. */
export const hyperparameters: Readonly<Record<HyperparameterKey, HyperparameterSetting>> = {
  momentum: {
    label: 'Momentum μ', symbol: 'μ', min: 0, max: 0.999, integer: false, scale: 'linear', control: 'slider', step: 0.001,
    defaults: { momentum: 0.9, nesterov: 0.9 }, link: 'mu', cli: 'momentum', help: 'how much of the last step carries over',
  },
  alpha: {
    label: 'RMSProp α', symbol: 'α', min: 0, max: 0.9999, integer: false, scale: 'linear', control: 'slider', step: 0.0001,
    defaults: { rmsprop: 0.99 }, link: 'a', cli: 'alpha', help: 'decay of the running mean of g²',
  },
  beta1: {
    label: 'Adam β₁', symbol: 'β₁', min: 0, max: 0.999, integer: false, scale: 'linear', control: 'slider', step: 0.001,
    defaults: { adam: 0.9 }, link: 'b1', cli: 'beta1', help: 'decay of the running mean of g',
  },
  beta2: {
    label: 'Adam β₂', symbol: 'β₂', min: 0, max: 0.99999, integer: false, scale: 'linear', control: 'slider', step: 0.00001,
    defaults: { adam: 0.999 }, link: 'b2', cli: 'beta2', help: 'decay of the running mean of g²',
  },
  eps: {
    label: 'Epsilon ε', symbol: 'ε', min: 1e-20, max: 1, integer: false, scale: 'log', control: 'slider',
    defaults: { adagrad: 1e-10, rmsprop: 1e-8, adam: 1e-8 }, link: 'eps', cli: 'eps', help: 'added to the denominator so it is never zero',
  },
  damping: {
    label: 'Newton damping λ', symbol: 'λ', min: 0, max: 100, integer: false, scale: 'linear', control: 'slider', step: 0.01,
    defaults: { newton: 0 }, link: 'lam', cli: 'damping',
    help: 'added to the Hessian\'s diagonal (H + λI): 0 is pure Newton (use η = 1), larger is closer to gradient descent at rate η/λ',
  },
};

export const hyperparameterKeys = Object.keys(hyperparameters) as HyperparameterKey[];

/** The hyperparameters optimizer `kind` has, in display order. Pure. */
export const hyperparametersOf = (kind: OptimizerKind): HyperparameterKey[] =>
  hyperparameterKeys.filter((k) => hyperparameters[k].defaults[kind] !== undefined);

/** Optimizer `kind` with PyTorch's default hyperparameters, built from the table. Pure. */
export function optimizerDefaults(kind: OptimizerKind): OptimizerSettings {
  const o: Record<string, unknown> = { kind };
  for (const k of hyperparametersOf(kind)) o[k] = hyperparameters[k].defaults[kind];
  return o as unknown as OptimizerSettings;
}

type ParamFields<S> = S extends unknown ? Exclude<keyof S, 'kind'> : never;
export type ScheduleParamKey = ParamFields<Schedule>;

export interface ScheduleParam extends ScalarSetting {
  readonly schedule: Exclude<ScheduleKind, 'constant'>;
  readonly key: ScheduleParamKey;
}

/**
 * Schedule parameters (torch.optim.lr_scheduler's names), in argument order: the link writes
 * `sch=<kind>:<a>,<b>` and the trace command takes `--schedule <kind>:<a>,<b>` in this order.
 */
export const scheduleParams: readonly ScheduleParam[] = [
  {
    schedule: 'step', key: 'stepSize', label: 'StepLR step_size', symbol: 'step_size', min: 1, max: 100_000, default: 100,
    integer: true, scale: 'log', control: 'box', link: 'sch', cli: 'schedule', help: 'iterations between decays',
  },
  {
    schedule: 'step', key: 'gamma', label: 'StepLR γ', symbol: 'γ', min: 0, max: 1, default: 0.1, // PyTorch's gamma=0.1
    integer: false, scale: 'linear', control: 'slider', step: 0.001, link: 'sch', cli: 'schedule', help: 'factor applied every step_size iterations',
  },
  {
    schedule: 'exponential', key: 'gamma', label: 'ExponentialLR γ', symbol: 'γ', min: 0, max: 1, default: 0.99,
    integer: false, scale: 'linear', control: 'slider', step: 0.0001, link: 'sch', cli: 'schedule', help: 'factor applied every iteration',
  },
  {
    schedule: 'cosine', key: 'tMax', label: 'CosineAnnealingLR T_max', symbol: 'T_max', min: 1, max: 100_000, default: 1000,
    integer: true, scale: 'log', control: 'box', link: 'sch', cli: 'schedule', help: 'iterations of a half cosine; past it the cosine goes on',
  },
  {
    schedule: 'cosine', key: 'etaMin', label: 'CosineAnnealingLR η_min', symbol: 'eta_min', min: 0, max: 10, default: 0,
    integer: false, scale: 'linear', control: 'box', link: 'sch', cli: 'schedule', help: 'the lowest rate (absolute, as in PyTorch)',
  },
];

/** The parameters of schedule `kind`, in argument order. Pure. */
export const paramsOf = (kind: ScheduleKind): readonly ScheduleParam[] => scheduleParams.filter((p) => p.schedule === kind);

/** Schedule `kind` with its default parameters, built from the table. Pure. */
export function defaultSchedule(kind: ScheduleKind): Schedule {
  const s: Record<string, unknown> = { kind };
  for (const p of paramsOf(kind)) s[p.key] = p.default;
  return s as unknown as Schedule;
}

/** A schedule's parameter values in argument order. Pure. */
export function scheduleArgs(s: Schedule): number[] {
  return paramsOf(s.kind).map((p) => (s as unknown as Record<string, number>)[p.key] as number);
}

/** Schedule `kind` with the given argument values (missing ones at their defaults). Pure. */
export function scheduleFrom(kind: ScheduleKind, args: readonly number[]): Schedule {
  const s: Record<string, unknown> = { kind };
  paramsOf(kind).forEach((p, i) => { s[p.key] = args[i] ?? p.default; });
  return s as unknown as Schedule;
}

/** v brought into the setting's range (whole when it must be); NaN becomes the minimum. Pure. */
export function clampTo(spec: SettingSpec, v: number): number {
  const r = spec.integer ? Math.round(v) + 0 : v;
  return r >= spec.min ? (r <= spec.max ? r : spec.max) : spec.min;
}

/** The label inside a sentence: "learning rate", but "Adam β₁" keeps its capital. Pure. */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]+( |$)/.test(label) && !/^Adam\b/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
