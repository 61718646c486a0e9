// One optimizer hyperparameter (μ, α, β₁ or β₂): previews the paths while moving, commits on release.
import { useEffect, useId, useState } from 'react';
import type { OptimizerSettings } from '../core/descent/optimizers';
import { setHyperparameter, type Hyperparameter } from '../state/actions';
import { previewOptimizer } from '../state/preview';
import { LIMITS } from '../state/scenario';
import { useReleaseCommit } from './useReleaseCommit';

const LABELS: Record<Hyperparameter, string> = { momentum: 'Momentum μ', alpha: 'RMSProp α', beta1: 'Adam β₁', beta2: 'Adam β₂' };
const FINE = new Set<Hyperparameter>(['alpha', 'beta2']);

export function HyperparameterSlider({ name, optimizer }: { name: Hyperparameter; optimizer: OptimizerSettings }) {
  const value = (optimizer as unknown as Record<string, number>)[name] as number;
  const [draft, setDraft] = useState<number | null>(null);
  const id = useId();
  const ref = useReleaseCommit((v) => { setHyperparameter(name, v); setDraft(null); });
  useEffect(() => setDraft(null), [value]);
  const shown = draft ?? value;
  return (
    <div className="row">
      <label htmlFor={id} className="sub">{LABELS[name]}</label>
      <input id={id} ref={ref} type="range" aria-label={LABELS[name]} min={LIMITS[name].min} max={FINE.has(name) ? 0.9999 : 0.999}
        step={FINE.has(name) ? 0.0001 : 0.001} value={shown}
        onChange={(e) => {
          const v = Number(e.target.value);
          setDraft(v);
          previewOptimizer({ ...optimizer, [name]: v } as OptimizerSettings);
        }} />
      <output className="value" htmlFor={id}>{shown}</output>
    </div>
  );
}

export const HYPERPARAMETER_LABELS = LABELS;
