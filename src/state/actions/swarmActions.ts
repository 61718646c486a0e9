// The swarm ("Add starts") and the group of paths picked in the Outcomes tally.
import type { Arrangement } from '../../core/descent/arrangement';
import type { OutcomeGroup } from '../../core/descent/tally';
import { clampTo, scalarSettings } from '../../core/descent/settingsCatalog';
import { domainOf } from '../link/readers';
import { pushNotice } from '../notices';
import { LIMITS, type SwarmSpec } from '../scenario';
import { useDownhill, type Outcome } from '../store';
import { ordinaryCount, swarmStarts } from '../swarm';
import { edit } from './editing';

const get = useDownhill.getState;
const set = useDownhill.setState;

/**
 * "Add starts": a swarm of `count` starts over the surface's domain, arranged as a grid or drawn at random
 * from `seed`. It replaces the previous swarm; ordinary starts stay. The count is brought within 1 and the
 * room the start limit leaves (with a notice). Returns the swarm made, or null when there is no room.
 */
export function addSwarm(count: number, arrangement: Arrangement, seed: number): SwarmSpec | null {
  const { scenario, outcomes, selected } = get();
  const ordinary = ordinaryCount(scenario.starts);
  const room = LIMITS.starts.max - ordinary;
  if (room <= 0) {
    pushNotice(`At most ${LIMITS.starts.max.toLocaleString('en-US')} start points: remove some starts to add a swarm.`, 'warning');
    return null;
  }
  const wanted = Number.isFinite(count) ? Math.round(count) : LIMITS.swarm.default;
  const n = Math.min(Math.max(wanted, LIMITS.swarm.min), room);
  if (n !== wanted) {
    pushNotice(n < wanted && n === room && room < LIMITS.swarm.max
      ? `Only ${n.toLocaleString('en-US')} more starts fit (at most ${LIMITS.starts.max.toLocaleString('en-US')} in all); added ${n.toLocaleString('en-US')}.`
      : `The number of starts must be from ${LIMITS.swarm.min} to ${LIMITS.swarm.max.toLocaleString('en-US')}; using ${n.toLocaleString('en-US')}.`, 'info');
  }
  const spec: SwarmSpec = { count: n, arrangement, seed: clampTo(scalarSettings.seed, seed) };
  const kept = scenario.starts.slice(0, ordinary);
  const keptIds = new Set(kept.map((p) => p.id));
  const stillOut: Record<number, Outcome> = {};
  for (const p of kept) { const o = outcomes[p.id]; if (o) stillOut[p.id] = o; }
  const members = swarmStarts(spec, domainOf(scenario.surface));
  edit((s) => ({ ...s, swarm: spec, starts: [...kept, ...members] }), {
    outcomes: stillOut, selected: selected !== null && keptIds.has(selected) ? selected : null,
  });
  set({ group: null });
  return spec;
}

/** Picks the paths of one tally count (null: every path again). */
export const selectGroup = (group: OutcomeGroup | null): void => set({ group });
