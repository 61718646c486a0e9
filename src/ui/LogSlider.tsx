// A logarithmic slider whose value is written to the store once, on release (speed, exaggeration).
// Whole-number positions map onto [min, max], so the slider reaches both ends it names.
import { useEffect, useId, useRef, useState } from 'react';
import { positionOf, showValue, SLIDER_STEPS, valueAfterMove } from './logScale';
import { useReleaseCommit } from './useReleaseCommit';

interface Props {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Whole values only (speed in iterations per second). */
  readonly integer?: boolean;
  readonly unit: (v: string) => string;
  readonly spoken: (v: string) => string;
  readonly commit: (v: number) => void;
}

export function LogSlider({ label, value, min, max, integer = false, unit, spoken, commit }: Props) {
  const range = { min, max, scale: 'log', integer } as const;
  const [draft, setDraft] = useState<number | null>(null);
  const id = useId();
  const shown = draft ?? value;
  // The value the last move produced, committed on release (the change event follows the input events).
  const moved = useRef<number | null>(null);
  const ref = useReleaseCommit(
    (p) => { commit(moved.current ?? valueAfterMove(range, p, shown)); moved.current = null; setDraft(null); },
    () => { moved.current = null; setDraft(null); },
  );
  useEffect(() => setDraft(null), [value]);
  return (
    <div className="row">
      <label htmlFor={id} className="sub">{label}</label>
      <input id={id} ref={ref} type="range" aria-label={label} min={0} max={SLIDER_STEPS} step={1}
        value={Math.round(positionOf(range, shown))} aria-valuetext={spoken(showValue(shown))}
        onChange={(e) => { moved.current = valueAfterMove(range, Number(e.target.value), shown); setDraft(moved.current); }} />
      <output className="value" htmlFor={id}>{unit(showValue(shown))}</output>
    </div>
  );
}
