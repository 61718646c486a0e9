// Play/Pause, Step, Reset and the speed in iterations per second (1 … 5,000, logarithmic).
import { useId } from 'react';
import { reset, setSpeed, step, togglePlay } from '../state/actions';
import { LIMITS } from '../state/scenario';
import { useDownhill } from '../state/store';
import { fromLog, showValue, toLog } from './logScale';

export function Playback() {
  const playing = useDownhill((s) => s.playing);
  const speed = useDownhill((s) => s.scenario.speed);
  const id = useId();
  return (
    <div className="field playback">
      <div className="buttons">
        <button type="button" className="primary" onClick={togglePlay} aria-keyshortcuts="Space">{playing ? 'Pause' : 'Play'}</button>
        <button type="button" onClick={step} aria-keyshortcuts="ArrowRight">Step</button>
        <button type="button" onClick={reset} aria-keyshortcuts="R">Reset</button>
      </div>
      <div className="row">
        <label htmlFor={`${id}-s`} className="sub">Speed</label>
        <input id={`${id}-s`} type="range" aria-label="Speed" min={toLog(LIMITS.speed.min)} max={toLog(LIMITS.speed.max)} step={0.01}
          value={toLog(speed)} aria-valuetext={`${showValue(speed)} iterations per second`}
          onChange={(e) => setSpeed(Math.round(fromLog(Number(e.target.value))))} />
        <output className="value" htmlFor={`${id}-s`}>{showValue(speed)} it/s</output>
      </div>
    </div>
  );
}
