// Reading link text into a scenario. Links come from strangers: every value is inert data, parsed as a
// number or looked up by name, never evaluated. Decoding never throws (see ../urlCodec.ts for the rules).
import { isOptimizerKind, optimizerNames } from '../../core/descent/optimizers';
import { flagSettings, scalarNames, scalarSettings } from '../../core/descent/settingsCatalog';
import type { Domain } from '../../core/types';
import { createDefaultScenario, type Scenario, type StartPoint, type SwarmSpec } from '../scenario';
import type { LinkView } from './encode';
import { CODEC_LIMITS, readField, short, shown, type Get } from './fields';
import {
  domainOf, legacyCosineNotice, readCamera, readFlag, readOptimizer, readSchedule, readSelected, readStarts, readSurface, readSwarm, readViewMode,
} from './readers';
import { LIMITS } from '../scenario';
import { readLesson } from './lessonLink';
import { swarmStarts } from '../swarm';

export interface DecodeResult {
  readonly scenario: Scenario;
  /** The selected path and basin colouring the link shows. */
  readonly view: LinkView;
  /** Plain-text sentences about what was replaced or clamped; render as text, never as HTML. */
  readonly notices: string[];
}

export interface DecodeOptions {
  /** Text from an old `?` link, whose cosine schedule floor was relative to η. */
  readonly legacy?: boolean;
}

export const UNREADABLE_NOTICE = 'This link could not be read; showing the default setup.';

/** The scenario link text describes (with or without a leading '#' or '?'), with notices. Never throws; fresh start ids. */
export function decodeScenario(text: string, opts: DecodeOptions = {}): DecodeResult {
  try {
    return decode(text, opts.legacy === true);
  } catch {
    return { scenario: createDefaultScenario(), view: { selected: null, basins: false }, notices: [UNREADABLE_NOTICE] };
  }
}

function decode(text: string, legacy: boolean): DecodeResult {
  const q = text.startsWith('?') || text.startsWith('#') ? text.slice(1) : text;
  if (q.length > CODEC_LIMITS.linkLength) throw new Error('link too long');
  const d = createDefaultScenario();
  if (q === '') return { scenario: d, view: { selected: null, basins: false }, notices: [] };
  const params = new URLSearchParams(q);
  const get: Get = (key) => params.get(key) ?? undefined;
  const notes: string[] = [];

  const surface = readSurface(params, d.surface, notes);
  const pRaw = get('p');
  const ordinary = pRaw === undefined ? { starts: d.starts, fromLink: d.starts.map((_, i) => i) } : readStarts(pRaw, domainOf(surface), notes);
  const { starts, fromLink, swarm } = withLinkSwarm(ordinary, get('sw'), get('swx'), domainOf(surface), notes);
  const scalars = { ...d };
  for (const name of scalarNames) {
    const spec = scalarSettings[name], raw = get(spec.link), fallback = d[name];
    if (raw !== undefined) scalars[name] = readField(raw, spec, notes, `using ${short(fallback)}`) ?? fallback;
  }
  const oRaw = get('o');
  let optimizer = d.optimizer;
  if (oRaw !== undefined) {
    if (isOptimizerKind(oRaw)) optimizer = readOptimizer(get, oRaw, notes, '');
    else notes.push(`The link's optimizer '${shown(oRaw)}' is not known; using ${optimizerNames[d.optimizer.kind].toLowerCase()}.`);
  }
  const schRaw = get('sch');
  const camRaw = get('cam');
  const viewRaw = get('view');
  const scenario: Scenario = {
    surface,
    starts,
    swarm,
    lr: scalars.lr,
    optimizer,
    schedule: schRaw === undefined ? d.schedule : readSchedule(schRaw, notes, legacy ? scalars.lr : null),
    ascent: readFlag(get('asc'), 'ascent setting', d.ascent, notes),
    sequential: readFlag(get('seq'), 'update-order setting', d.sequential, notes),
    batch: scalars.batch,
    seed: scalars.seed,
    noise: scalars.noise,
    maxSteps: scalars.maxSteps,
    speed: scalars.speed,
    zScale: scalars.zScale,
    camera: camRaw === undefined ? d.camera : readCamera(camRaw, notes),
    view: viewRaw === undefined ? d.view : readViewMode(viewRaw, d.view, notes),
    lesson: readLesson(get('title'), get('hide'), notes),
    projector: readFlag(get(flagSettings.projector.link), 'projector mode setting', d.projector, notes),
  };
  // An old link's cosine schedule behaves differently now: say how, rather than change it silently.
  const converted = legacy ? legacyCosineNotice(scenario.schedule, scenario.lr, scenario.maxSteps, starts) : null;
  if (converted !== null) notes.push(converted);
  const view: LinkView = {
    selected: readSelected(get('sel'), fromLink, notes),
    basins: readFlag(get('basins'), 'basin colouring setting', false, notes),
    // Present only when the link says (absent: off), so older links' views read back unchanged.
    ...(get('pr') === undefined ? {} : { predict: readFlag(get('pr'), 'predict-first setting', false, notes) }),
  };
  return { scenario, view, notices: capNotices(notes) };
}

/** The link's ordinary starts followed by its swarm's members (the link's letters go on counting through them). */
function withLinkSwarm(
  ordinary: { readonly starts: readonly StartPoint[]; readonly fromLink: readonly (number | null)[] },
  raw: string | undefined, removedRaw: string | undefined, domain: Domain, notes: string[],
): { starts: StartPoint[]; fromLink: (number | null)[]; swarm: SwarmSpec | null } {
  if (raw === undefined) return { starts: [...ordinary.starts], fromLink: [...ordinary.fromLink], swarm: null };
  const { spec, removed } = readSwarm(raw, removedRaw, notes);
  let members = swarmStarts(spec, domain, (k) => !removed.has(k));
  const room = LIMITS.starts.max - ordinary.starts.length;
  if (members.length > room) {
    notes.push(`The link has ${ordinary.starts.length + members.length} starts with its swarm; only the first ${LIMITS.starts.max} are kept.`);
    members = members.slice(0, Math.max(0, room));
  }
  const base = ordinary.starts.length;
  return {
    starts: [...ordinary.starts, ...members], fromLink: [...ordinary.fromLink, ...members.map((_, k) => base + k)],
    swarm: members.length > 0 ? spec : null,
  };
}

function capNotices(notes: string[]): string[] {
  const max = CODEC_LIMITS.notices;
  if (notes.length <= max) return notes;
  return [...notes.slice(0, max - 1), `…and ${notes.length - max + 1} more problems with the link.`];
}
