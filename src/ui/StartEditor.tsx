// The selected start's exact coordinates (typed, applied on Enter or leaving the box) and "Duplicate start",
// so two paths can share one start and differ in their own settings.
import { useId, useState } from 'react';
import { duplicateStart, setStartAt } from '../state/actions';
import { parseTyped } from './logScale';

/** A coordinate as the box shows it: up to 8 significant digits, no exponent for ordinary sizes. Pure. */
export function coordinateText(v: number): string {
  return String(Number(v.toPrecision(8)));
}

interface Props {
  readonly id: number;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly axes: readonly [string, string];
}

export function StartEditor({ id, label, x, y, axes }: Props) {
  const [tx, setTx] = useState(coordinateText(x));
  const [ty, setTy] = useState(coordinateText(y));
  const [error, setError] = useState<string | null>(null);
  const hint = useId();
  // A new path or a moved start shows its coordinates in the same render as its label (React's "adjust state
  // when a prop changes"): an effect would leave one frame naming path E beside path A's numbers.
  const [shown, setShown] = useState({ id, x, y });
  if (shown.id !== id || shown.x !== x || shown.y !== y) {
    setShown({ id, x, y });
    setTx(coordinateText(x)); setTy(coordinateText(y)); setError(null);
  }

  const submit = () => {
    const nx = parseTyped(tx), ny = parseTyped(ty);
    if (nx === null || ny === null) {
      setError(`'${nx === null ? tx : ty}' is not a number; start ${label} stays at (${coordinateText(x)}, ${coordinateText(y)}).`);
      setTx(coordinateText(x)); setTy(coordinateText(y));
      return;
    }
    setError(null);
    if (nx !== x || ny !== y) setStartAt(id, nx, ny);
  };
  const box = (axis: string, value: string, change: (v: string) => void) => (
    <label className="se-field">
      <span>{axis}</span>
      <input type="text" inputMode="decimal" className="value" aria-label={`Start ${axis}`} value={value}
        aria-invalid={error !== null} aria-describedby={hint}
        onChange={(e) => change(e.target.value)} onBlur={submit} onKeyDown={(e) => { if (e.key === 'Enter') submit(); }} />
    </label>
  );
  return (
    <div className="se" role="group" aria-label={`Start of path ${label}`}>
      <span className="se-title">Start</span>
      {box(axes[0], tx, setTx)}
      {box(axes[1], ty, setTy)}
      <button type="button" onClick={() => duplicateStart(id)} title="Add a path from the same start, with the same settings">Duplicate start</button>
      <p id={hint} className={error ? 'error se-note' : 'hint se-note'} aria-live="polite">{error ?? ''}</p>
    </div>
  );
}
