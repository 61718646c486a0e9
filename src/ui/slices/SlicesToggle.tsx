// The switch for the selected path's slices, tangents and step arrows (3D view and side plot).
import { setShowSlices } from '../../state/actions/compareActions';
import { useCompareView } from '../../state/compareView';

export function SlicesToggle() {
  const on = useCompareView((s) => s.showSlices);
  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" checked={on} onChange={(e) => setShowSlices(e.target.checked)} /> Show slices and arrows
      </label>
      {on && (
        <p className="hint">
          Through the selected path&rsquo;s head (or path A&rsquo;s): the surface cut along each axis, with tangents whose slopes are
          ∂f/∂x and ∂f/∂y; arrows for the step −η∇f (white) and the step actually taken (amber), both lengthened alike when
          too short to see; a ghost ball at the true next iterate.
        </p>
      )}
    </div>
  );
}
