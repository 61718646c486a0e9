// η on a logarithmic slider (range from the settings catalog) with an exact value box. Moving the slider previews at once;
// the store (and link) is written when the slider is released or a value is entered.
import { useEffect, useId, useMemo, useState } from 'react';
import { criticalAscentRate, criticalLearningRate } from '../core/descent/insight';
import { editTarget, setLearningRate } from '../state/actions';
import { learningRateOf } from '../state/edits';
import { previewLearningRate } from '../state/preview';
import { startLabel } from '../state/scenario';
import type { SurfaceSpec } from '../core/surfaces/spec';
import { scalarSettings } from '../core/descent/settingsCatalog';
import { surfaceFor } from '../state/currentSurface';
import { useDownhill } from '../state/store';
import { parseTyped, positionOf, showValue, SLIDER_STEPS, valueAt } from './logScale';
import { useReleaseCommit } from './useReleaseCommit';

const LR = scalarSettings.lr;

export function LearningRate() {
  const target = useDownhill((s) => editTarget(s));
  const lr = useDownhill((s) => learningRateOf(s.scenario, editTarget(s)));
  const targetIndex = useDownhill((s) => s.scenario.starts.findIndex((p) => p.id === editTarget(s)));
  const [draft, setDraft] = useState<number | null>(null);
  const [text, setText] = useState(showValue(lr));
  const [error, setError] = useState<string | null>(null);
  const slider = useReleaseCommit((p) => { setLearningRate(valueAt(LR, p)); setDraft(null); });
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

  const spec = useDownhill((s) => s.scenario.surface);
  const ascent = useDownhill((s) => s.scenario.ascent);
  const crit = useMemo(() => critical(spec, ascent), [spec, ascent]);
  return (
    <div className="field">
      <label htmlFor={`${id}-r`}>
        Learning rate η{target !== null ? ` (path ${startLabel(targetIndex)})` : ''}
      </label>
      <div className="row">
        <input id={`${id}-r`} ref={slider} type="range" aria-label={LR.label} min={0} max={SLIDER_STEPS} step={1}
          value={Math.round(positionOf(LR, shown))} aria-valuetext={`η = ${showValue(shown)}`}
          onChange={(e) => { const v = valueAt(LR, Number(e.target.value)); setDraft(v); setText(showValue(v)); previewLearningRate(v); }} />
        <input className="value" type="text" inputMode="decimal" aria-label={`${LR.label} value`} value={text}
          aria-invalid={error !== null} aria-describedby={`${id}-e`}
          onChange={(e) => setText(e.target.value)} onBlur={submit}
          onKeyDown={(e) => { if (e.key === 'Enter') submit(); }} />
      </div>
      <p id={`${id}-e`} className={error ? 'error' : 'hint'} aria-live="polite">
        {error ?? (crit ? `${crit.text} for η below ${showValue(crit.rate)} (${crit.formula}).` : 'Too large overshoots or diverges; too small crawls.')}
      </p>
    </div>
  );
}

/**
 * Critical η at the surface's first global minimum, or under ascent at its highest known maximum
 * (a hint, not a rule).
 */
function critical(spec: SurfaceSpec, ascent: boolean): { rate: number; text: string; formula: string } | null {
  const r = surfaceFor(spec);
  if (!r.ok) return null;
  if (ascent) {
    const top = r.surface.critical.filter((c) => c.kind === 'max').sort((a, b) => b.f - a.f)[0];
    const rate = top ? criticalAscentRate(r.surface, top.x, top.y) : null;
    return rate === null ? null : { rate, text: `Plain ascent is stable near the maximum ${top?.label ?? ''}`, formula: '2/|λ_min|' };
  }
  const m = r.surface.critical.find((c) => c.kind === 'min' && c.global);
  const rate = m ? criticalLearningRate(r.surface, m.x, m.y) : null;
  return rate === null ? null : { rate, text: 'Plain descent is stable near the global minimum', formula: '2/λ_max' };
}
