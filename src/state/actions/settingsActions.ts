// Settings edits: η, the optimizer and its hyperparameters, the schedule, switches and the other numeric
// settings, each kept within the settings catalog's range. An edit for every path that wipes paths' own
// settings says so.
import { optimizerNames, type OptimizerKind, type OptimizerSettings } from '../../core/descent/optimizers';
import type { Schedule, ScheduleKind } from '../../core/descent/schedules';
import {
  clampTo, defaultSchedule, hyperparameters, optimizerDefaults, paramsOf, scalarSettings,
  type HyperparameterKey, type ScalarName, type ScheduleParamKey,
} from '../../core/descent/settingsCatalog';
import { optimizerOf, ownSettings, withLearningRate, withOptimizer } from '../edits';
import { listLabels, pushNotice } from '../notices';
import { showNumber } from '../showNumber';
import type { Scenario } from '../scenario';
import { useDownhill, type ApplyTo } from '../store';
import { edit, editTarget } from './editing';

/** Says which paths lost their own `what` to a shared edit, and what every path uses now. */
function tellWiped(before: Scenario, key: 'lr' | 'optimizer', now: string): void {
  const labels = ownSettings(before, key);
  if (labels.length === 0) return;
  const what = key === 'lr' ? 'learning rate' : 'optimizer';
  const had = labels.length === 1 ? 'had its own' : 'had their own';
  pushNotice(`${listLabels(labels)} ${had} ${what}; now all paths use ${now}.`, 'info');
}

/** Sets η for every path (saying whose own η it replaces), or only for the selected one (see applyTo). */
export function setLearningRate(lr: number): void {
  const target = editTarget();
  const before = useDownhill.getState().scenario;
  edit((s) => withLearningRate(s, lr, target));
  if (target === null) tellWiped(before, 'lr', `η = ${showNumber(useDownhill.getState().scenario.lr)}`);
}

/** Puts optimizer o in force for every path (saying whose own it replaces) or for the selected one. */
function applyOptimizer(o: OptimizerSettings): void {
  const target = editTarget();
  const before = useDownhill.getState().scenario;
  edit((s) => withOptimizer(s, o, target));
  if (target === null) tellWiped(before, 'optimizer', optimizerNames[o.kind]);
}

/** Chooses the optimizer, with PyTorch's default hyperparameters, for every path or the selected one. */
export function setOptimizerKind(kind: OptimizerKind): void {
  applyOptimizer(optimizerDefaults(kind));
}

/** Sets one hyperparameter of the optimizer in force (shared or the selected path's); ignored if it has none. */
export function setHyperparameter(key: HyperparameterKey, value: number): void {
  const o = optimizerOf(useDownhill.getState().scenario, editTarget());
  if (!(key in o)) return;
  applyOptimizer({ ...o, [key]: clampTo(hyperparameters[key], value) } as OptimizerSettings);
}

export const setSchedule = (schedule: Schedule): void => edit((s) => ({ ...s, schedule }));

/** Chooses a schedule kind with its default parameters. */
export const setScheduleKind = (kind: ScheduleKind): void => setSchedule(defaultSchedule(kind));

/** Sets one parameter of the schedule in force; ignored when the schedule has no such parameter. */
export function setScheduleParam(key: ScheduleParamKey, value: number): void {
  edit((s) => {
    const p = paramsOf(s.schedule.kind).find((q) => q.key === key);
    return p === undefined ? s : { ...s, schedule: { ...s.schedule, [key]: clampTo(p, value) } as Schedule };
  });
}

/** Sets one of the scenario's numeric settings, kept within its catalog range (η: see setLearningRate). */
export function setScalar(name: Exclude<ScalarName, 'lr'>, value: number): void {
  edit((s) => ({ ...s, [name]: clampTo(scalarSettings[name], value) }));
}

export const setBatch = (v: number): void => setScalar('batch', v);
export const setSeed = (v: number): void => setScalar('seed', v);
export const setMaxSteps = (v: number): void => setScalar('maxSteps', v);
export const setSpeed = (v: number): void => setScalar('speed', v);
export const setZScale = (v: number): void => setScalar('zScale', v);
export const setAscent = (ascent: boolean): void => edit((s) => ({ ...s, ascent }));
export const setSequential = (sequential: boolean): void => edit((s) => ({ ...s, sequential }));
export const setApplyTo = (applyTo: ApplyTo): void => useDownhill.setState({ applyTo });
