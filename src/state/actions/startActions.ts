// Starts: placing, moving, typing, removing and drawing them, and which one is selected.
import { currentSurface } from '../currentSurface';
import { withStartAt } from '../edits';
import { pushNotice } from '../notices';
import { placed } from '../placement';
import { LIMITS, newStartId } from '../scenario';
import { useDownhill } from '../store';
import { edit } from './editing';

const get = useDownhill.getState;
const set = useDownhill.setState;

/** (x, y) on the current surface's placement grid (unchanged when no surface is built). */
export function placedPoint(x: number, y: number): [number, number] {
  const r = currentSurface();
  return r.ok ? placed(r.surface.domain, x, y) : [x, y];
}

/** Adds a start typed at exactly (x, y) (selected afterwards). Returns its id, or null at the limit. */
export function addStartAt(x: number, y: number): number | null {
  if (get().scenario.starts.length >= LIMITS.starts.max) {
    pushNotice(`At most ${LIMITS.starts.max} start points.`, 'warning');
    return null;
  }
  const id = newStartId();
  edit((s) => ({ ...s, starts: [...s.starts, { id, x, y }] }));
  set({ selected: id });
  return id;
}

/** Adds a start placed by pointer, on the placement grid (selected afterwards). Returns its id, or null at the limit. */
export function addStart(x: number, y: number): number | null {
  return addStartAt(...placedPoint(x, y));
}

/** Moves a start to where the pointer put it, on the placement grid. */
export function moveStart(id: number, x: number, y: number): void {
  const [px, py] = placedPoint(x, y);
  edit((s) => withStartAt(s, id, px, py));
}

/** Puts a start at exactly the coordinates a person typed. */
export function setStartAt(id: number, x: number, y: number): void {
  edit((s) => withStartAt(s, id, x, y));
}

export function removeStart(id: number): void {
  edit((s) => ({ ...s, starts: s.starts.filter((p) => p.id !== id) }));
  const { selected, outcomes } = get();
  const { [id]: _gone, ...rest } = outcomes;
  set({ selected: selected === id ? null : selected, outcomes: rest });
}

/** Random restarts: n new starts drawn uniformly over the surface's domain, on the placement grid. */
export function addRandomStarts(n: number, random: () => number = Math.random): void {
  const res = currentSurface();
  if (!res.ok) return;
  const d = res.surface.domain;
  const room = LIMITS.starts.max - get().scenario.starts.length;
  const fresh = Array.from({ length: Math.max(0, Math.min(n, room)) }, () => {
    const [x, y] = placedPoint(d.xMin + random() * (d.xMax - d.xMin), d.yMin + random() * (d.yMax - d.yMin));
    return { id: newStartId(), x, y };
  });
  edit((s) => ({ ...s, starts: [...s.starts, ...fresh] }));
}

export function clearStarts(): void {
  edit((s) => ({ ...s, starts: [] }), { selected: null, outcomes: {} });
}

export const selectStart = (id: number | null): void => set({ selected: id });
