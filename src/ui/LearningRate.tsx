// η on a logarithmic slider (range from the settings catalog) with an exact value box. Moving the slider previews at once;
// the store (and link) is written when the slider is released or a value is entered.
import { useEffect, useId, useState } from 'react';
import { editTarget, setLearningRate } from '../state/actions';
import { learningRateOf } from '../state/edits';
import { dropPreview, previewLearningRate } from '../state/preview';
import { startLabel } from '../state/scenario';
import { scalarSettings } from '../core/descent/settingsCatalog';
import { useDownhill } from '../state/store';
import { parseTyped, positionOf, showValue, SLIDER_STEPS, valueAt } from './logScale';
import { useReleaseCommit } from './useReleaseCommit';
import { CriticalRateHint } from './CriticalRateHint';
import { RateTicks } from './RateTicks';

const LR = scalarSettings.lr;

export function LearningRate() {
  const target = useDownhill((s) => editTarget(s));
  const lr = useDownhill((s) => learningRateOf(s.scenario, editTarget(s)));
  const targetIndex = useDownhill((s) => s.scenario.starts.findIndex((p) => p.id === editTarget(s)));
  const [draft, setDraft] = useState<number | null>(null);
  const [text, setText] = useState(showValue(lr));
  const [error, setError] = useState<string | null>(null);
  const slider = useReleaseCommit(
    (p) => { setLearningRate(valueAt(LR, p)); setDraft(null); },
    () => { dropPreview(); setDraft(null); setText(showValue(lr)); },
  );
  const id = useId();
  const shown = draft ?? lr;

  useEffect(() => { setText(showValue(lr)); setDraft(null); }, [lr]);

  const submit = () => {
    const v = parseTyped(text);
    if (v === null || v <= 0) { setError(`'${text}' is not a positive number`); return; }
    const c = Math.min(Math.max(v, LR.min), LR.max);
    setError(c !== v ? `η must be between ${LR.min} and ${LR.max}; using ${showValue(c)}` : null);
    setLearningRate(c);
    setText(showValue(c));
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-r`}>
        Learning rate η{target !== null ? ` (path ${startLabel(targetIndex)})` : ''}
      </label>
      <div className="row">
        <div className="lr-slider">
          <input id={`${id}-r`} ref={slider} type="range" aria-label={LR.label} min={0} max={SLIDER_STEPS} step={1}
            value={Math.round(positionOf(LR, shown))} aria-valuetext={`η = ${showValue(shown)}`}
            onChange={(e) => { const v = valueAt(LR, Number(e.target.value)); setDraft(v); setText(showValue(v)); previewLearningRate(v); }} />
          <RateTicks />
        </div>
        <input className="value" type="text" inputMode="decimal" aria-label={`${LR.label} value`} value={text}
          aria-invalid={error !== null} aria-describedby={`${id}-e`}
          onChange={(e) => setText(e.target.value)} onBlur={submit}
          onKeyDown={(e) => { if (e.key === 'Enter') submit(); }} />
      </div>
      {error !== null
        ? <p id={`${id}-e`} className="error" aria-live="polite">{error}</p>
        : <CriticalRateHint id={`${id}-e`} />}
    </div>
  );
}
