// Sliders preview while they move and write the store once, when released (the native "change" event):
// the store is never written per pointer move.
import { useEffect, useRef, type RefObject } from 'react';

/** Calls commit(value) on the range input's native change event (release, or each arrow-key step). */
export function useReleaseCommit(commit: (value: number) => void): RefObject<HTMLInputElement | null> {
  const ref = useRef<HTMLInputElement>(null);
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onChange = () => latest.current(Number(el.value));
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);
  return ref;
}
