// The less common settings: ascent, the sequential-update mistake, schedules, the iteration limit,
// and for regression costs the batch size and seed.
import { useId, useState } from 'react';
import { defaultSchedule, scheduleKinds, type ScheduleKind } from '../core/descent/schedules';
import { setAscent, setBatch, setMaxSteps, setSchedule, setSeed, setSequential } from '../state/actions';
import { LIMITS } from '../state/scenario';
import { useDownhill } from '../state/store';
import { parseTyped } from './logScale';

const SCHEDULE_NAMES: Record<ScheduleKind, string> = {
  constant: 'Constant', step: 'Step decay (×0.5 every 100)', exponential: 'Exponential decay (×0.99 each)', cosine: 'Cosine (over 1,000)',
};

export function TeachingSwitches() {
  const s = useDownhill((st) => st.scenario);
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const commitWhole = (text: string, lo: number, hi: number, name: string, apply: (v: number) => void, reset: () => void) => {
    const v = parseTyped(text);
    if (v === null || !Number.isInteger(v)) { setError(`${name}: '${text}' is not a whole number; kept the previous value.`); reset(); return; }
    setError(v < lo || v > hi ? `${name} must be between ${lo.toLocaleString('en-US')} and ${hi.toLocaleString('en-US')}; clamped.` : null);
    apply(v);
  };
  const regression = s.surface.kind === 'regression';
  return (
    <div className="field switches">
      <label className="check"><input type="checkbox" checked={s.ascent} onChange={(e) => setAscent(e.target.checked)} /> Gradient ascent (climb: w ← w + η·g)</label>
      <label className="check">
        <input type="checkbox" checked={s.sequential} onChange={(e) => setSequential(e.target.checked)} /> Sequential update — the classic mistake
      </label>
      {s.sequential && <p className="warn">Wrong on purpose: x is updated first and ∂f/∂y is then taken at the new x. The correct rule updates both from the old point.</p>}
      <div className="row">
        <label htmlFor={`${id}-sch`} className="sub">Learning-rate schedule</label>
        <select id={`${id}-sch`} value={s.schedule.kind} onChange={(e) => setSchedule(defaultSchedule(e.target.value as ScheduleKind))}>
          {scheduleKinds.map((k) => <option key={k} value={k}>{SCHEDULE_NAMES[k]}</option>)}
        </select>
      </div>
      <div className="row">
        <label htmlFor={`${id}-max`} className="sub">Max iterations</label>
        <input id={`${id}-max`} className="value" type="number" min={LIMITS.maxSteps.min} max={LIMITS.maxSteps.max} step={100} defaultValue={s.maxSteps} key={s.maxSteps}
          onBlur={(e) => commitWhole(e.target.value, LIMITS.maxSteps.min, LIMITS.maxSteps.max, 'Max iterations', setMaxSteps, () => { e.target.value = String(s.maxSteps); })}
          onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }} />
      </div>
      {regression && (
        <>
          <div className="row">
            <label htmlFor={`${id}-bs`} className="sub">Gradient from</label>
            <select id={`${id}-bs`} value={s.batch} onChange={(e) => setBatch(Number(e.target.value))}>
              <option value={0}>All points (batch)</option>
              <option value={8}>Mini-batches of 8</option>
              <option value={4}>Mini-batches of 4</option>
              <option value={1}>One point (stochastic)</option>
            </select>
          </div>
          <div className="row">
            <label htmlFor={`${id}-seed`} className="sub">Seed</label>
            <input id={`${id}-seed`} className="value" type="number" min={0} step={1} defaultValue={s.seed} key={`seed${s.seed}`}
              onBlur={(e) => commitWhole(e.target.value, LIMITS.seed.min, LIMITS.seed.max, 'Seed', setSeed, () => { e.target.value = String(s.seed); })}
              onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }} />
          </div>
        </>
      )}
      <p className={error ? 'error' : 'hint'} aria-live="polite">{error ?? ''}</p>
    </div>
  );
}
