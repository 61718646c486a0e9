// The share link: a whole Scenario in the page's query string, and back. Links come from strangers,
// so decoding treats every value as inert data: it parses numbers and looks names up, never evaluates.
//
// Format, one key each, in this order; a key whose value equals createDefaultScenario()'s is left out,
// so the default setup encodes to '':
//   s=<builtin id> | f=<formula text> | d=<dataset id>   the landscape (default s=himmelblau)
//   p=x,y;x,y,lr:0.1,o:adam,b1:0.8;…  starts separated by ';'. After x,y a start may override the
//                                      learning rate (lr:) and the optimizer (o:<kind>, then its
//                                      hyperparameters as below with ':', each omitted at its default)
//   lr=<learning rate>
//   o=gd|momentum|nesterov|adagrad|rmsprop|adam   the optimizer, then its hyperparameters, each
//   mu= a= b1= b2= eps=                omitted at PyTorch's default: momentum μ, RMSProp α, Adam β₁ β₂, ε
//   sch=step:<every>,<factor> | exponential:<gamma> | cosine:<period>,<minFactor>   (default constant)
//   asc=1  seq=1                       gradient ascent; the sequential update order
//   bs=<batch> seed=<seed> max=<maxSteps> spd=<speed> z=<zScale>
//   cam=<azimuth>,<elevation>,<zoom>,<panX>,<panY>   (absent: the surface's default view)
// Numbers are String(n), the shortest text that reads back as the same double, so every field
// round-trips exactly; only the camera is rounded, to 4 decimals, to keep an orbiting view's link short.
//
// Decoding never throws. An unusable value is replaced by its default, a value outside LIMITS (or
// CODEC_LIMITS) is clamped, and each adds a short notice. Unknown keys are ignored (forward
// compatibility); of a repeated key the first counts; only known keys are ever read, so keys such as
// __proto__ are inert. A formula is kept as text even when checkFormula finds a problem (notice added):
// the person who shared it can see it in the editor and fix it, and the app resolves it safely later.
// The whole link is refused (defaults plus UNREADABLE_NOTICE) when it is longer than 20,000 characters,
// names an unknown surface or dataset, or has a formula longer than MAX_FORMULA_LENGTH.
import { isDatasetId } from '../core/surfaces/datasets';
import { checkFormula, DEFAULT_FORMULA_DOMAIN, MAX_FORMULA_LENGTH } from '../core/formula';
import { defaultOptimizer, isOptimizerKind, optimizerNames, type OptimizerKind, type OptimizerSettings } from '../core/descent/optimizers';
import { constantSchedule, defaultSchedule, scheduleKinds, type Schedule, type ScheduleKind } from '../core/descent/schedules';
import { getSurface } from '../core/surfaces/registry';
import { resolveSurface, type SurfaceSpec } from '../core/surfaces/spec';
import type { Domain } from '../core/types';
import {
  createDefaultScenario, LIMITS, newStartId, startLabel,
  type CameraView, type PathOverride, type Scenario, type StartPoint,
} from './scenario';

export interface DecodeResult {
  readonly scenario: Scenario;
  /** Plain-text sentences about what was replaced or clamped; render as text, never as HTML. */
  readonly notices: string[];
}

export const UNREADABLE_NOTICE = "This link could not be read; showing the default setup.";

/** Ranges the codec enforces beyond LIMITS, and its size limits. */
export const CODEC_LIMITS = {
  eps: { min: 1e-20, max: 1 },
  every: { min: 1, max: 100_000 },
  factor: { min: 0, max: 1 },
  gamma: { min: 0, max: 1 },
  period: { min: 1, max: 100_000 },
  minFactor: { min: 0, max: 1 },
  azimuth: { min: -2 * Math.PI, max: 2 * Math.PI },
  elevation: { min: -Math.PI / 2, max: Math.PI / 2 },
  /** Starts are kept within this many domain half-widths of the domain centre. */
  startReach: 10,
  queryLength: 20_000,
  /** Notices beyond this are summarised in one line. */
  notices: 12,
} as const;

interface Field { readonly label: string; readonly min: number; readonly max: number; readonly integer?: boolean }

const F = {
  lr: { label: 'learning rate', ...LIMITS.lr },
  momentum: { label: 'momentum μ', ...LIMITS.momentum },
  alpha: { label: 'RMSProp α', ...LIMITS.alpha },
  beta1: { label: 'Adam β₁', ...LIMITS.beta1 },
  beta2: { label: 'Adam β₂', ...LIMITS.beta2 },
  eps: { label: 'epsilon ε', ...CODEC_LIMITS.eps },
  every: { label: 'step-decay interval', integer: true, ...CODEC_LIMITS.every },
  factor: { label: 'step-decay factor', ...CODEC_LIMITS.factor },
  gamma: { label: 'decay rate γ', ...CODEC_LIMITS.gamma },
  period: { label: 'cosine period', integer: true, ...CODEC_LIMITS.period },
  minFactor: { label: 'cosine floor', ...CODEC_LIMITS.minFactor },
  batch: { label: 'batch size', integer: true, ...LIMITS.batch },
  seed: { label: 'seed', integer: true, ...LIMITS.seed },
  maxSteps: { label: 'iteration limit', integer: true, ...LIMITS.maxSteps },
  speed: { label: 'speed', ...LIMITS.speed },
  zScale: { label: 'vertical scale', ...LIMITS.zScale },
  azimuth: { label: 'camera azimuth', ...CODEC_LIMITS.azimuth },
  elevation: { label: 'camera elevation', ...CODEC_LIMITS.elevation },
  zoom: { label: 'camera zoom', ...LIMITS.zoom },
  panX: { label: 'camera pan x', ...LIMITS.pan },
  panY: { label: 'camera pan y', ...LIMITS.pan },
} as const satisfies Record<string, Field>;

/** Computed once so that encoding consumes no start ids. */
const DEFAULTS = createDefaultScenario();

// ---- encoding ----

/** Query string (no leading '?') for s; defaults omitted, so the default scenario gives ''. Pure. */
export function encodeScenario(s: Scenario): string {
  const out: [string, string][] = [];
  const put = (key: string, value: string): void => { out.push([key, value]); };
  const d = DEFAULTS;
  const sf = s.surface;
  if (!(sf.kind === 'builtin' && d.surface.kind === 'builtin' && sf.id === d.surface.id)) {
    if (sf.kind === 'builtin') put('s', sf.id);
    else if (sf.kind === 'formula') put('f', sf.text);
    else put('d', sf.dataset);
  }
  if (!sameStarts(s.starts, d.starts)) put('p', s.starts.map(startText).join(';'));
  if (!Object.is(s.lr, d.lr)) put('lr', num(s.lr));
  if (s.optimizer.kind !== d.optimizer.kind) put('o', s.optimizer.kind);
  for (const [k, v] of changedHyper(s.optimizer)) put(k, num(v));
  const sch = scheduleText(s.schedule);
  if (sch !== null) put('sch', sch);
  if (s.ascent) put('asc', '1');
  if (s.sequential) put('seq', '1');
  if (!Object.is(s.batch, d.batch)) put('bs', num(s.batch));
  if (!Object.is(s.seed, d.seed)) put('seed', num(s.seed));
  if (!Object.is(s.maxSteps, d.maxSteps)) put('max', num(s.maxSteps));
  if (!Object.is(s.speed, d.speed)) put('spd', num(s.speed));
  if (!Object.is(s.zScale, d.zScale)) put('z', num(s.zScale));
  const c = s.camera;
  if (c !== null) put('cam', [c.azimuth, c.elevation, c.zoom, c.panX, c.panY].map((v) => num(round4(v))).join(','));
  return out.map(([k, v]) => `${k}=${escapeValue(v)}`).join('&');
}

/** Shortest round-trip text; keeps the sign of −0. */
const num = (n: number): string => (Object.is(n, -0) ? '-0' : String(n));
const round4 = (v: number): number => Math.round(v * 1e4) / 1e4 || 0;

/** Percent-encodes for a query value but leaves , ; : / ^ readable (URLSearchParams reads them back as is). */
function escapeValue(v: string): string {
  const wellFormed = v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return encodeURIComponent(wellFormed)
    .replace(/%2C/g, ',').replace(/%3B/g, ';').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%5E/g, '^')
    .replace(/%20/g, '+');
}

function sameStarts(a: readonly StartPoint[], b: readonly StartPoint[]): boolean {
  return a.length === b.length && a.every((p, i) => {
    const q = b[i];
    return q !== undefined && !hasOverride(p.override) && Object.is(p.x, q.x) && Object.is(p.y, q.y);
  });
}

const hasOverride = (o: PathOverride | undefined): boolean => o !== undefined && (o.lr !== undefined || o.optimizer !== undefined);

function startText(p: StartPoint): string {
  const parts = [num(p.x), num(p.y)];
  const o = p.override;
  if (o?.lr !== undefined) parts.push(`lr:${num(o.lr)}`);
  if (o?.optimizer !== undefined) {
    parts.push(`o:${o.optimizer.kind}`);
    for (const [k, v] of changedHyper(o.optimizer)) parts.push(`${k}:${num(v)}`);
  }
  return parts.join(',');
}

/** The hyperparameters of o as [link key, value], in link order. Pure. */
function hyperEntries(o: OptimizerSettings): [string, number][] {
  switch (o.kind) {
    case 'gd': return [];
    case 'momentum': case 'nesterov': return [['mu', o.momentum]];
    case 'adagrad': return [['eps', o.eps]];
    case 'rmsprop': return [['a', o.alpha], ['eps', o.eps]];
    case 'adam': return [['b1', o.beta1], ['b2', o.beta2], ['eps', o.eps]];
    default: { const never: never = o; throw new Error(`unknown optimizer ${String(never)}`); }
  }
}

/** The hyperparameters of o that differ from its kind's defaults. Pure. */
function changedHyper(o: OptimizerSettings): [string, number][] {
  const base = hyperEntries(defaultOptimizer(o.kind));
  return hyperEntries(o).filter(([, v], i) => !Object.is(v, base[i]?.[1]));
}

function scheduleText(s: Schedule): string | null {
  switch (s.kind) {
    case 'constant': return null;
    case 'step': return `step:${num(s.every)},${num(s.factor)}`;
    case 'exponential': return `exponential:${num(s.gamma)}`;
    case 'cosine': return `cosine:${num(s.period)},${num(s.minFactor)}`;
    default: { const never: never = s; throw new Error(`unknown schedule ${String(never)}`); }
  }
}

// ---- decoding ----

/** The scenario a link describes, with notices about what was replaced. Never throws; fresh start ids. */
export function decodeScenario(query: string): DecodeResult {
  try {
    return decode(query);
  } catch {
    return { scenario: createDefaultScenario(), notices: [UNREADABLE_NOTICE] };
  }
}

type Get = (key: string) => string | undefined;

function decode(query: string): DecodeResult {
  const q = query.startsWith('?') ? query.slice(1) : query;
  if (q.length > CODEC_LIMITS.queryLength) throw new Error('link too long');
  const d = createDefaultScenario();
  if (q === '') return { scenario: d, notices: [] };
  const params = new URLSearchParams(q);
  const get: Get = (key) => params.get(key) ?? undefined;
  const notes: string[] = [];
  const n = (key: string, f: Field, fallback: number): number => {
    const raw = get(key);
    return raw === undefined ? fallback : readField(raw, f, notes, `using ${short(fallback)}`) ?? fallback;
  };

  const surface = readSurface(params, notes);
  const pRaw = get('p');
  const starts = pRaw === undefined ? d.starts : readStarts(pRaw, domainOf(surface), notes);
  const lr = n('lr', F.lr, d.lr);
  const oRaw = get('o');
  let optimizer = d.optimizer;
  if (oRaw !== undefined) {
    if (isOptimizerKind(oRaw)) optimizer = readOptimizer(get, oRaw, notes, '');
    else notes.push(`The link's optimizer '${shown(oRaw)}' is not known; using ${optimizerNames[d.optimizer.kind].toLowerCase()}.`);
  }
  const schRaw = get('sch');
  const camRaw = get('cam');
  const scenario: Scenario = {
    surface,
    starts,
    lr,
    optimizer,
    schedule: schRaw === undefined ? d.schedule : readSchedule(schRaw, notes),
    ascent: readFlag(get('asc'), 'ascent setting', d.ascent, notes),
    sequential: readFlag(get('seq'), 'update-order setting', d.sequential, notes),
    batch: n('bs', F.batch, d.batch),
    seed: n('seed', F.seed, d.seed),
    maxSteps: n('max', F.maxSteps, d.maxSteps),
    speed: n('spd', F.speed, d.speed),
    zScale: n('z', F.zScale, d.zScale),
    camera: camRaw === undefined ? d.camera : readCamera(camRaw, notes),
  };
  return { scenario, notices: capNotices(notes) };
}

function capNotices(notes: string[]): string[] {
  const max = CODEC_LIMITS.notices;
  if (notes.length <= max) return notes;
  return [...notes.slice(0, max - 1), `…and ${notes.length - max + 1} more problems with the link.`];
}

/** A strict decimal (no hex, no blanks, no Infinity) that is a finite double, or null. Pure. */
function parseDecimal(text: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}

/** raw read as a number within f (rounded, clamped, with notices), or null with a notice ending in `instead`. */
function readField(raw: string, f: Field, notes: string[], instead: string, prefix = ''): number | null {
  const label = prefix + f.label;
  const parsed = parseDecimal(raw);
  if (parsed === null) {
    notes.push(`The link's ${label} '${shown(raw)}' is not a number; ${instead}.`);
    return null;
  }
  let v = parsed;
  if (f.integer === true) {
    v = Math.round(v) + 0; // + 0 turns −0 into 0
    if (v !== parsed) notes.push(`${cap(label)} ${short(parsed)} is not a whole number; rounded to ${short(v)}.`);
  }
  if (v < f.min) { notes.push(`${cap(label)} ${short(v)} is below the minimum ${short(f.min)}; clamped.`); return f.min; }
  if (v > f.max) { notes.push(`${cap(label)} ${short(v)} is above the maximum ${short(f.max)}; clamped.`); return f.max; }
  return v;
}

/** A value from the link made safe to quote in a notice: no control characters, at most 24 characters. */
function shown(raw: string): string {
  const clean = raw.replace(/[\p{Cc}\p{Cf}]/gu, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

const short = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6))));
const cap = (s: string): string => s.replace(/^[a-z]/, (c) => c.toUpperCase());

function readSurface(params: URLSearchParams, notes: string[]): SurfaceSpec {
  let key: string | undefined;
  let count = 0;
  for (const k of new Set(params.keys())) {
    if (k === 's' || k === 'f' || k === 'd') { key ??= k; count++; }
  }
  if (key === undefined) return DEFAULTS.surface;
  const value = params.get(key) ?? '';
  if (count > 1) notes.push('The link names more than one landscape; using the first.');
  if (key === 's') {
    if (getSurface(value) === undefined) throw new Error('unknown surface');
    return { kind: 'builtin', id: value };
  }
  if (key === 'd') {
    if (!isDatasetId(value)) throw new Error('unknown dataset');
    return { kind: 'regression', dataset: value };
  }
  if (value.length > MAX_FORMULA_LENGTH) throw new Error('formula too long');
  const error = checkFormula(value);
  if (error !== null) notes.push(`The link's formula has a problem (${shown(error.message)}); it is kept so you can fix it.`);
  return { kind: 'formula', text: value };
}

/** The domain starts are measured against; formulas use the default formula domain. Pure. */
function domainOf(spec: SurfaceSpec): Domain {
  if (spec.kind === 'builtin') return getSurface(spec.id)?.domain ?? DEFAULT_FORMULA_DOMAIN;
  if (spec.kind === 'formula') return DEFAULT_FORMULA_DOMAIN;
  const r = resolveSurface(spec);
  return r.ok ? r.surface.domain : DEFAULT_FORMULA_DOMAIN;
}

function readStarts(raw: string, domain: Domain, notes: string[]): StartPoint[] {
  const segments = raw.split(';').filter((s) => s !== '');
  const max = LIMITS.starts.max;
  if (segments.length > max) {
    notes.push(`The link has ${segments.length} starts; only the first ${max} are kept.`);
    segments.length = max;
  }
  const reach = CODEC_LIMITS.startReach;
  const cx = (domain.xMin + domain.xMax) / 2, hx = (domain.xMax - domain.xMin) / 2;
  const cy = (domain.yMin + domain.yMax) / 2, hy = (domain.yMax - domain.yMin) / 2;
  const out: StartPoint[] = [];
  const bad: string[] = [];
  let moved = 0;
  for (const segment of segments) {
    const [xText = '', yText = '', ...rest] = segment.split(',');
    const x0 = parseDecimal(xText), y0 = parseDecimal(yText);
    if (x0 === null || y0 === null) { bad.push(segment); continue; }
    const x = Math.min(Math.max(x0, cx - reach * hx), cx + reach * hx);
    const y = Math.min(Math.max(y0, cy - reach * hy), cy + reach * hy);
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
  return out;
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
  const lrRaw = get('lr');
  const lr = lrRaw === undefined ? null : readField(lrRaw, F.lr, notes, 'using the shared rate', prefix);
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

function readOptimizer(get: Get, kind: OptimizerKind, notes: string[], prefix: string): OptimizerSettings {
  const n = (key: string, f: Field, fallback: number): number => {
    const raw = get(key);
    return raw === undefined ? fallback : readField(raw, f, notes, `using ${short(fallback)}`, prefix) ?? fallback;
  };
  const d = defaultOptimizer(kind);
  switch (d.kind) {
    case 'gd': return d;
    case 'momentum': return { kind: 'momentum', momentum: n('mu', F.momentum, d.momentum) };
    case 'nesterov': return { kind: 'nesterov', momentum: n('mu', F.momentum, d.momentum) };
    case 'adagrad': return { kind: 'adagrad', eps: n('eps', F.eps, d.eps) };
    case 'rmsprop': return { kind: 'rmsprop', alpha: n('a', F.alpha, d.alpha), eps: n('eps', F.eps, d.eps) };
    case 'adam': return {
      kind: 'adam', beta1: n('b1', F.beta1, d.beta1), beta2: n('b2', F.beta2, d.beta2), eps: n('eps', F.eps, d.eps),
    };
    default: { const never: never = d; throw new Error(`unknown optimizer ${String(never)}`); }
  }
}

const isScheduleKind = (k: string): k is ScheduleKind => (scheduleKinds as readonly string[]).includes(k);

function readSchedule(raw: string, notes: string[]): Schedule {
  const colon = raw.indexOf(':');
  const kind = colon < 0 ? raw : raw.slice(0, colon);
  const args = colon < 0 ? [] : raw.slice(colon + 1).split(',');
  if (!isScheduleKind(kind)) {
    notes.push(`The link's schedule '${shown(raw)}' is not known; using a constant rate.`);
    return constantSchedule;
  }
  const arg = (i: number, f: Field, fallback: number): number => {
    const a = args[i];
    return a === undefined ? fallback : readField(a, f, notes, `using ${short(fallback)}`) ?? fallback;
  };
  const d = defaultSchedule(kind);
  switch (d.kind) {
    case 'constant': return d;
    case 'step': return { kind: 'step', every: arg(0, F.every, d.every), factor: arg(1, F.factor, d.factor) };
    case 'exponential': return { kind: 'exponential', gamma: arg(0, F.gamma, d.gamma) };
    case 'cosine': return { kind: 'cosine', period: arg(0, F.period, d.period), minFactor: arg(1, F.minFactor, d.minFactor) };
    default: { const never: never = d; throw new Error(`unknown schedule ${String(never)}`); }
  }
}

function readFlag(raw: string | undefined, label: string, fallback: boolean, notes: string[]): boolean {
  if (raw === undefined) return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  notes.push(`The link's ${label} '${shown(raw)}' is not 0 or 1; using ${fallback ? 'on' : 'off'}.`);
  return fallback;
}

function readCamera(raw: string, notes: string[]): CameraView | null {
  const parts = raw.split(',');
  if (parts.length !== 5 || parts.some((p) => parseDecimal(p) === null)) {
    notes.push(`The link's camera view '${shown(raw)}' could not be read; using the default view.`);
    return null;
  }
  const [az = '', el = '', zoom = '', panX = '', panY = ''] = parts;
  // Rounded as the encoder rounds (and kept in range), so a decoded view is written back unchanged.
  const v = (text: string, f: Field): number => Math.min(Math.max(round4(readField(text, f, notes, 'using 0') ?? 0), f.min), f.max);
  return { azimuth: v(az, F.azimuth), elevation: v(el, F.elevation), zoom: v(zoom, F.zoom), panX: v(panX, F.panX), panY: v(panY, F.panY) };
}
