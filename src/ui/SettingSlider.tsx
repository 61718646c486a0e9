// A slider generated from a settings-catalog entry: named by its label, over its range, log or linear.
// Moving previews; the store is written once, on release (a drag back to where it began drops its preview).
import { useEffect, useId, useState } from 'react';
import type { SettingSpec } from '../core/descent/settingsCatalog';
import { dropPreview } from '../state/preview';
import { positionOf, showStepped, showValue, SLIDER_STEPS, valueAt } from './logScale';
import { useReleaseCommit } from './useReleaseCommit';

interface Props {
  readonly spec: SettingSpec;
  readonly value: number;
  readonly preview: (v: number) => void;
  readonly commit: (v: number) => void;
}

export function SettingSlider({ spec, value, preview, commit }: Props) {
  const log = spec.scale === 'log';
  const toValue = (raw: number) => (log ? valueAt(spec, raw) : raw);
  const [draft, setDraft] = useState<number | null>(null);
  const id = useId();
  const ref = useReleaseCommit((raw) => { commit(toValue(raw)); setDraft(null); }, () => { dropPreview(); setDraft(null); });
  useEffect(() => setDraft(null), [value]);
  const shown = draft ?? value;
  // A linear slider shows every digit its step can change; a log slider its value to 4 digits.
  const text = !log && spec.step !== undefined ? showStepped(shown, spec.step) : showValue(shown);
  return (
    <div className="row" title={spec.help}>
      <label htmlFor={id} className="sub">{spec.label}</label>
      <input id={id} ref={ref} type="range" aria-label={spec.label}
        min={log ? 0 : spec.min} max={log ? SLIDER_STEPS : spec.max} step={log ? 1 : spec.step ?? 'any'}
        value={log ? Math.round(positionOf(spec, shown)) : shown} aria-valuetext={`${spec.symbol} = ${text}`}
        onChange={(e) => { const v = toValue(Number(e.target.value)); setDraft(v); preview(v); }} />
      <output className="value" htmlFor={id}>{text}</output>
    </div>
  );
}
