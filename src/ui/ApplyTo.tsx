// Whether η and optimizer edits go to every path or only the selected one (to compare side by side).
import { setApplyTo } from '../state/actions';
import { startLabel } from '../state/scenario';
import { useDownhill } from '../state/store';

export function ApplyTo() {
  const applyTo = useDownhill((s) => s.applyTo);
  const index = useDownhill((s) => s.scenario.starts.findIndex((p) => p.id === s.selected));
  return (
    <fieldset className="field apply-to">
      <legend>Settings apply to</legend>
      <label><input type="radio" name="apply-to" checked={applyTo === 'all'} onChange={() => setApplyTo('all')} /> All paths</label>
      <label>
        <input type="radio" name="apply-to" checked={applyTo === 'selected'} disabled={index < 0} onChange={() => setApplyTo('selected')} />
        {index < 0 ? ' Selected path (select one first)' : ` Selected path ${startLabel(index)} only`}
      </label>
    </fieldset>
  );
}
