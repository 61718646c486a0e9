// Readouts refresh at most 5 times a second: faster is unreadable, and every DOM write costs layout and paint.
import { addAfterEffect } from '@react-three/fiber';

export const READOUT_INTERVAL_MS = 200;

/**
 * Registers fn to run after rendered frames, at most once per interval; a skipped call is made up
 * for by a timer so the last state always shows, even when no frame follows. Returns the unsubscribe.
 */
export function addThrottledAfterEffect(fn: () => void, interval = READOUT_INTERVAL_MS): () => void {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    const now = performance.now();
    if (now - last < interval) {
      timer ??= setTimeout(() => { timer = null; last = performance.now(); fn(); }, interval - (now - last));
      return;
    }
    last = now;
    fn();
  };
  const unsubscribe = addAfterEffect(run);
  return () => { unsubscribe(); if (timer !== null) clearTimeout(timer); };
}
