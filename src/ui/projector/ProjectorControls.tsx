// The View section's projector switches: "Projector mode" (kept in the link) and "Full screen".
import { setProjectorMode } from '../../state/projectorMode';
import { useDownhill } from '../../state/store';
import { FullscreenButton } from './FullscreenButton';

export function ProjectorControls() {
  const on = useDownhill((s) => s.scenario.projector);
  return (
    <div className="field projector-controls">
      <label className="check">
        <input type="checkbox" checked={on} onChange={(e) => setProjectorMode(e.target.checked)} /> Projector mode
      </label>
      <FullscreenButton />
    </div>
  );
}
