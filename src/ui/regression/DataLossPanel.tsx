// The "Data and loss" section: for a regression cost the loss (and Huber's δ), the model, standardized x,
// the batch size, your own data (paste or load); on every surface the gradient noise and its seed.
import { lazy, Suspense, useId, useState } from 'react';
import { dataSettings, scalarSettings } from '../../core/descent/settingsCatalog';
import { lossOf, modelOf, type Loss } from '../../core/surfaces/spec';
import { setBatch, setHuberDelta, setLoss, setModel, setNoise, setSeed, setStandardize } from '../../state/actions';
import { surfaceFor } from '../../state/currentSurface';
import { useDownhill } from '../../state/store';
import { SettingBox } from '../SettingBox';
import { LoadCsv } from './LoadCsv';
import './regression.css';

// The dialog (and with it the parser) loads when first opened: not needed on the first screen.
const PasteDataDialog = lazy(() => import('./PasteDataDialog').then((m) => ({ default: m.PasteDataDialog })));

const LOSSES = [['mse', 'Mean squared error'], ['mae', 'Mean absolute error'], ['huber', 'Huber']] as const;

/** κ for a readout: whole numbers from 10 up, else 2 decimals. Pure. */
const showKappa = (k: number): string => (k >= 10 ? Math.round(k).toLocaleString('en-US') : k.toFixed(2));

export function DataLossPanel() {
  const spec = useDownhill((s) => s.scenario.surface);
  const noise = useDownhill((s) => s.scenario.noise);
  const batch = useDownhill((s) => s.scenario.batch);
  const seed = useDownhill((s) => s.scenario.seed);
  const [pasting, setPasting] = useState(false);
  const id = useId();
  const regression = spec.kind === 'regression' ? spec : null;
  const loss: Loss = regression ? lossOf(regression) : { kind: 'mse' };
  const model = regression ? modelOf(regression) : 'linear';
  const res = regression ? surfaceFor(regression) : null;
  const facts = res?.ok ? res.surface.regression : undefined;
  const chooseLoss = (kind: Loss['kind']) => setLoss(kind === 'huber' ? { kind, delta: loss.kind === 'huber' ? loss.delta : dataSettings.huberDelta.default } : { kind });
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{regression ? 'Data and loss' : 'Noise'}</h2>
      {regression && (
        <>
          <div className="field">
            <label htmlFor={`${id}-m`}>Model</label>
            <select id={`${id}-m`} value={model} onChange={(e) => setModel(e.target.value as 'linear' | 'logistic')}>
              <option value="linear">Linear regression</option>
              <option value="logistic">Logistic regression</option>
            </select>
          </div>
          {model === 'linear' && (
            <div className="field">
              <label htmlFor={`${id}-l`}>Loss</label>
              <select id={`${id}-l`} value={loss.kind} onChange={(e) => chooseLoss(e.target.value as Loss['kind'])}>
                {LOSSES.map(([k, name]) => <option key={k} value={k}>{name}</option>)}
              </select>
            </div>
          )}
          {model === 'linear' && loss.kind === 'huber' && <SettingBox spec={dataSettings.huberDelta} value={loss.delta} commit={(v) => { setHuberDelta(v); }} />}
          {model === 'logistic' && <p className="hint">Logistic regression fits p = σ(w x + b) to 0/1 data by cross-entropy.</p>}
          <label className="check">
            <input type="checkbox" checked={regression.standardize === true} onChange={(e) => setStandardize(e.target.checked)} /> Standardize x
          </label>
          {facts?.condition != null && (
            <p className="hint">
              {regression.standardize === true
                ? `Over x′ = (x − ${facts.xMean.toPrecision(3)}) / ${facts.xSd.toPrecision(3)}: condition number κ = ${showKappa(facts.condition)}.`
                : `Condition number of the landscape κ = ${showKappa(facts.condition)}${facts.condition > 10 ? ': a long, narrow valley' : ''}.`}
            </p>
          )}
          <SettingBox spec={scalarSettings.batch} value={batch} commit={setBatch} />
          <p className="hint">Batch size 0 uses all points (batch descent); 1 is stochastic descent.</p>
        </>
      )}
      <SettingBox spec={scalarSettings.noise} value={noise} commit={setNoise} />
      {(regression || noise > 0) && <SettingBox spec={scalarSettings.seed} value={seed} commit={setSeed} />}
      {noise > 0 && <p className="hint">Each gradient the optimizer sees gets Gaussian noise of spread σ = {noise}, drawn from the seed: the same seed replays the same run. The path's ‖∇f‖ and its stopping use the exact gradient.</p>}
      {regression && (
        <div className="data-actions">
          <button type="button" onClick={() => setPasting(true)}>Paste data</button>
          <LoadCsv />
        </div>
      )}
      {pasting && <Suspense fallback={null}><PasteDataDialog onClose={() => setPasting(false)} /></Suspense>}
    </section>
  );
}
