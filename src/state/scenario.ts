// The scenario: everything a person sets up and can share as a link. Plain data, replaced on every edit.
import type { Arrangement } from '../core/descent/arrangement';
import type { OptimizerSettings } from '../core/descent/optimizers';
import { constantSchedule, type Schedule } from '../core/descent/schedules';
import { flagSettings, hyperparameters as H, optimizerDefaults, scalarSettings as S } from '../core/descent/settingsCatalog';
import type { SurfaceSpec } from '../core/surfaces/spec';
import { NO_LESSON, type Lesson } from './lesson';

/** Settings a single path may override; absent fields follow the shared settings. */
export interface PathOverride {
  readonly lr?: number;
  readonly optimizer?: OptimizerSettings;
}

export interface StartPoint {
  /** Stable identity for React keys and selection; not part of the link. */
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly override?: PathOverride;
  /** Set for a start that belongs to the swarm: its position in the arrangement (see state/swarm.ts). */
  readonly member?: number;
}

/**
 * A swarm of starts made by "Add starts": kept by its count, arrangement and seed (the link writes these, not
 * the coordinates). Its members are ordinary StartPoints with `member` set, after every other start; a member
 * that is moved or given its own settings becomes an ordinary start, and a removed one is simply absent.
 */
export interface SwarmSpec {
  readonly count: number;
  readonly arrangement: Arrangement;
  readonly seed: number;
}

/** Where the camera looks from, in maths space around the domain centre. */
export interface CameraView {
  /** Angle around the vertical axis, radians. */
  readonly azimuth: number;
  /** Angle above the horizontal, radians. */
  readonly elevation: number;
  /** Distance as a multiple of the default framing distance. */
  readonly zoom: number;
  /** Orbit target offset from the domain centre, as fractions of the domain half-width (x, y). */
  readonly panX: number;
  readonly panY: number;
}

/** Which views the stage shows: the 3D landscape, the map (contours from above), or both. */
export type ViewMode = '3d' | 'map' | 'both';
export const VIEW_MODES: readonly ViewMode[] = ['3d', 'map', 'both'];
export const isViewMode = (v: string): v is ViewMode => (VIEW_MODES as readonly string[]).includes(v);

export interface Scenario {
  readonly surface: SurfaceSpec;
  readonly starts: readonly StartPoint[];
  /** The swarm the starts' members come from, or null. One swarm per scenario. */
  readonly swarm: SwarmSpec | null;
  readonly lr: number;
  readonly optimizer: OptimizerSettings;
  readonly schedule: Schedule;
  /** Gradient ascent: climb instead of descend. */
  readonly ascent: boolean;
  /** The wrong, sequential update order (a labelled mistake). */
  readonly sequential: boolean;
  /** Mini-batch size for regression costs; 0 = the full batch. */
  readonly batch: number;
  readonly seed: number;
  /** σ of the Gaussian noise added to every gradient the optimizer sees, drawn from the seed (0 = off). */
  readonly noise: number;
  /** The iteration limit of every path. */
  readonly maxSteps: number;
  /** Playback speed, iterations per second. */
  readonly speed: number;
  /** Vertical exaggeration of the landscape (1 = the default fit). */
  readonly zScale: number;
  /** Null: the default view for the surface. */
  readonly camera: CameraView | null;
  /** The views shown (link key view=). */
  readonly view: ViewMode;
  /** The lesson's title and the controls hidden from students (link keys title= and hide=; state/lesson.ts). */
  readonly lesson: Lesson;
  /** Projector mode: large type, thick lines, Okabe–Ito palette, letters at the heads (link key pm=). */
  readonly projector: boolean;
}

const range = (r: { readonly min: number; readonly max: number }) => ({ min: r.min, max: r.max });

/** Most starts a scenario holds, swarm included (a link of 10,000 starts opens with all of them). */
const MAX_STARTS = 10_000;
/** Paths that run to the default iteration limit within the points budget (more lower the limit). */
const BUDGETED_PATHS = 1000;

/**
 * Ranges the store and the codec keep to: the settings' ranges come from the settings catalog
 * (core/descent/settingsCatalog.ts); the rest are limits of the page, not settings.
 */
export const LIMITS = {
  lr: range(S.lr),
  speed: range(S.speed),
  zScale: range(S.zScale),
  maxSteps: range(S.maxSteps),
  batch: range(S.batch),
  seed: range(S.seed),
  noise: range(S.noise),
  momentum: range(H.momentum),
  alpha: range(H.alpha),
  beta1: range(H.beta1),
  beta2: range(H.beta2),
  eps: range(H.eps),
  starts: { max: MAX_STARTS },
  /** The "Number of starts" box of a swarm. */
  swarm: { min: 1, max: MAX_STARTS, default: 100 },
  zoom: { min: 0.2, max: 5 },
  /**
   * Most trajectory points all paths may hold together (paths × (iteration limit + 1), the start included):
   * memory and recompute time. 1,000 starts at the default limit of 2,000 fit, so such a link opens as written
   * (at most 2,001,000 points × 32 bytes ≈ 64 MB of trajectories, reached only if every path runs to the limit);
   * 10,000 starts run to at most 199 iterations.
   */
  points: BUDGETED_PATHS * (S.maxSteps.default + 1),
  pan: { min: -2, max: 2 },
} as const;

/** Clamps v into [lo, hi]; NaN becomes lo. Pure. */
export const clamp = (v: number, lo: number, hi: number): number => (v >= lo ? (v <= hi ? v : hi) : lo);

/** Most iterations each of `paths` paths may run so paths × (limit + 1) stays within LIMITS.points. Pure. */
export function budgetLimit(paths: number): number {
  return Math.max(LIMITS.maxSteps.min, Math.floor(LIMITS.points / Math.max(1, paths)) - 1);
}

/**
 * The iteration limit the paths really run to: the person's own limit (s.maxSteps, which this never rewrites, so
 * it comes back when the paths are fewer and the link keeps it), lowered while too many paths share the budget. Pure.
 */
export function effectiveMaxSteps(s: Scenario): number {
  return Math.min(s.maxSteps, budgetLimit(s.starts.length));
}

let nextId = 1;
/** A fresh start id. */
export const newStartId = (): number => nextId++;

/** Four starts on Himmelblau at η = 0.01 that end in four different minima (REFERENCE.md). */
export function createDefaultScenario(): Scenario {
  return {
    surface: { kind: 'builtin', id: 'himmelblau' },
    starts: [[4, 4], [-4, 4], [-4, -4], [4, -4]].map(([x, y]) => ({ id: newStartId(), x: x as number, y: y as number })),
    swarm: null,
    lr: S.lr.default,
    optimizer: optimizerDefaults('gd'),
    schedule: constantSchedule,
    ascent: false,
    sequential: false,
    batch: S.batch.default,
    seed: S.seed.default,
    noise: S.noise.default,
    maxSteps: S.maxSteps.default,
    speed: S.speed.default,
    zScale: S.zScale.default,
    camera: null,
    view: '3d',
    lesson: NO_LESSON,
    projector: flagSettings.projector.default,
  };
}

/** Letter of the i-th start: A…Z, then AA, AB… Pure. */
export function startLabel(i: number): string {
  let s = '', n = i;
  do { s = String.fromCharCode(65 + (n % 26)) + s; n = Math.floor(n / 26) - 1; } while (n >= 0);
  return s;
}
