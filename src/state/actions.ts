// Everything a person can do, as module-level actions on the store. Each replaces the scenario object.
import { defaultOptimizer, type OptimizerKind, type OptimizerSettings } from '../core/descent/optimizers';
import type { Schedule } from '../core/descent/schedules';
import { resolveSurface, type SurfaceSpec } from '../core/surfaces/spec';
import { optimizerOf, withLearningRate, withOptimizer, withStartAt } from './edits';
import { LIMITS, clamp, createDefaultScenario, newStartId, withinBudget, type CameraView, type Scenario } from './scenario';
import { useDownhill, type ApplyTo, type DownhillState, type Notice, type Outcome } from './store';
import { simulation, stepSimulation } from './simulation';
import { suggestionFor } from './suggestions';

const set = useDownhill.setState;
const get = useDownhill.getState;

function edit(fn: (s: Scenario) => Scenario): void {
  set({ scenario: budgeted(fn(get().scenario)) });
}

/** Keeps paths × iteration limit within the budget, saying so when it lowers the limit. */
function budgeted(s: Scenario): Scenario {
  const b = withinBudget(s);
  if (b !== s) pushNotice(`With ${s.starts.length.toLocaleString('en-US')} paths the iteration limit is at most ${b.maxSteps.toLocaleString('en-US')}, to keep the page responsive.`, 'info');
  return b;
}

/** The start id that setting edits target, or null when they go to every path. */
export function editTarget(state: DownhillState = get()): number | null {
  const { applyTo, selected, scenario } = state;
  return applyTo === 'selected' && scenario.starts.some((s) => s.id === selected) ? selected : null;
}

/** Switches to a built-in surface or a regression cost, with its suggested learning rate and starts. */
export function setSurface(spec: SurfaceSpec): void {
  const res = resolveSurface(spec);
  if (!res.ok) { pushNotice(res.message, 'warning'); return; }
  const sug = suggestionFor(res.surface);
  edit((s) => ({
    ...s, surface: spec, lr: sug.lr, camera: null,
    starts: sug.starts.map(([x, y]) => ({ id: newStartId(), x, y })),
  }));
  set({ selected: null, outcomes: {} });
}

export function setFormulaDraft(text: string): void {
  set({ formulaDraft: text });
}

/** Applies the formula box. A formula with an error changes nothing (the last good surface stays). */
export function applyFormula(): boolean {
  const text = get().formulaDraft.trim();
  const res = resolveSurface({ kind: 'formula', text });
  if (!res.ok) return false;
  edit((s) => ({ ...s, surface: { kind: 'formula', text }, camera: null }));
  set({ outcomes: {} });
  return true;
}

/** Sets η for every path, or only for the selected one (see applyTo). */
export function setLearningRate(lr: number): void {
  edit((s) => withLearningRate(s, lr, editTarget()));
}

/** Chooses the optimizer, with its default hyperparameters, for every path or the selected one. */
export function setOptimizerKind(kind: OptimizerKind): void {
  edit((s) => withOptimizer(s, defaultOptimizer(kind), editTarget()));
}

export type Hyperparameter = 'momentum' | 'alpha' | 'beta1' | 'beta2';

/** Sets one hyperparameter of the optimizer in force (shared or the selected path's); ignored if it has none. */
export function setHyperparameter(key: Hyperparameter, value: number): void {
  const lim = LIMITS[key];
  const v = clamp(value, lim.min, lim.max);
  const t = editTarget();
  edit((s) => {
    const o = optimizerOf(s, t);
    return key in o ? withOptimizer(s, { ...o, [key]: v } as OptimizerSettings, t) : s;
  });
}

export const setSchedule = (schedule: Schedule): void => edit((s) => ({ ...s, schedule }));
export const setAscent = (ascent: boolean): void => edit((s) => ({ ...s, ascent }));
export const setSequential = (sequential: boolean): void => edit((s) => ({ ...s, sequential }));
export const setBatch = (batch: number): void => edit((s) => ({ ...s, batch: Math.round(clamp(batch, LIMITS.batch.min, LIMITS.batch.max)) }));
export const setSeed = (seed: number): void => edit((s) => ({ ...s, seed: Math.round(clamp(seed, LIMITS.seed.min, LIMITS.seed.max)) }));
export const setMaxSteps = (n: number): void => edit((s) => ({ ...s, maxSteps: Math.round(clamp(n, LIMITS.maxSteps.min, LIMITS.maxSteps.max)) }));
export const setSpeed = (v: number): void => edit((s) => ({ ...s, speed: clamp(v, LIMITS.speed.min, LIMITS.speed.max) }));
export const setZScale = (v: number): void => edit((s) => ({ ...s, zScale: clamp(v, LIMITS.zScale.min, LIMITS.zScale.max) }));
export const setCamera = (camera: CameraView | null): void => edit((s) => ({ ...s, camera }));
export const setApplyTo = (applyTo: ApplyTo): void => set({ applyTo });

/** Restores the default camera for the surface. */
export function resetView(): void {
  edit((s) => ({ ...s, camera: null }));
  set({ viewResets: get().viewResets + 1 });
}

/** Adds a start (selected afterwards). Returns its id, or null when there are already as many as allowed. */
export function addStart(x: number, y: number): number | null {
  if (get().scenario.starts.length >= LIMITS.starts.max) {
    pushNotice(`At most ${LIMITS.starts.max} start points.`, 'warning');
    return null;
  }
  const id = newStartId();
  edit((s) => ({ ...s, starts: [...s.starts, { id, x, y }] }));
  set({ selected: id });
  return id;
}

export function moveStart(id: number, x: number, y: number): void {
  edit((s) => withStartAt(s, id, x, y));
}

export function removeStart(id: number): void {
  edit((s) => ({ ...s, starts: s.starts.filter((p) => p.id !== id) }));
  const { selected, outcomes } = get();
  const { [id]: _gone, ...rest } = outcomes;
  set({ selected: selected === id ? null : selected, outcomes: rest });
}

/** Random restarts: n new starts drawn uniformly over the surface's domain. */
export function addRandomStarts(n: number, random: () => number = Math.random): void {
  const res = resolveSurface(get().scenario.surface);
  if (!res.ok) return;
  const d = res.surface.domain;
  const room = LIMITS.starts.max - get().scenario.starts.length;
  const fresh = Array.from({ length: Math.max(0, Math.min(n, room)) }, () => ({
    id: newStartId(), x: d.xMin + random() * (d.xMax - d.xMin), y: d.yMin + random() * (d.yMax - d.yMin),
  }));
  edit((s) => ({ ...s, starts: [...s.starts, ...fresh] }));
}

export function clearStarts(): void {
  edit((s) => ({ ...s, starts: [] }));
  set({ selected: null, outcomes: {} });
}

export const selectStart = (id: number | null): void => set({ selected: id });
export const play = (): void => set({ playing: true });
export const pause = (): void => set({ playing: false });
export const togglePlay = (): void => set({ playing: !get().playing });

/** One iteration of every running path, then paused. */
export function step(): void {
  set({ playing: false });
  stepSimulation(simulation, 1);
  simulation.requestFrame();
}

/** Puts every path back at its start, paused. */
export function reset(): void {
  set({ playing: false, outcomes: {}, resets: get().resets + 1 });
}

let noticeId = 1;
export function pushNotice(text: string, tone: Notice['tone'] = 'info'): void {
  set({ notices: [...get().notices, { id: noticeId++, text, tone }] });
}
export function dismissNotice(id: number): void {
  set({ notices: get().notices.filter((n) => n.id !== id) });
}

/** Records how a path ended: called once, when its status flips. */
export function recordOutcome(id: number, outcome: Outcome): void {
  set({ outcomes: { ...get().outcomes, [id]: outcome } });
}
export function clearOutcome(id: number): void {
  const { [id]: _gone, ...rest } = get().outcomes;
  if (_gone) set({ outcomes: rest });
}

export const setShowBasins = (showBasins: boolean): void => set({ showBasins });

/**
 * Replaces the scenario (loading a link), with the link's notices as one notice. A surface that cannot be
 * built (a formula with an error) gives way to the default surface, its text kept in the formula box.
 */
export function loadScenario(scenario: Scenario, notices: string[] = []): void {
  const draft = scenario.surface.kind === 'formula' ? scenario.surface.text : '';
  let sc = scenario;
  const res = resolveSurface(sc.surface);
  if (!res.ok) {
    sc = { ...sc, surface: createDefaultScenario().surface };
    notices = [...notices, `The link's surface could not be built (${res.message}); showing Himmelblau instead.`];
  }
  set({ scenario: budgeted(sc), selected: null, outcomes: {}, formulaDraft: draft });
  if (notices.length > 0) {
    const shown = notices.slice(0, 3).join(' ');
    pushNotice(notices.length > 3 ? `${shown} (and ${notices.length - 3} more problems)` : shown, 'warning');
  }
}

export type { DownhillState };
