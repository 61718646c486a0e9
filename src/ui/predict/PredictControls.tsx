// "Predict first" (paths hidden, guesses placed by clicking the landscape or typed, then "Reveal" and scores) and
// "Fog" (only the walkers' surroundings shown).
import { lazy, Suspense } from 'react';
import { setFog, setPredictFirst } from '../../state/predict';
import { usePredict } from '../../state/predictStore';
import './predict.css';

// The guesses, "Reveal" and the scores load when "Predict first" is first turned on (not on the first screen).
const PredictPanel = lazy(() => import('./PredictPanel').then((m) => ({ default: m.PredictPanel })));

export function PredictControls() {
  const on = usePredict((s) => s.on);
  const fog = usePredict((s) => s.fog);
  return (
    <div className="field predict">
      <label className="check">
        <input type="checkbox" checked={on} onChange={(e) => setPredictFirst(e.target.checked)} /> Predict first
      </label>
      <label className="check">
        <input type="checkbox" checked={fog} onChange={(e) => setFog(e.target.checked)} /> Fog
      </label>
      {on && <Suspense fallback={<p className="hint">Loading…</p>}><PredictPanel /></Suspense>}
    </div>
  );
}
