// The one way actions change the scenario: replace it, within the work budget, saying so when trimmed.
import { effectiveMaxSteps, type Scenario } from '../scenario';
import { pushNotice } from '../notices';
import { withSwarmKept } from '../swarm';
import { useDownhill, type DownhillState } from '../store';

/**
 * Keeps the swarm honest (state/swarm.ts) and says when the work budget holds the paths below the iteration limit
 * (pathSettings applies it; the scenario keeps the person's own limit), when that is new since `before`.
 */
export function budgeted(edited: Scenario, before?: Scenario): Scenario {
  const s = withSwarmKept(edited);
  const limit = effectiveMaxSteps(s);
  const news = before === undefined || effectiveMaxSteps(before) !== limit || before.maxSteps !== s.maxSteps;
  if (limit < s.maxSteps && news) pushNotice(`With ${s.starts.length.toLocaleString('en-US')} paths the iteration limit is at most ${limit.toLocaleString('en-US')}, to keep the page responsive.`, 'info');
  return s;
}

/**
 * Replaces the scenario with fn's result, and with it (in the same write) `also`: what the new scenario
 * makes stale, such as the outcomes and the selection, is cleared before the simulation refills it.
 */
export function edit(fn: (s: Scenario) => Scenario, also: Partial<Pick<DownhillState, 'selected' | 'outcomes'>> = {}): void {
  const before = useDownhill.getState().scenario;
  useDownhill.setState({ ...also, scenario: budgeted(fn(before), before) });
}

/** The start id that setting edits target, or null when they go to every path. */
export function editTarget(state: DownhillState = useDownhill.getState()): number | null {
  const { applyTo, selected, scenario } = state;
  return applyTo === 'selected' && scenario.starts.some((s) => s.id === selected) ? selected : null;
}
