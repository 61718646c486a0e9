// The learning-rate schedule (torch.optim.lr_scheduler) and every one of its parameters, generated
// from the settings catalog.
import { useId } from 'react';
import { scheduleKinds, type Schedule, type ScheduleKind } from '../core/descent/schedules';
import { paramsOf, type ScheduleParam } from '../core/descent/settingsCatalog';
import { setScheduleKind, setScheduleParam } from '../state/actions';
import { previewSchedule } from '../state/preview';
import { useDownhill } from '../state/store';
import { SettingBox } from './SettingBox';
import { SettingSlider } from './SettingSlider';

const SCHEDULE_NAMES: Record<ScheduleKind, string> = {
  constant: 'Constant', step: 'StepLR', exponential: 'ExponentialLR', cosine: 'CosineAnnealingLR',
};

const valueOf = (s: Schedule, p: ScheduleParam): number => (s as unknown as Record<string, number>)[p.key] ?? p.default;

export function ScheduleControls() {
  const schedule = useDownhill((st) => st.scenario.schedule);
  const lr = useDownhill((st) => st.scenario.lr);
  const id = useId();
  return (
    <>
      <div className="row">
        <label htmlFor={`${id}-sch`} className="sub">Learning-rate schedule</label>
        <select id={`${id}-sch`} value={schedule.kind} onChange={(e) => setScheduleKind(e.target.value as ScheduleKind)}>
          {scheduleKinds.map((k) => <option key={k} value={k}>{SCHEDULE_NAMES[k]}</option>)}
        </select>
      </div>
      {paramsOf(schedule.kind).map((p) => (p.control === 'box'
        ? <SettingBox key={p.key} spec={p} value={valueOf(schedule, p)} commit={(v) => setScheduleParam(p.key, v)} />
        : <SettingSlider key={p.key} spec={p} value={valueOf(schedule, p)} commit={(v) => setScheduleParam(p.key, v)}
            preview={(v) => previewSchedule({ ...schedule, [p.key]: v } as Schedule)} />))}
      {schedule.kind === 'cosine' && schedule.etaMin > lr && (
        <p className="hint" role="note">η_min is above η = {lr}: the rate rises from η to η_min over T_max instead of falling.</p>
      )}
    </>
  );
}
