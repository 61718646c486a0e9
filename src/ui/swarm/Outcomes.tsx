// The Outcomes region: how many paths reached each minimum, diverged, are still running or stopped, and
// the best final cost. It renders when statuses are written to the store (a few times a second at most
// while paths run), never per frame; clicking a count selects those paths.
import { useEffect, useState, type CSSProperties } from 'react';
import { tallyRuns, type OutcomeGroup } from '../../core/descent/tally';
import { selectGroup } from '../../state/actions/swarmActions';
import { effectiveMaxSteps, startLabel } from '../../state/scenario';
import { simulation } from '../../state/simulation';
import { useDownhill } from '../../state/store';
import { swarmTrailsHidden, TRAILS_HIDDEN_NOTE } from '../../state/swarmTrails';
import { formatNumber } from '../format';
import { addThrottledAfterEffect } from '../throttledAfterEffect';
import { groupPhrase, outcomeRows } from './outcomeRows';
import './swarm.css';

const paths = (n: number): string => `${n.toLocaleString('en-US')} path${n === 1 ? '' : 's'}`;

export function Outcomes() {
  // Each of these changes at human speed or when statuses are written; the tally is read from the simulation then.
  useDownhill((s) => s.outcomes);
  // The paths themselves are built after the scenario changes (and, on a fresh page, after this first renders):
  // render again when the simulation's set of paths changes, checked after frames, committed only on a change.
  const [, setVersion] = useState(simulation.version);
  useEffect(() => addThrottledAfterEffect(() => setVersion(simulation.version)), []);
  const scenario = useDownhill((s) => s.scenario);
  const group = useDownhill((s) => s.group);
  const critical = simulation.surface?.critical ?? [];
  const list = simulation.paths;
  const tally = tallyRuns(list.length, (i) => list[i]!.run, critical);
  const rows = outcomeRows(tally);
  const n = tally.total;
  const pick = (g: OutcomeGroup) => selectGroup(group === g ? null : g);
  const limit = effectiveMaxSteps(scenario), limited = limit < scenario.maxSteps;
  return (
    <section className="oc" aria-label="Outcomes">
      <h2 className="oc-title">Outcomes <span className="oc-total">of {paths(n)}</span></h2>
      <p className="oc-hint">Random restarts: start in many places, keep the lowest final cost (★).</p>
      <ul className="oc-list">
        {rows.map((r) => (
          <li key={r.group}>
            <button type="button" className="oc-count" aria-pressed={group === r.group} disabled={r.count === 0 && group !== r.group}
              data-group={r.group} data-count={r.count} style={{ '--oc-color': r.color } as CSSProperties}
              title={r.count === 0 ? undefined : `Select the ${paths(r.count)} that ${groupPhrase(rows, r.group)}`}
              onClick={() => pick(r.group)}>
              <span className="oc-swatch" aria-hidden="true" />
              <span className="oc-label">{r.label}{r.best && <span className="oc-best" title="Best final cost"> ★</span>}</span>
              <span className="oc-n">{r.count.toLocaleString('en-US')}</span>
            </button>
          </li>
        ))}
      </ul>
      {tally.best && (
        <p className="oc-line">★ Best final cost {formatNumber(tally.best.f)}, path {startLabel(tally.best.position)}.</p>
      )}
      {swarmTrailsHidden(scenario) && <p className="oc-line" data-testid="trails-hidden">{TRAILS_HIDDEN_NOTE}</p>}
      {limited && <p className="oc-line oc-warn">Iteration limit lowered to {limit.toLocaleString('en-US')} for {paths(n)}, to keep the page responsive (your limit of {scenario.maxSteps.toLocaleString('en-US')} comes back with fewer paths).</p>}
      {group !== null && (
        <p className="oc-line">
          Showing the {paths(rows.find((r) => r.group === group)?.count ?? 0)} that {groupPhrase(rows, group)}.{' '}
          <button type="button" onClick={() => selectGroup(null)}>Show all paths</button>
        </p>
      )}
    </section>
  );
}
