// Space plays or pauses, → steps, R resets, unless a control has the focus (it keeps its own keys).
import { useEffect } from 'react';
import { reset, step, togglePlay } from '../state/actions';

const INTERACTIVE = 'input, select, textarea, button, a[href], summary, [contenteditable="true"]';

/** Installs the lab's keyboard shortcuts on the window for the component's lifetime. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target instanceof Element && e.target.closest(INTERACTIVE)) return;
      if (e.key === ' ') { e.preventDefault(); togglePlay(); }
      else if (e.key === 'ArrowRight') { e.preventDefault(); step(); }
      else if (e.key === 'r' || e.key === 'R') reset();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
