// η on a logarithmic slider (1e-5 … 10) with an exact value box. Moving the slider previews at once;
// the store (and link) is written when the slider is released or a value is entered.
import { useEffect, useId, useState } from 'react';
import { editTarget, setLearningRate } from '../state/actions';
import { learningRateOf } from '../state/edits';
import { previewLearningRate } from '../state/preview';
import { LIMITS, startLabel } from '../state/scenario';
import { useDownhill } from '../state/store';
import { fromLog, parseTyped, showValue, toLog } from './logScale';
import { useReleaseCommit } from './useReleaseCommit';
import { CriticalRateHint } from './CriticalRateHint';

export function LearningRate() {
  const target = useDownhill((s) => editTarget(s));
  const lr = useDownhill((s) => learningRateOf(s.scenario, editTarget(s)));
  const targetIndex = useDownhill((s) => s.scenario.starts.findIndex((p) => p.id === editTarget(s)));
  const [draft, setDraft] = useState<number | null>(null);
  const [text, setText] = useState(showValue(lr));
  const [error, setError] = useState<string | null>(null);
  const slider = useReleaseCommit((p) => { setLearningRate(fromLog(p)); setDraft(null); });
  const id = useId();
  const shown = draft ?? lr;

  useEffect(() => { setText(showValue(lr)); setDraft(null); }, [lr]);

  const submit = () => {
    const v = parseTyped(text);
    if (v === null || v <= 0) { setError(`'${text}' is not a positive number`); return; }
    const c = Math.min(Math.max(v, LIMITS.lr.min), LIMITS.lr.max);
    setError(c !== v ? `η must be between ${LIMITS.lr.min} and ${LIMITS.lr.max}; using ${showValue(c)}` : null);
    setLearningRate(c);
    setText(showValue(c));
  };

  return (
    <div className="field">
      <label htmlFor={`${id}-r`}>
        Learning rate η{target !== null ? ` (path ${startLabel(targetIndex)})` : ''}
      </label>
      <div className="row">
        <input id={`${id}-r`} ref={slider} type="range" aria-label="Learning rate" min={toLog(LIMITS.lr.min)} max={toLog(LIMITS.lr.max)} step={0.01}
          value={toLog(shown)} aria-valuetext={`η = ${showValue(shown)}`}
          onChange={(e) => { const v = fromLog(Number(e.target.value)); setDraft(v); setText(showValue(v)); previewLearningRate(v); }} />
        <input className="value" type="text" inputMode="decimal" aria-label="Learning rate value" value={text}
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
