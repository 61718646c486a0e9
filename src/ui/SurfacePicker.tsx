// Every built-in surface, the regression costs and the custom formula, in one picker.
import { useId, useState } from 'react';
import { datasetIds, getDataset } from '../core/surfaces/datasets';
import { builtinSurfaces } from '../core/surfaces/registry';
import { CUSTOM_DATASET, dataOf, modelOf, type SurfaceSpec } from '../core/surfaces/spec';
import { setFormulaDraft, setSurface } from '../state/actions';
import { surfaceFor } from '../state/currentSurface';
import { useDownhill } from '../state/store';

/** " The cost has no minimum…" for separable classes, else ''. */
function noMinimumOf(spec: SurfaceSpec): string {
  const r = surfaceFor(spec);
  const why = r.ok ? r.surface.regression?.noMinimum ?? null : null;
  return why === null ? '' : ` ${why}`;
}

export function SurfacePicker({ onChooseFormula }: { onChooseFormula: () => void }) {
  const spec = useDownhill((s) => s.scenario.surface);
  // "Custom formula…" chosen while this surface was showing: the choice stays until the surface changes.
  const [choseFormulaOver, setChoseFormulaOver] = useState<SurfaceSpec | null>(null);
  const choosing = choseFormulaOver === spec && spec.kind !== 'formula';
  const id = useId();
  const value = choosing || spec.kind === 'formula' ? 'formula'
    : spec.kind === 'builtin' ? `builtin:${spec.id}` : `regression:${spec.dataset}`;
  const blurb = choosing ? 'Type your own f(x, y) below and press Enter; the landscape changes when the formula applies.'
    : spec.kind === 'builtin' ? builtinSurfaces.find((s) => s.id === spec.id)?.blurb
      : spec.kind === 'regression' ? `${dataOf(spec)?.description ?? ''} The cost J(w, b) is a landscape over the ${modelOf(spec) === 'logistic' ? 'curve\'s' : 'line\'s'} slope w and intercept b — not over the data.${noMinimumOf(spec)}`
        : 'Your own f(x, y).';
  const onChange = (v: string) => {
    const [kind, rest = ''] = v.split(/:(.*)/s) as [string, string?];
    if (kind === 'builtin') setSurface({ kind: 'builtin', id: rest });
    else if (kind === 'regression') { if (rest !== CUSTOM_DATASET) setSurface({ kind: 'regression', dataset: rest }); }
    else {
      setChoseFormulaOver(spec);
      setFormulaDraft('');
      onChooseFormula();
    }
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-s`}>Surface</label>
      <select id={`${id}-s`} aria-label="Surface" value={value} onChange={(e) => onChange(e.target.value)}>
        <optgroup label="Test surfaces">
          {builtinSurfaces.map((s) => <option key={s.id} value={`builtin:${s.id}`}>{s.name}</option>)}
        </optgroup>
        <optgroup label="Linear regression cost J(w, b)">
          {datasetIds.filter((d) => getDataset(d).model !== 'logistic').map((d) => <option key={d} value={`regression:${d}`}>Regression: {getDataset(d).name}</option>)}
        </optgroup>
        <optgroup label="Logistic regression cost J(w, b)">
          {datasetIds.filter((d) => getDataset(d).model === 'logistic').map((d) => <option key={d} value={`regression:${d}`}>Logistic: {getDataset(d).name}</option>)}
        </optgroup>
        <optgroup label="Your own">
          {spec.kind === 'regression' && spec.dataset === CUSTOM_DATASET && <option value={`regression:${CUSTOM_DATASET}`}>Your data: {dataOf(spec)?.name ?? ''}</option>}
          <option value="formula">Custom formula…</option>
        </optgroup>
      </select>
      {blurb && <p className="hint">{blurb}</p>}
    </div>
  );
}
