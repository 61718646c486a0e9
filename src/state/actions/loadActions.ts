// Loading a shared link: the scenario, the selected path and one notice for what had to be repaired.
import { surfaceFor } from '../currentSurface';
import { pushNotice } from '../notices';
import type { LinkView } from '../link/encode';
import { createDefaultScenario, type Scenario } from '../scenario';
import { useDownhill } from '../store';
import { budgeted } from './editing';
import { setPredictFirst } from '../predict';
import { usePredict } from '../predictStore';

/**
 * Replaces the scenario (loading a link) and shows the link's view (selected path, basin colouring),
 * with the link's notices as one notice. A surface that cannot be built (a formula with an error) gives way to
 * the default surface, its text kept in the formula box.
 */
export function loadScenario(scenario: Scenario, notices: string[] = [], view: LinkView = { selected: null, basins: false }): void {
  const draft = scenario.surface.kind === 'formula' ? scenario.surface.text : '';
  let sc = scenario;
  const res = surfaceFor(sc.surface);
  if (!res.ok) {
    sc = { ...sc, surface: createDefaultScenario().surface };
    notices = [...notices, `The link's surface could not be built (${res.message}); showing Himmelblau instead.`];
  }
  const selected = view.selected === null ? null : sc.starts[view.selected]?.id ?? null;
  useDownhill.setState({ scenario: budgeted(sc), selected, showBasins: view.basins, outcomes: {}, formulaDraft: draft, showAllControls: false });
  if (usePredict.getState().on !== (view.predict === true)) setPredictFirst(view.predict === true);
  if (notices.length > 0) {
    const shown = notices.slice(0, 3).join(' ');
    pushNotice(notices.length > 3 ? `${shown} (and ${notices.length - 3} more problems)` : shown, 'warning');
  }
}
