// Loading a shared link: the scenario, the selected path and one notice for what had to be repaired.
import { surfaceFor } from '../currentSurface';
import { pushNotice } from '../notices';
import { createDefaultScenario, type Scenario } from '../scenario';
import { useDownhill } from '../store';
import { budgeted } from './editing';

/**
 * Replaces the scenario (loading a link), selecting start `selected` (an index) if given, with the
 * link's notices as one notice. A surface that cannot be built (a formula with an error) gives way to
 * the default surface, its text kept in the formula box.
 */
export function loadScenario(scenario: Scenario, notices: string[] = [], selected: number | null = null): void {
  const draft = scenario.surface.kind === 'formula' ? scenario.surface.text : '';
  let sc = scenario;
  const res = surfaceFor(sc.surface);
  if (!res.ok) {
    sc = { ...sc, surface: createDefaultScenario().surface };
    notices = [...notices, `The link's surface could not be built (${res.message}); showing Himmelblau instead.`];
  }
  const selectedId = selected === null ? null : sc.starts[selected]?.id ?? null;
  useDownhill.setState({ scenario: budgeted(sc), selected: selectedId, outcomes: {}, formulaDraft: draft });
  if (notices.length > 0) {
    const shown = notices.slice(0, 3).join(' ');
    pushNotice(notices.length > 3 ? `${shown} (and ${notices.length - 3} more problems)` : shown, 'warning');
  }
}
