// "Colour by basin": which minimum every start on a grid reaches under the shared settings (computed
// in a worker, with progress), so one picture shows where each valley's catchment ends.
import { setShowBasins } from '../state/actions';
import { BASIN_GRID } from '../state/basinSettings';
import { BASIN_DIVERGED, BASIN_UNFINISHED } from '../state/palette';
import { useDownhill } from '../state/store';

/** The basin colour itself beside its name: the words stay in the hint's readable colour (dark red text was 1.7:1). */
function Swatch({ color }: { color: string }) {
  return <span aria-hidden="true" style={{ display: 'inline-block', width: '0.8em', height: '0.8em', marginRight: '0.25em', verticalAlign: '-0.05em', borderRadius: '2px', border: '1px solid #9fb3c8', background: color }} />;
}

export function BasinControls() {
  const show = useDownhill((s) => s.showBasins);
  const progress = useDownhill((s) => s.basinProgress);
  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" checked={show} onChange={(e) => setShowBasins(e.target.checked)} /> Colour the landscape by basin
      </label>
      {show && (
        <>
          <p className="hint">
            Each colour is the set of starts ({BASIN_GRID}×{BASIN_GRID} grid) that end in the same minimum under the shared settings;{' '}
            <Swatch color={BASIN_DIVERGED} />dark red diverges,{' '}
            <Swatch color={BASIN_UNFINISHED} />grey reaches no known minimum in time.
          </p>
          {progress !== null && (
            <progress className="basin-progress" max={1} value={progress} aria-label="Computing basins">{Math.round(progress * 100)}%</progress>
          )}
        </>
      )}
    </div>
  );
}
