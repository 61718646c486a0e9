// "Add start" from the keyboard: type x and y, press Enter or the button; the start lands on the placement grid
// as a click there would, and is selected (its arrow keys then move it).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { addStart } from '../../state/actions';
import { surfaceFor } from '../../state/currentSurface';
import { CODEC_LIMITS } from '../../state/link/fields';
import { withinReach } from '../../state/placement';
import { LIMITS, startLabel } from '../../state/scenario';
import { useDownhill } from '../../state/store';
import { parseTyped } from '../logScale';
import './access.css';

export function AddStartForm() {
  const spec = useDownhill((s) => s.scenario.surface);
  const count = useDownhill((s) => s.scenario.starts.length);
  const surface = useMemo(() => { const r = surfaceFor(spec); return r.ok ? r.surface : null; }, [spec]);
  const [tx, setTx] = useState('');
  const [ty, setTy] = useState('');
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const status = useId();
  if (surface === null) return null;
  const [ax, ay] = surface.axes;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const x = parseTyped(tx), y = parseTyped(ty);
    if (x === null || y === null) {
      const bad = x === null ? [ax, tx] : [ay, ty];
      setNote({ text: `'${bad[1]}' is not a number for ${bad[0]}; no start was added.`, error: true });
      return;
    }
    const [cx, cy] = withinReach(surface.domain, CODEC_LIMITS.startReach, x, y);
    if (cx !== x || cy !== y) {
      setNote({ text: `(${x}, ${y}) is too far outside the landscape; no start was added.`, error: true });
      return;
    }
    const index = useDownhill.getState().scenario.starts.length;
    if (addStart(x, y) === null) { setNote({ text: `At most ${LIMITS.starts.max} starts; no start was added.`, error: true }); return; }
    const added = useDownhill.getState().scenario.starts[index];
    setNote({ text: `Added start ${startLabel(index)} at (${added?.x ?? x}, ${added?.y ?? y}), selected: the arrow keys on its Select button move it.`, error: false });
  };
  const box = (axis: string, value: string, change: (v: string) => void) => (
    <label className="as-field">
      <span>{axis}</span>
      <input type="text" inputMode="decimal" className="value" aria-label={`Add start at ${axis}`} value={value}
        aria-describedby={status} aria-invalid={note?.error === true} onChange={(e) => change(e.target.value)} />
    </label>
  );
  return (
    <form className="as" aria-label="Add a start at a point" onSubmit={submit}>
      {box(ax, tx, setTx)}
      {box(ay, ty, setTy)}
      <button type="submit" disabled={count >= LIMITS.starts.max}>Add start</button>
      {/* A success is said (polite) but not shown: the new row and its selection show it; an error is shown too. */}
      <p id={status} className={note?.error ? 'error as-note' : 'pt-sr-only'} aria-live="polite">{note?.text ?? ''}</p>
    </form>
  );
}
