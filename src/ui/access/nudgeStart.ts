// The arrow keys on a selected path's button: move its start as a drag to that point would (moveStart, on the placement grid).
import type { KeyboardEvent } from 'react';
import { moveStart, selectStart } from '../../state/actions';
import { currentSurface } from '../../state/currentSurface';
import { useDownhill } from '../../state/store';
import { nudged } from './startNudge';

/** Marks an element whose arrow keys move a start (the lab's ← → shortcuts give way there). */
export const ARROWS_MOVE_START = 'data-arrows-move-start';

/** keydown on path `id`'s button: an arrow (Shift: 10×) selects the path and moves its start; other keys pass. */
export function onStartKey(id: number, e: KeyboardEvent): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const r = currentSurface();
  const start = useDownhill.getState().scenario.starts.find((s) => s.id === id);
  if (!r.ok || !start) return;
  const to = nudged(r.surface.domain, start.x, start.y, e.key, e.shiftKey);
  if (to === null) return;
  e.preventDefault();
  if (useDownhill.getState().selected !== id) selectStart(id);
  moveStart(id, to[0], to[1]);
}
