// The settings a basin map is computed with: the shared settings of the scenario, with a bounded limit.
import { createRunSettings, type RunSettings } from '../core/descent/settings';
import { pathSettings } from './pathSettings';
import type { Scenario } from './scenario';

/** Most iterations per start in a basin map: enough for most lessons, bounded so a map stays quick. */
export const BASIN_MAX_STEPS = 3000;
export const BASIN_GRID = 96;

/** RunSettings for the map (per-path overrides do not apply: it shows the shared settings). Pure. */
export function basinSettings(s: Scenario): RunSettings {
  return createRunSettings({
    ...pathSettings(s), maxSteps: Math.min(s.maxSteps, BASIN_MAX_STEPS), tolerances: { grad: 1e-6, step: 1e-9, cost: 0 },
  });
}

/** True when a map computed under `key` (a basinKey) belongs to surface `spec`. Pure. */
export function basinMapIsFor(key: string, spec: Scenario['surface']): boolean {
  return key.startsWith(`[${JSON.stringify(spec)},`);
}

/** A key that changes exactly when the map would change. Pure. */
export function basinKey(s: Scenario): string {
  return JSON.stringify([s.surface, basinSettings(s)]);
}
