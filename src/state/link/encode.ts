// Writing a scenario as link text (the part after '#'); every numeric setting's key and default
// come from the settings catalog. The format is described in ../urlCodec.ts.
import type { OptimizerSettings } from '../../core/descent/optimizers';
import type { Schedule } from '../../core/descent/schedules';
import {
  flagSettings, hyperparameters, hyperparametersOf, optimizerDefaults, scalarNames, scalarSettings, scheduleArgs,
} from '../../core/descent/settingsCatalog';
import { createDefaultScenario, startLabel, type PathOverride, type Scenario, type StartPoint } from '../scenario';
import { encodeRegression } from './dataLink';
import { num } from './fields';
import { lessonEntries } from './lessonLink';

/** Computed once so that encoding consumes no start ids. */
const DEFAULTS = createDefaultScenario();

/** What a shared view shows besides the scenario: the selected path and the basin colouring. */
export interface LinkView {
  /** Index of the selected start, or null. */
  readonly selected: number | null;
  /** Whether the landscape is coloured by basin of attraction. */
  readonly basins: boolean;
  /** "Predict first": paths hidden until revealed (link key pr=1); absent means off. */
  readonly predict?: boolean;
}

export const DEFAULT_VIEW: LinkView = { selected: null, basins: false };

/** Link text for s and its view (no leading '#'), defaults left out, so the default scenario gives ''. Pure. */
export function encodeScenario(s: Scenario, view: LinkView = DEFAULT_VIEW): string {
  const out: [string, string][] = [];
  const put = (key: string, value: string): void => { out.push([key, value]); };
  const d = DEFAULTS;
  const sf = s.surface;
  if (!(sf.kind === 'builtin' && d.surface.kind === 'builtin' && sf.id === d.surface.id)) {
    if (sf.kind === 'builtin') put('s', sf.id);
    else if (sf.kind === 'formula') put('f', sf.text);
    else encodeRegression(sf, put);
  }
  const ordinary = s.starts.filter((p) => p.member === undefined);
  if (!sameStarts(ordinary, d.starts)) put('p', ordinary.map(startText).join(';'));
  if (s.swarm !== null) {
    put('sw', `${s.swarm.count},${s.swarm.arrangement},${num(s.swarm.seed)}`);
    const gone = removedMembers(s.swarm.count, s.starts);
    if (gone !== '') put('swx', gone);
  }
  if (!Object.is(s.lr, d.lr)) put(scalarSettings.lr.link, num(s.lr));
  if (s.optimizer.kind !== d.optimizer.kind) put('o', s.optimizer.kind);
  for (const [k, v] of changedHyper(s.optimizer)) put(k, num(v));
  const sch = scheduleText(s.schedule);
  if (sch !== null) put('sch', sch);
  if (s.ascent) put('asc', '1');
  if (s.sequential) put('seq', '1');
  for (const name of scalarNames) {
    if (name !== 'lr' && !Object.is(s[name], d[name])) put(scalarSettings[name].link, num(s[name]));
  }
  const c = s.camera;
  if (c !== null) put('cam', [c.azimuth, c.elevation, c.zoom, c.panX, c.panY].map((v) => num(round4(v))).join(','));
  if (s.view !== d.view) put('view', s.view);
  if (s.projector !== d.projector) put(flagSettings.projector.link, s.projector ? '1' : '0');
  const sel = view.selected;
  if (sel !== null && sel >= 0 && sel < s.starts.length) put('sel', startLabel(sel));
  if (view.basins) put('basins', '1');
  for (const [k, v] of lessonEntries(s.lesson)) put(k, v);
  if (view.predict === true) put('pr', '1');
  return out.map(([k, v]) => `${k}=${escapeValue(v)}`).join('&');
}

/** The swarm members absent from starts, as ranges "3,7-9" (members are in swarm order). Pure. */
function removedMembers(count: number, starts: readonly StartPoint[]): string {
  const present = new Uint8Array(count);
  for (const p of starts) if (p.member !== undefined && p.member < count) present[p.member] = 1;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    if (present[k] === 1) continue;
    let e = k;
    while (e + 1 < count && present[e + 1] === 0) e++;
    out.push(e === k ? String(k) : `${k}-${e}`);
    k = e;
  }
  return out.join(',');
}

/** The camera is rounded to 4 decimals, to keep an orbiting view's link short. Pure. */
export const round4 = (v: number): number => Math.round(v * 1e4) / 1e4 || 0;

/** Percent-encodes for a value but leaves , ; : / ^ readable (URLSearchParams reads them back as is). */
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

/** The hyperparameters of o that differ from its kind's defaults, as [link key, value] in catalog order. Pure. */
function changedHyper(o: OptimizerSettings): [string, number][] {
  const base = optimizerDefaults(o.kind) as unknown as Record<string, number>;
  const values = o as unknown as Record<string, number>;
  return hyperparametersOf(o.kind)
    .filter((k) => !Object.is(values[k], base[k]))
    .map((k) => [hyperparameters[k].link, values[k] as number]);
}

/** `<kind>:<args in catalog order>`, or null for a constant rate. Pure. */
function scheduleText(s: Schedule): string | null {
  return s.kind === 'constant' ? null : `${s.kind}:${scheduleArgs(s).map(num).join(',')}`;
}
