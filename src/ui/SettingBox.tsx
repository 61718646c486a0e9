// A number box generated from a settings-catalog entry: named by its label, checked against its range
// on Enter or leaving the box. Bad text keeps the previous value and says why.
import { useId, useState } from 'react';
import type { SettingSpec } from '../core/descent/settingsCatalog';
import { parseTyped, showValue } from './logScale';

interface Props {
  readonly spec: SettingSpec;
  readonly value: number;
  readonly commit: (v: number) => void;
}

export function SettingBox({ spec, value, commit }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const submit = (el: HTMLInputElement) => {
    const v = parseTyped(el.value);
    const kind = spec.integer ? 'a whole number' : 'a number';
    if (v === null || (spec.integer && !Number.isInteger(v))) {
      setError(`'${el.value}' is not ${kind}; kept ${showValue(value)}.`);
      el.value = String(value);
      return;
    }
    const c = Math.min(Math.max(v, spec.min), spec.max);
    setError(c !== v ? `${spec.label} is between ${spec.min.toLocaleString('en-US')} and ${spec.max.toLocaleString('en-US')}; using ${showValue(c)}.` : null);
    commit(c);
    el.value = String(c);
  };
  return (
    <>
      <div className="row" title={spec.help}>
        <label htmlFor={id} className="sub">{spec.label}</label>
        <input id={id} className="value" type="text" inputMode={spec.integer ? 'numeric' : 'decimal'} aria-label={spec.label}
          defaultValue={String(value)} key={value} aria-invalid={error !== null} aria-describedby={`${id}-e`}
          onBlur={(e) => submit(e.target)} onKeyDown={(e) => { if (e.key === 'Enter') submit(e.target as HTMLInputElement); }} />
      </div>
      <p id={`${id}-e`} className={error ? 'error' : 'hint'} aria-live="polite">{error ?? ''}</p>
    </>
  );
}
