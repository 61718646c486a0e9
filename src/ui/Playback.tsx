// Play/Pause, Step, Reset and the speed in iterations per second (1 … 5,000, logarithmic).
import { reset, setSpeed, step, togglePlay } from '../state/actions';
import { LIMITS } from '../state/scenario';
import { useDownhill } from '../state/store';
import { LogSlider } from './LogSlider';

export function Playback() {
  const playing = useDownhill((s) => s.playing);
  const speed = useDownhill((s) => s.scenario.speed);
  return (
    <div className="field playback">
      <div className="buttons">
        <button type="button" className="primary" onClick={togglePlay} aria-keyshortcuts="Space">{playing ? 'Pause' : 'Play'}</button>
        <button type="button" onClick={step} aria-keyshortcuts="ArrowRight">Step</button>
        <button type="button" onClick={reset} aria-keyshortcuts="R">Reset</button>
      </div>
      <LogSlider label="Speed" value={speed} min={LIMITS.speed.min} max={LIMITS.speed.max}
        unit={(v) => `${v} it/s`} spoken={(v) => `${v} iterations per second`} commit={(v) => setSpeed(Math.round(v))} />
    </div>
  );
}
