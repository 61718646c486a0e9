// The less common settings: ascent, the sequential-update mistake, schedules, the iteration limit,
// (batch size, seed and gradient noise are in the "Data and loss" section, ui/regression/DataLossPanel.tsx).
import { scalarSettings } from '../core/descent/settingsCatalog';
import { setAscent, setMaxSteps, setSequential } from '../state/actions';
import { useDownhill } from '../state/store';
import { ScheduleControls } from './ScheduleControls';
import { SettingBox } from './SettingBox';

export function TeachingSwitches() {
  const s = useDownhill((st) => st.scenario);
  return (
    <div className="field switches">
      <label className="check"><input type="checkbox" checked={s.ascent} onChange={(e) => setAscent(e.target.checked)} /> Gradient ascent (climb: w ← w + η·g)</label>
      <label className="check">
        <input type="checkbox" checked={s.sequential} onChange={(e) => setSequential(e.target.checked)} /> Sequential update — the classic mistake
      </label>
      {s.sequential && <p className="warn">Wrong on purpose: x is updated first and ∂f/∂y is then taken at the new x. The correct rule updates both from the old point.</p>}
      <ScheduleControls />
      <SettingBox spec={scalarSettings.maxSteps} value={s.maxSteps} commit={setMaxSteps} />
    </div>
  );
}
