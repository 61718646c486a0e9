// A logarithmic slider whose value is written to the store once, on release (speed, exaggeration).
import { useEffect, useId, useState } from 'react';
import { fromLog, showValue, toLog } from './logScale';
import { useReleaseCommit } from './useReleaseCommit';

interface Props {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly unit: (v: string) => string;
  readonly spoken: (v: string) => string;
  readonly commit: (v: number) => void;
}

export function LogSlider({ label, value, min, max, unit, spoken, commit }: Props) {
  const [draft, setDraft] = useState<number | null>(null);
  const id = useId();
  const ref = useReleaseCommit((p) => { commit(fromLog(p)); setDraft(null); });
  useEffect(() => setDraft(null), [value]);
  const shown = draft ?? value;
  return (
    <div className="row">
      <label htmlFor={id} className="sub">{label}</label>
      <input id={id} ref={ref} type="range" aria-label={label} min={toLog(min)} max={toLog(max)} step={0.01}
        value={toLog(shown)} aria-valuetext={spoken(showValue(shown))} onChange={(e) => setDraft(fromLog(Number(e.target.value)))} />
      <output className="value" htmlFor={id}>{unit(showValue(shown))}</output>
    </div>
  );
}
