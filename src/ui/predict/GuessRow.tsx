// One start's guess: where it is ("Guess for A: (1.20, −0.40)"), two boxes to type it (keyboard users) and a
// button to remove it. Applied on Enter or leaving a box; text that is not a number changes nothing.
import { useId, useState } from 'react';
import { removeGuess, setGuess } from '../../state/predict';
import type { Guess } from '../../state/predictStore';
import { coord } from '../../state/predictResults';
import { pathColor } from '../../state/palette';
import { parseTyped } from '../logScale';
import { coordinateText } from '../StartEditor';

interface Props {
  readonly id: number;
  readonly index: number;
  readonly label: string;
  readonly guess: Guess | undefined;
}

export function GuessRow({ id, index, label, guess }: Props) {
  const [tx, setTx] = useState(guess ? coordinateText(guess.x) : '');
  const [ty, setTy] = useState(guess ? coordinateText(guess.y) : '');
  const [error, setError] = useState<string | null>(null);
  const hint = useId();
  // A guess placed or dragged on the landscape shows in the boxes in the same render.
  const [shown, setShown] = useState(guess);
  if (shown !== guess) {
    setShown(guess);
    setTx(guess ? coordinateText(guess.x) : ''); setTy(guess ? coordinateText(guess.y) : ''); setError(null);
  }

  const submit = () => {
    if (tx.trim() === '' && ty.trim() === '') return;
    const nx = parseTyped(tx), ny = parseTyped(ty);
    if (nx === null || ny === null) {
      const bad = nx === null ? tx : ty;
      setError(bad.trim() === '' ? `Type both x and y for ${label}'s guess.` : `'${bad}' is not a number; the guess for ${label} is unchanged.`);
      return;
    }
    setError(null);
    if (!guess || nx !== guess.x || ny !== guess.y) setGuess(id, nx, ny);
  };
  const box = (axis: string, value: string, change: (v: string) => void) => (
    <label className="guess-field">
      <span aria-hidden="true">{axis}</span>
      <input type="text" inputMode="decimal" className="value" aria-label={`Guess ${axis} for ${label}`} value={value}
        aria-invalid={error !== null} aria-describedby={hint}
        onChange={(e) => change(e.target.value)} onBlur={submit} onKeyDown={(e) => { if (e.key === 'Enter') submit(); }} />
    </label>
  );
  return (
    <li className="guess-row" role="group" aria-label={`Guess for path ${label}`}>
      <span className="guess-text" style={{ borderColor: pathColor(index) }}>
        {guess ? `Guess for ${label}: (${coord(guess.x)}, ${coord(guess.y)})` : `Guess for ${label}: none yet`}
      </span>
      {box('x', tx, setTx)}
      {box('y', ty, setTy)}
      {guess && <button type="button" onClick={() => removeGuess(id)}>Remove guess for {label}</button>}
      <p id={hint} className={error ? 'error guess-note' : 'hint guess-note'} aria-live="polite">{error ?? ''}</p>
    </li>
  );
}
