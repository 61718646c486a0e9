// Sliders preview while they move and write the store once, when released (the native "change" event):
// the store is never written per pointer move. A gesture that ends where it began fires no change event,
// so its last preview is dropped when the gesture ends (the paths go back to what the store says).
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls commit(value) on the range input's native change event (release, or each arrow-key step), and
 * abandon() when a pointer or key gesture that moved the slider ends without one.
 */
export function useReleaseCommit(commit: (value: number) => void, abandon: () => void = () => {}): RefObject<HTMLInputElement | null> {
  const ref = useRef<HTMLInputElement>(null);
  const latest = useRef({ commit, abandon });
  latest.current = { commit, abandon };
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // An input event (a preview) not yet followed by a change event (a commit).
    let pending = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onInput = () => { pending = true; };
    const onChange = () => { pending = false; latest.current.commit(Number(el.value)); };
    // Checked after the release's own events: Chromium dispatches change (if any) with the pointer's release.
    const settle = () => {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        if (pending) { pending = false; latest.current.abandon(); }
      }, 0);
    };
    // The release may land outside the slider: listen on the window, from the press until the release.
    const onPointerDown = () => {
      window.addEventListener('pointerup', settle, { once: true });
      window.addEventListener('pointercancel', settle, { once: true });
    };
    el.addEventListener('input', onInput);
    el.addEventListener('change', onChange);
    el.addEventListener('pointerdown', onPointerDown);
    el.addEventListener('keyup', settle);
    el.addEventListener('blur', settle);
    return () => {
      el.removeEventListener('input', onInput);
      el.removeEventListener('change', onChange);
      el.removeEventListener('pointerdown', onPointerDown);
      el.removeEventListener('keyup', settle);
      el.removeEventListener('blur', settle);
      window.removeEventListener('pointerup', settle);
      window.removeEventListener('pointercancel', settle);
      if (timer !== null) clearTimeout(timer);
    };
  }, []);
  return ref;
}
