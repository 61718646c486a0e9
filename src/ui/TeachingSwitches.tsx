// The less common settings: ascent, the sequential-update mistake, schedules, the iteration limit,
// and for regression costs the batch size and seed (boxes generated from the settings catalog).
import { scalarSettings } from '../core/descent/settingsCatalog';
import { setAscent, setBatch, setMaxSteps, setSeed, setSequential } from '../state/actions';
import { useDownhill } from '../state/store';
import { ScheduleControls } from './ScheduleControls';
import { SettingBox } from './SettingBox';

export function TeachingSwitches() {
  const s = useDownhill((st) => st.scenario);
  const regression = s.surface.kind === 'regression';
  return (
    <div className="field switches">
      <label className="check"><input type="checkbox" checked={s.ascent} onChange={(e) => setAscent(e.target.checked)} /> Gradient ascent (climb: w ← w + η·g)</label>
      <label className="check">
        <input type="checkbox" checked={s.sequential} onChange={(e) => setSequential(e.target.checked)} /> Sequential update — the classic mistake
      </label>
      {s.sequential && <p className="warn">Wrong on purpose: x is updated first and ∂f/∂y is then taken at the new x. The correct rule updates both from the old point.</p>}
      <ScheduleControls />
      <SettingBox spec={scalarSettings.maxSteps} value={s.maxSteps} commit={setMaxSteps} />
      {regression && (
        <>
          <SettingBox spec={scalarSettings.batch} value={s.batch} commit={setBatch} />
          <p className="hint">Batch size 0 uses all points (batch descent); 1 is stochastic descent.</p>
          <SettingBox spec={scalarSettings.seed} value={s.seed} commit={setSeed} />
        </>
      )}
    </div>
  );
}
