// The optimizer and its hyperparameters (from the settings catalog), for every path or the selected one.
import { useId } from 'react';
import { ascentRule, optimizerKinds, optimizerNames, optimizerRules, type OptimizerKind } from '../core/descent/optimizers';
import { hyperparametersOf } from '../core/descent/settingsCatalog';
import { editTarget, setOptimizerKind } from '../state/actions';
import { optimizerOf } from '../state/edits';
import { useDownhill } from '../state/store';
import { HyperparameterSlider } from './HyperparameterSlider';

export function OptimizerControls() {
  const o = useDownhill((s) => optimizerOf(s.scenario, editTarget(s)));
  const ascent = useDownhill((s) => s.scenario.ascent);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-o`}>Optimizer</label>
      <select id={`${id}-o`} aria-label="Optimizer" value={o.kind} onChange={(e) => setOptimizerKind(e.target.value as OptimizerKind)}>
        {optimizerKinds.map((k) => <option key={k} value={k}>{optimizerNames[k]}</option>)}
      </select>
      <p className="rule" role="note" aria-label="Update rule">
        {ascent ? `${ascentRule(optimizerRules[o.kind])}  (ascent: every step climbs)` : optimizerRules[o.kind]}
      </p>
      {hyperparametersOf(o.kind).map((k) => <HyperparameterSlider key={k} name={k} optimizer={o} />)}
    </div>
  );
}
