// The one way actions change the scenario: replace it, within the work budget, saying so when trimmed.
import { withinBudget, type Scenario } from '../scenario';
import { pushNotice } from '../notices';
import { withSwarmKept } from '../swarm';
import { useDownhill, type DownhillState } from '../store';

/** Keeps the swarm honest (state/swarm.ts) and paths × iteration limit within the budget, saying so when it lowers the limit. */
export function budgeted(edited: Scenario): Scenario {
  const s = withSwarmKept(edited);
  const b = withinBudget(s);
  if (b !== s) pushNotice(`With ${s.starts.length.toLocaleString('en-US')} paths the iteration limit is at most ${b.maxSteps.toLocaleString('en-US')}, to keep the page responsive.`, 'info');
  return b;
}

/**
 * Replaces the scenario with fn's result, and with it (in the same write) `also`: what the new scenario
 * makes stale, such as the outcomes and the selection, is cleared before the simulation refills it.
 */
export function edit(fn: (s: Scenario) => Scenario, also: Partial<Pick<DownhillState, 'selected' | 'outcomes'>> = {}): void {
  useDownhill.setState({ ...also, scenario: budgeted(fn(useDownhill.getState().scenario)) });
}

/** The start id that setting edits target, or null when they go to every path. */
export function editTarget(state: DownhillState = useDownhill.getState()): number | null {
  const { applyTo, selected, scenario } = state;
  return applyTo === 'selected' && scenario.starts.some((s) => s.id === selected) ? selected : null;
}
