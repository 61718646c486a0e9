// prefers-reduced-motion: the page does not set paths moving on its own. It opens paused at iteration 0
// (Play, Space and the timeline still run them: the paths are the content). Camera moves are already
// instant (no damping, no tweened resets) and projector.css turns off any transition.
import { useLayoutEffect } from 'react';
import { pause } from '../../state/actions';

/** Whether the person asked their system for less motion. */
export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** On the app's first layout (before the first frame is drawn), pauses the autoplay if reduced motion is asked for. */
export function useReducedMotionStart(): void {
  useLayoutEffect(() => { if (prefersReducedMotion()) pause(); }, []);
}
