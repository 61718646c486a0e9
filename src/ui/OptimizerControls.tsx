// The optimizer and its hyperparameters (μ, α, β₁, β₂), for every path or the selected one.
import { useId } from 'react';
import { optimizerKinds, optimizerNames, optimizerRules, type OptimizerKind } from '../core/optimizers';
import { editTarget, setHyperparameter, setOptimizerKind, type Hyperparameter } from '../state/actions';
import { optimizerOf } from '../state/edits';
import { LIMITS } from '../state/scenario';
import { useDownhill } from '../state/store';

const LABELS: Record<Hyperparameter, string> = { momentum: 'Momentum μ', alpha: 'RMSProp α', beta1: 'Adam β₁', beta2: 'Adam β₂' };

export function OptimizerControls() {
  const o = useDownhill((s) => optimizerOf(s.scenario, editTarget(s)));
  const id = useId();
  const params = (Object.keys(LABELS) as Hyperparameter[]).filter((k) => k in o);
  return (
    <div className="field">
      <label htmlFor={`${id}-o`}>Optimizer</label>
      <select id={`${id}-o`} aria-label="Optimizer" value={o.kind} onChange={(e) => setOptimizerKind(e.target.value as OptimizerKind)}>
        {optimizerKinds.map((k) => <option key={k} value={k}>{optimizerNames[k]}</option>)}
      </select>
      <p className="rule" aria-label="Update rule">{optimizerRules[o.kind]}</p>
      {params.map((k) => {
        const v = (o as unknown as Record<string, number>)[k] as number;
        return (
          <div className="row" key={k}>
            <label htmlFor={`${id}-${k}`} className="sub">{LABELS[k]}</label>
            <input id={`${id}-${k}`} type="range" aria-label={LABELS[k]} min={LIMITS[k].min} max={k === 'beta2' || k === 'alpha' ? 0.9999 : 0.999}
              step={k === 'beta2' || k === 'alpha' ? 0.0001 : 0.001} value={v}
              onChange={(e) => setHyperparameter(k, Number(e.target.value))} />
            <output className="value" htmlFor={`${id}-${k}`}>{v}</output>
          </div>
        );
      })}
    </div>
  );
}
