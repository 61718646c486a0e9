// Readers for the structured parts of a link: the surface, the starts with their overrides, the
// optimizer, the schedule, flags and the camera. Each treats link text as inert data, repairs what it
// can and appends a notice for what it changed.
import { isArrangement, type Arrangement } from '../../core/descent/arrangement';
import { checkFormula, DEFAULT_FORMULA_DOMAIN, MAX_FORMULA_LENGTH } from '../../core/formula';
import { isOptimizerKind, type OptimizerKind, type OptimizerSettings } from '../../core/descent/optimizers';
import { constantSchedule, isScheduleKind, type Schedule } from '../../core/descent/schedules';
import {
  hyperparameters, hyperparametersOf, optimizerDefaults, paramsOf, scalarSettings, scheduleFrom,
} from '../../core/descent/settingsCatalog';
import { getSurface } from '../../core/surfaces/registry';
import type { SurfaceSpec } from '../../core/surfaces/spec';
import type { Domain } from '../../core/types';
import { surfaceFor } from '../currentSurface';
import { LIMITS, isViewMode, newStartId, startLabel, type CameraView, type PathOverride, type StartPoint, type SwarmSpec, type ViewMode } from '../scenario';
import { withinReach } from '../placement';
import { round4 } from './encode';
import { readRegression } from './dataLink';
import { CODEC_LIMITS, parseDecimal, readField, short, shown, type Field, type Get } from './fields';

/** The landscape named by s=, f= or d= (the first of them). Throws for an unknown name or an over-long formula. */
export function readSurface(params: URLSearchParams, fallback: SurfaceSpec, notes: string[]): SurfaceSpec {
  let key: string | undefined;
  let count = 0;
  for (const k of new Set(params.keys())) {
    if (k === 's' || k === 'f' || k === 'd') { key ??= k; count++; }
  }
  if (key === undefined) return fallback;
  const value = params.get(key) ?? '';
  if (count > 1) notes.push('The link names more than one landscape; using the first.');
  if (key === 's') {
    if (getSurface(value) === undefined) throw new Error('unknown surface');
    return { kind: 'builtin', id: value };
  }
  if (key === 'd') return readRegression(value, (k) => params.get(k) ?? undefined, notes) ?? fallback;
  if (value.length > MAX_FORMULA_LENGTH) throw new Error('formula too long');
  const error = checkFormula(value);
  if (error !== null) notes.push(`The link's formula has a problem (${shown(error.message)}); it is kept so you can fix it.`);
  return { kind: 'formula', text: value };
}

/** The domain starts are measured against; formulas use the default formula domain. Pure. */
export function domainOf(spec: SurfaceSpec): Domain {
  if (spec.kind === 'builtin') return getSurface(spec.id)?.domain ?? DEFAULT_FORMULA_DOMAIN;
  if (spec.kind === 'formula') return DEFAULT_FORMULA_DOMAIN;
  const r = surfaceFor(spec);
  return r.ok ? r.surface.domain : DEFAULT_FORMULA_DOMAIN;
}

/** The starts a link gives, and where each of the link's own starts went. */
export interface LinkStarts {
  readonly starts: StartPoint[];
  /** For the link's i-th start (its letter), its index in starts, or null when it was left out. */
  readonly fromLink: readonly (number | null)[];
}

/** `x,y[,key:value…];…` as starts, kept within reach of the domain, at most LIMITS.starts.max. */
export function readStarts(raw: string, domain: Domain, notes: string[]): LinkStarts {
  const segments = raw.split(';').filter((s) => s !== '');
  const max = LIMITS.starts.max;
  const fromLink: (number | null)[] = Array.from({ length: segments.length }, () => null);
  if (segments.length > max) {
    notes.push(`The link has ${segments.length} starts; only the first ${max} are kept.`);
    segments.length = max;
  }
  const reach = CODEC_LIMITS.startReach;
  const out: StartPoint[] = [];
  const bad: string[] = [];
  let moved = 0;
  for (const [i, segment] of segments.entries()) {
    const [xText = '', yText = '', ...rest] = segment.split(',');
    const x0 = parseDecimal(xText), y0 = parseDecimal(yText);
    if (x0 === null || y0 === null) { bad.push(segment); continue; }
    fromLink[i] = out.length;
    const [x, y] = withinReach(domain, reach, x0, y0);
    if (x !== x0 || y !== y0) moved++;
    const override = readOverride(rest, notes, `start ${startLabel(out.length)} `);
    out.push(override === undefined ? { id: newStartId(), x, y } : { id: newStartId(), x, y, override });
  }
  if (bad.length === 1) notes.push(`The link's start '${shown(bad[0] ?? '')}' is not a pair of numbers; it was left out.`);
  if (bad.length > 1) notes.push(`${bad.length} of the link's starts are not pairs of numbers; they were left out.`);
  if (moved > 0) {
    const which = moved === 1 ? 'A start was' : `${moved} starts were`;
    notes.push(`${which} far outside the landscape; moved to within ${reach} half-widths of its centre.`);
  }
  return { starts: out, fromLink };
}

/** A start's `key:value` tokens as an override, or undefined when it sets nothing usable. */
function readOverride(tokens: readonly string[], notes: string[], prefix: string): PathOverride | undefined {
  if (tokens.length === 0) return undefined;
  const map = new Map<string, string>();
  for (const t of tokens) {
    const i = t.indexOf(':');
    if (i > 0 && !map.has(t.slice(0, i))) map.set(t.slice(0, i), t.slice(i + 1));
  }
  const get: Get = (key) => map.get(key);
  const lrRaw = get(scalarSettings.lr.link);
  const lr = lrRaw === undefined ? null : readField(lrRaw, scalarSettings.lr, notes, 'using the shared rate', prefix);
  const kind = get('o');
  let optimizer: OptimizerSettings | undefined;
  if (kind !== undefined) {
    if (isOptimizerKind(kind)) optimizer = readOptimizer(get, kind, notes, prefix);
    else notes.push(`The link's ${prefix}optimizer '${shown(kind)}' is not known; using the shared optimizer.`);
  }
  if (lr === null && optimizer === undefined) return undefined;
  if (lr === null) return { optimizer };
  return optimizer === undefined ? { lr } : { lr, optimizer };
}

/** Optimizer `kind` with each hyperparameter read from its catalog link key (default when absent). */
export function readOptimizer(get: Get, kind: OptimizerKind, notes: string[], prefix: string): OptimizerSettings {
  const o = optimizerDefaults(kind) as unknown as Record<string, number>;
  for (const k of hyperparametersOf(kind)) {
    const h = hyperparameters[k], raw = get(h.link), fallback = o[k] as number;
    if (raw !== undefined) o[k] = readField(raw, h, notes, `using ${short(fallback)}`, prefix) ?? fallback;
  }
  return o as unknown as OptimizerSettings;
}

/**
 * `<kind>:<a>,<b>` with the arguments in catalog order. Old `?` links wrote cosine's floor as a fraction
 * of η (`cosine:<period>,<minFactor>`): with `legacyLr` it is read that way and made absolute.
 */
export function readSchedule(raw: string, notes: string[], legacyLr: number | null): Schedule {
  const colon = raw.indexOf(':');
  const kind = colon < 0 ? raw : raw.slice(0, colon);
  const texts = colon < 0 ? [] : raw.slice(colon + 1).split(',');
  if (!isScheduleKind(kind)) {
    notes.push(`The link's schedule '${shown(raw)}' is not known; using a constant rate.`);
    return constantSchedule;
  }
  const args = paramsOf(kind).map((p, i) => {
    const t = texts[i];
    if (t === undefined) return p.default;
    if (legacyLr !== null && p.key === 'etaMin') {
      const f = readField(t, { label: 'cosine floor', min: 0, max: 1, integer: false }, notes, 'using 0');
      return Math.min(p.max, (f ?? 0) * legacyLr);
    }
    return readField(t, p, notes, `using ${short(p.default)}`) ?? p.default;
  });
  return scheduleFrom(kind, args);
}

/**
 * What changed for an old `?` link's cosine schedule, read as PyTorch's CosineAnnealingLR: its floor is now
 * absolute (from the shared η, also for paths with their own η), and past T_max the rate rises again where
 * the old schedule held the floor (which shows only when the run can go beyond T_max). Pure.
 */
export function legacyCosineNotice(s: Schedule, lr: number, maxSteps: number, starts: readonly StartPoint[]): string | null {
  if (s.kind !== 'cosine') return null;
  const factor = s.etaMin / lr;
  let text = `This older link's cosine schedule now follows PyTorch's CosineAnnealingLR with the floor η_min = ${short(s.etaMin)} (${short(factor)} × η).`;
  // The old rate at iteration t (from 0) used min(t, T_max): it differs once t passes T_max within the limit.
  if (s.tMax < maxSteps - 1) text += ` After ${s.tMax} iterations the rate rises again instead of holding at the floor.`;
  const own = starts.flatMap((p, i) => (p.override?.lr !== undefined ? [startLabel(i)] : []));
  if (factor > 0 && own.length === 1) text += ` Path ${own[0]}, with its own η, now shares that floor instead of ${short(factor)} × its own η.`;
  if (factor > 0 && own.length > 1) {
    const who = own.length <= 5 ? `Paths ${own.join(', ')}, with their own η,` : `${own.length} paths with their own η`;
    text += ` ${who} now share that floor instead of ${short(factor)} × their own η.`;
  }
  return text;
}

export function readFlag(raw: string | undefined, label: string, fallback: boolean, notes: string[]): boolean {
  if (raw === undefined) return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  notes.push(`The link's ${label} '${shown(raw)}' is not 0 or 1; using ${fallback ? 'on' : 'off'}.`);
  return fallback;
}

const CAMERA: Readonly<Record<keyof CameraView, Field>> = {
  azimuth: { label: 'camera azimuth', integer: false, ...CODEC_LIMITS.azimuth },
  elevation: { label: 'camera elevation', integer: false, ...CODEC_LIMITS.elevation },
  zoom: { label: 'camera zoom', integer: false, ...LIMITS.zoom },
  panX: { label: 'camera pan x', integer: false, ...LIMITS.pan },
  panY: { label: 'camera pan y', integer: false, ...LIMITS.pan },
};

export function readCamera(raw: string, notes: string[]): CameraView | null {
  const parts = raw.split(',');
  if (parts.length !== 5 || parts.some((p) => parseDecimal(p) === null)) {
    notes.push(`The link's camera view '${shown(raw)}' could not be read; using the default view.`);
    return null;
  }
  const [az = '', el = '', zoom = '', panX = '', panY = ''] = parts;
  // Rounded as the encoder rounds (and kept in range), so a decoded view is written back unchanged.
  const v = (text: string, f: Field): number => Math.min(Math.max(round4(readField(text, f, notes, 'using 0') ?? 0), f.min), f.max);
  return { azimuth: v(az, CAMERA.azimuth), elevation: v(el, CAMERA.elevation), zoom: v(zoom, CAMERA.zoom), panX: v(panX, CAMERA.panX), panY: v(panY, CAMERA.panY) };
}

/**
 * The selected path's letter, which names the link's own i-th start, as an index into the starts kept
 * (fromLink), or null with a notice when it names no start or one that was left out.
 */
export function readSelected(raw: string | undefined, fromLink: readonly (number | null)[], notes: string[]): number | null {
  if (raw === undefined) return null;
  for (let i = 0; i < fromLink.length; i++) {
    if (startLabel(i) !== raw) continue;
    const kept = fromLink[i] ?? null;
    if (kept === null) notes.push(`The link's selected path '${shown(raw)}' is a start that was left out; none is selected.`);
    return kept;
  }
  notes.push(`The link's selected path '${shown(raw)}' is not one of its paths; none is selected.`);
  return null;
}

/** A swarm read from a link: its description and which members the link leaves out. */
export interface LinkSwarm {
  readonly spec: SwarmSpec;
  readonly removed: ReadonlySet<number>;
}

const SWARM_COUNT: Field = { label: 'swarm size', integer: true, min: LIMITS.swarm.min, max: LIMITS.swarm.max };
const SWARM_SEED: Field = { label: 'swarm seed', integer: true, min: scalarSettings.seed.min, max: scalarSettings.seed.max };

/**
 * `<count>,grid|random,<seed>` (sw=) and the members left out (swx=, `3,7-9`). Each unusable part is replaced
 * by its default (LIMITS.swarm.default starts, random, seed 1) with a notice.
 */
export function readSwarm(raw: string, removedRaw: string | undefined, notes: string[]): LinkSwarm {
  const [countText = '', arrText = '', seedText = ''] = raw.split(',');
  const count = readField(countText, SWARM_COUNT, notes, `using ${LIMITS.swarm.default}`) ?? LIMITS.swarm.default;
  let arrangement: Arrangement = 'random';
  if (isArrangement(arrText)) arrangement = arrText;
  else notes.push(`The link's swarm arrangement '${shown(arrText)}' is not grid or random; using random.`);
  const seed = readField(seedText, SWARM_SEED, notes, 'using 1') ?? 1;
  const removed = new Set<number>();
  let bad = 0;
  for (const token of removedRaw === undefined || removedRaw === '' ? [] : removedRaw.split(',')) {
    const m = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(token);
    if (m === null) { bad++; continue; }
    const a = Number(m[1]), b = Math.min(m[2] === undefined ? a : Number(m[2]), count - 1);
    for (let k = a; k <= b; k++) removed.add(k);
  }
  if (bad > 0) notes.push(`${bad === 1 ? 'One' : bad} of the link's removed swarm starts could not be read; ${bad === 1 ? 'it was' : 'they were'} ignored.`);
  return { spec: { count, arrangement, seed }, removed };
}

const VIEW_NAMES: Readonly<Record<ViewMode, string>> = { '3d': '3D', map: 'Map', both: '3D and map' };

/** The view picker's choice (3d, map or both), or the fallback with a notice. */
export function readViewMode(raw: string, fallback: ViewMode, notes: string[]): ViewMode {
  if (isViewMode(raw)) return raw;
  notes.push(`The link's view '${shown(raw)}' is not 3d, map or both; showing ${VIEW_NAMES[fallback]}.`);
  return fallback;
}
