// The "View" picker: the 3D landscape, the map (contours from above), or both. Native radio buttons, so
// arrow keys, Tab and touch work as everywhere; the choice is kept in the link.
import { setViewMode } from '../state/actions';
import type { ViewMode } from '../state/scenario';
import { useDownhill } from '../state/store';

const CHOICES: readonly { readonly mode: ViewMode; readonly label: string }[] = [
  { mode: '3d', label: '3D' }, { mode: 'map', label: 'Map' }, { mode: 'both', label: '3D and map' },
];

export function ViewPicker() {
  const view = useDownhill((s) => s.scenario.view);
  return (
    <div className="view-picker" role="radiogroup" aria-label="View">
      {CHOICES.map((c) => (
        <label key={c.mode} className={c.mode === view ? 'on' : undefined}>
          <input type="radio" name="view" value={c.mode} checked={c.mode === view} onChange={() => setViewMode(c.mode)} />
          <span>{c.label}</span>
        </label>
      ))}
    </div>
  );
}
