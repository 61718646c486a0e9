// One optimizer hyperparameter (μ, α, β₁, β₂ or ε) from the settings catalog: previews the paths while
// moving, commits on release.
import type { OptimizerSettings } from '../core/descent/optimizers';
import { hyperparameters, type HyperparameterKey } from '../core/descent/settingsCatalog';
import { setHyperparameter } from '../state/actions';
import { previewOptimizer } from '../state/preview';
import { SettingSlider } from './SettingSlider';

export function HyperparameterSlider({ name, optimizer }: { name: HyperparameterKey; optimizer: OptimizerSettings }) {
  const value = (optimizer as unknown as Record<string, number>)[name] ?? hyperparameters[name].min;
  return (
    <SettingSlider spec={hyperparameters[name]} value={value}
      preview={(v) => previewOptimizer({ ...optimizer, [name]: v } as OptimizerSettings)}
      commit={(v) => setHyperparameter(name, v)} />
  );
}
