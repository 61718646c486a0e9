// Starts: placing, moving, typing, removing and drawing them, and which one is selected.
import { currentSurface } from '../currentSurface';
import { withStartAt } from '../edits';
import { pushNotice } from '../notices';
import { placed, withinReach } from '../placement';
import { CODEC_LIMITS } from '../link/fields';
import { LIMITS, newStartId, startLabel } from '../scenario';
import { useDownhill } from '../store';
import { edit } from './editing';

const get = useDownhill.getState;
const set = useDownhill.setState;

/** (x, y) on the current surface's placement grid (unchanged when no surface is built). */
export function placedPoint(x: number, y: number): [number, number] {
  const r = currentSurface();
  return r.ok ? placed(r.surface.domain, x, y) : [x, y];
}

/** True when one more start fits; otherwise says so (a notice) and returns false. */
function roomForAStart(): boolean {
  if (get().scenario.starts.length < LIMITS.starts.max) return true;
  pushNotice(`At most ${LIMITS.starts.max} start points.`, 'warning');
  return false;
}

/** Adds a start typed at exactly (x, y) (selected afterwards). Returns its id, or null at the limit. */
export function addStartAt(x: number, y: number): number | null {
  if (!roomForAStart()) return null;
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

/**
 * Puts start `id` at (x, y) exactly, as typed. Coordinates that are not finite numbers change nothing (with a
 * notice); a point farther than a link may hold (CODEC_LIMITS.startReach half-widths from the landscape's
 * centre) is brought within it, with a notice, so the link reopens the same start. Returns whether it moved.
 */
export function setStartAt(id: number, x: number, y: number): boolean {
  const { scenario } = get();
  const index = scenario.starts.findIndex((p) => p.id === id);
  if (index < 0) return false;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    pushNotice(`Start ${startLabel(index)} needs two finite numbers; it stays where it was.`, 'warning');
    return false;
  }
  const res = currentSurface();
  let cx = x, cy = y;
  if (res.ok) {
    const reach = CODEC_LIMITS.startReach;
    [cx, cy] = withinReach(res.surface.domain, reach, x, y);
    if (cx !== x || cy !== y) pushNotice(`Start ${startLabel(index)} was far outside the landscape; moved to within ${reach} half-widths of its centre.`, 'info');
  }
  edit((s) => withStartAt(s, id, cx, cy));
  return true;
}

/**
 * Adds a copy of start `id` (same point, same per-path settings) as the last start and selects it, so two
 * paths can share one start and differ in their own settings. Returns the copy's id, or null when the
 * start does not exist or there are already as many starts as allowed.
 */
export function duplicateStart(id: number): number | null {
  const { scenario } = get();
  const original = scenario.starts.find((p) => p.id === id);
  if (!original || !roomForAStart()) return null;
  const copy = { ...original, id: newStartId() };
  edit((s) => ({ ...s, starts: [...s.starts, copy] }), { selected: copy.id });
  return copy.id;
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

/** "Remove all paths": every start, the swarm included. */
export function clearStarts(): void {
  edit((s) => ({ ...s, starts: [], swarm: null }), { selected: null, outcomes: {} });
  set({ group: null });
}

export const selectStart = (id: number | null): void => set({ selected: id });
