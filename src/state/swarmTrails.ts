// Which paths draw a trail: a large swarm's members show only their heads (thousands of trails cost the
// frame more than the whole landscape and read as a smear); ordinary starts, the selected path and the
// paths of the group picked in the Outcomes tally keep theirs.
import { groupOf, type OutcomeGroup } from '../core/descent/tally';
import type { CriticalPoint } from '../core/types';
import type { PathSim } from './simulation';
import type { Scenario } from './scenario';
import type { DownhillState } from './store';

/** A swarm of more members than this draws no trail for them (its members' heads are still drawn). */
export const SWARM_TRAIL_LIMIT = 1000;

/** The one line the page shows while trails are hidden. */
export const TRAILS_HIDDEN_NOTE = `Trails hidden for swarms over ${SWARM_TRAIL_LIMIT.toLocaleString('en-US')} paths; heads shown`;

/** Whether the scenario's swarm is large enough that its members draw no trail. Pure. */
export const swarmTrailsHidden = (s: Scenario): boolean => s.swarm !== null && s.swarm.count > SWARM_TRAIL_LIMIT;

/** What decides trails this frame; refreshed in place (no allocation per frame). */
export interface TrailContext {
  hideMembers: boolean;
  scenario: Scenario | null;
  selected: number | null;
  group: OutcomeGroup | null;
  critical: readonly CriticalPoint[];
}

export const createTrailContext = (): TrailContext => ({ hideMembers: false, scenario: null, selected: null, group: null, critical: [] });

/**
 * Whether path p draws its trail: always, unless trails are hidden and p is a swarm member (its start, found
 * by position and id, has `member`) that is neither selected nor in the picked group. Pure.
 */
export function drawsTrail(c: TrailContext, p: PathSim): boolean {
  if (!c.hideMembers || c.scenario === null) return true;
  const start = c.scenario.starts[p.index];
  if (start === undefined || start.id !== p.startId || start.member === undefined) return true;
  if (c.selected === p.startId) return true;
  return c.group !== null && groupOf(p.run, c.critical) === c.group;
}

/** Refreshes c from the store's state and the surface's critical points (read once per frame). Mutates c. */
export function refreshTrailContext(c: TrailContext, s: Pick<DownhillState, 'scenario' | 'selected' | 'group'>, critical: readonly CriticalPoint[]): void {
  c.hideMembers = swarmTrailsHidden(s.scenario);
  c.scenario = s.scenario; c.selected = s.selected; c.group = s.group; c.critical = critical;
}
