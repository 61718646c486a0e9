// Camera reset and height exaggeration (so flat and steep surfaces both read well).
import { useId } from 'react';
import { resetView, setZScale } from '../state/actions';
import { LIMITS } from '../state/scenario';
import { useDownhill } from '../state/store';
import { fromLog, showValue, toLog } from './logScale';

export function ViewControls() {
  const z = useDownhill((s) => s.scenario.zScale);
  const id = useId();
  return (
    <div className="field">
      <div className="row">
        <label htmlFor={`${id}-z`} className="sub">Height exaggeration</label>
        <input id={`${id}-z`} type="range" aria-label="Height exaggeration" min={toLog(LIMITS.zScale.min)} max={toLog(LIMITS.zScale.max)} step={0.01}
          value={toLog(z)} aria-valuetext={`${showValue(z)} times`} onChange={(e) => setZScale(fromLog(Number(e.target.value)))} />
        <output className="value" htmlFor={`${id}-z`}>×{showValue(z)}</output>
      </div>
      <button type="button" onClick={resetView}>Reset view</button>
    </div>
  );
}
