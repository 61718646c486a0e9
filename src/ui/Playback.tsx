// Play/Pause, Step, Reset, the timeline and the speed in iterations per second (range and scale from the settings catalog).
// Play resumes from the timeline's iteration; on paths that have all finished it replays them from iteration 0.
import { scalarSettings } from '../core/descent/settingsCatalog';
import { reset, setSpeed, step, togglePlay } from '../state/actions';
import { useDownhill } from '../state/store';
import { LogSlider } from './LogSlider';
import { Timeline } from './Timeline';

const SPEED = scalarSettings.speed;

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
      <Timeline />
      <LogSlider label={SPEED.label} value={speed} min={SPEED.min} max={SPEED.max} integer={SPEED.integer}
        unit={(v) => `${v} it/s`} spoken={(v) => `${v} ${v === '1' ? 'iteration' : 'iterations'} per second`} commit={setSpeed} />
    </div>
  );
}
