// "Fan learning rates" and "Compare optimizers": copies of the selected path's start under several settings.
// Disabled, with the reason, until a path is selected.
import { compareOptimizers, fanLearningRates } from '../../state/actions/compareActions';
import { useDownhill } from '../../state/store';

const WHY_DISABLED = 'Select a path first (click its start, or its row in the table): the copies start where it starts.';

export function CompareButtons() {
  const ready = useDownhill((s) => s.scenario.starts.some((p) => p.id === s.selected));
  const why = ready ? undefined : 'compare-why';
  return (
    <div className="field compare-buttons">
      <div className="buttons">
        <button type="button" onClick={() => fanLearningRates()} disabled={!ready} aria-describedby={why} title={ready ? 'Copies of the selected start at η ÷ 4, ÷ 2, × 2 and × 4' : WHY_DISABLED}>
          Fan learning rates
        </button>
        <button type="button" onClick={() => compareOptimizers()} disabled={!ready} aria-describedby={why} title={ready ? 'One copy of the selected start per optimizer, each at a rate that suits it' : WHY_DISABLED}>
          Compare optimizers
        </button>
      </div>
      {!ready && <p id="compare-why" className="hint">{WHY_DISABLED}</p>}
    </div>
  );
}
