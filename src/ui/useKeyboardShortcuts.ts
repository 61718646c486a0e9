// Space plays or pauses, → steps forward, ← steps back (through stored points), R resets, wherever the focus is,
// except where the key types or moves: a text box, a select, an editable region, (for the arrows) a slider, and
// (for Space) a checkbox or radio button, whose native keys win: Space is the only key that ticks a box; and the
// arrows on a path's Select button, which move that path's start.
import { useEffect } from 'react';
import { reset, step, stepBack, togglePlay } from '../state/actions';
import { ARROWS_MOVE_START } from './access/nudgeStart';

/** Inputs that type text: every input but these take the keys for themselves. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file', 'image']);

/** Whether `key` pressed with focus on `target` belongs to that element rather than to the lab. Pure. */
export function keyBelongsToFocus(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (key.startsWith('Arrow') && target.closest(`[${ARROWS_MOVE_START}]`)) return true;
  if (target.closest('textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')) return true;
  if (target instanceof HTMLInputElement) {
    if (!NON_TEXT_INPUTS.has(target.type)) return true;
    // A checkbox or radio button keeps Space (a keyboard's only way to tick it; buttons also answer Enter).
    if ((target.type === 'checkbox' || target.type === 'radio') && key === ' ') return true;
    // A slider (or a radio group) keeps its arrow keys (← and → move it); Space and R still drive the lab.
    if (target.type === 'range' || target.type === 'radio') return key.startsWith('Arrow');
  }
  // A focused button would also "click" on Space: the shortcut takes it instead (see onKey).
  return false;
}

/** Installs the lab's keyboard shortcuts on the window for the component's lifetime. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      if (keyBelongsToFocus(e.target, e.key)) return;
      // preventDefault: Space on a focused button must not also press it, nor scroll the page.
      if (e.key === ' ') { e.preventDefault(); togglePlay(); }
      else if (e.key === 'ArrowRight') { e.preventDefault(); step(); }
      else if (e.key === 'ArrowLeft') { e.preventDefault(); stepBack(); }
      else if (e.key === 'r' || e.key === 'R') reset();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
