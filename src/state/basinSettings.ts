// The settings a basin map is computed with: exactly a path's shared settings (tolerances and limit included),
// so a start is coloured as a path from it ends.
import type { RunSettings } from '../core/descent/settings';
import { pathSettings } from './pathSettings';
import type { Scenario } from './scenario';

export const BASIN_GRID = 96;

/** RunSettings for the map: pathSettings(s) without a start (per-path overrides do not apply: it shows the shared settings). Pure. */
export function basinSettings(s: Scenario): RunSettings {
  return pathSettings(s);
}

/** True when a map computed under `key` (a basinKey) belongs to surface `spec`. Pure. */
export function basinMapIsFor(key: string, spec: Scenario['surface']): boolean {
  return key.startsWith(`[${JSON.stringify(spec)},`);
}

/** A key that changes exactly when the map would change. Pure. */
export function basinKey(s: Scenario): string {
  return JSON.stringify([s.surface, basinSettings(s)]);
}
