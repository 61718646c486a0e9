// Pure scenario edits shared by the store's actions and by live previews (drags, sliders).
import type { OptimizerSettings } from '../core/descent/optimizers';
import { clampTo, scalarSettings } from '../core/descent/settingsCatalog';
import { startLabel, type PathOverride, type Scenario } from './scenario';

function dropKey(o: PathOverride | undefined, key: keyof PathOverride): PathOverride | undefined {
  if (o === undefined || o[key] === undefined) return o;
  const { [key]: _drop, ...rest } = o;
  return Object.keys(rest).length ? rest : undefined;
}

function withOverride(s: Scenario, id: number, fn: (o: PathOverride) => PathOverride): Scenario {
  return { ...s, starts: s.starts.map((p) => (p.id === id ? { ...p, override: fn(p.override ?? {}) } : p)) };
}

/** Sets η for every path (clearing per-path η) or, with a target id, for that path only. Pure. */
export function withLearningRate(s: Scenario, lr: number, target: number | null): Scenario {
  const v = clampTo(scalarSettings.lr, lr);
  if (target !== null) return withOverride(s, target, (o) => ({ ...o, lr: v }));
  return { ...s, lr: v, starts: s.starts.map((p) => ({ ...p, override: dropKey(p.override, 'lr') })) };
}

/** Sets the optimizer for every path (clearing per-path choices) or for the target path only. Pure. */
export function withOptimizer(s: Scenario, o: OptimizerSettings, target: number | null): Scenario {
  if (target !== null) return withOverride(s, target, (ov) => ({ ...ov, optimizer: o }));
  return { ...s, optimizer: o, starts: s.starts.map((p) => ({ ...p, override: dropKey(p.override, 'optimizer') })) };
}

/** The optimizer a path (or, for null, the shared settings) uses. Pure. */
export function optimizerOf(s: Scenario, target: number | null): OptimizerSettings {
  const p = target === null ? undefined : s.starts.find((q) => q.id === target);
  return p?.override?.optimizer ?? s.optimizer;
}

/** The learning rate a path (or, for null, the shared settings) uses. Pure. */
export function learningRateOf(s: Scenario, target: number | null): number {
  const p = target === null ? undefined : s.starts.find((q) => q.id === target);
  return p?.override?.lr ?? s.lr;
}

/** Moves one start. Pure. */
export function withStartAt(s: Scenario, id: number, x: number, y: number): Scenario {
  return { ...s, starts: s.starts.map((p) => (p.id === id ? { ...p, x, y } : p)) };
}

/** Letters of the paths with their own `key` (learning rate or optimizer), in order. Pure. */
export function ownSettings(s: Scenario, key: keyof PathOverride): string[] {
  const out: string[] = [];
  s.starts.forEach((p, i) => { if (p.override?.[key] !== undefined) out.push(startLabel(i)); });
  return out;
}
