// Camera reset and height exaggeration (so flat and steep surfaces both read well).
import { resetView, setZScale } from '../state/actions';
import { LIMITS } from '../state/scenario';
import { useDownhill } from '../state/store';
import { LogSlider } from './LogSlider';
import { ProjectorControls } from './projector/ProjectorControls';

export function ViewControls() {
  const z = useDownhill((s) => s.scenario.zScale);
  return (
    <div className="field">
      <LogSlider label="Height exaggeration" value={z} min={LIMITS.zScale.min} max={LIMITS.zScale.max}
        unit={(v) => `×${v}`} spoken={(v) => `${v} times`} commit={setZScale} />
      <button type="button" onClick={resetView}>Reset view</button>
      <ProjectorControls />
    </div>
  );
}
