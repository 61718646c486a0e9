// Which pin a press on the map grabs: the 3D rule (StartHandles' grabRaycast), where each pin's reach scales
// with the size it is drawn at, so a hidden swarm member (beyond MEMBER_PINS_MAX starts) is never grabbed.
import { MEMBER_PINS_MAX, MEMBER_SCALE, SELECTED_SCALE } from '../StartHandles';

/** The scale StartHandles draws a pin at; 0 means not drawn. Pure. */
export function pinScale(member: boolean, selected: boolean, pathCount: number): number {
  if (selected) return SELECTED_SCALE;
  if (!member) return 1;
  return pathCount > MEMBER_PINS_MAX ? 0 : MEMBER_SCALE;
}

/** What pinAt needs of a path: its start id and position among the starts, and where it starts. */
export interface PinPath {
  readonly startId: number;
  readonly index: number;
  readonly x0: number;
  readonly y0: number;
}

/**
 * Index (into paths) of the drawn pin nearest pixel (px, py) within reach × its scale, or −1. isMember(index)
 * says whether the start at that index is a swarm member; toPixel writes a start's map pixel into out. Pure
 * but for out.
 */
export function pinAt(
  paths: readonly PinPath[], isMember: (index: number) => boolean, selected: number | null,
  toPixel: (x: number, y: number, out: number[]) => void, out: number[], px: number, py: number, reach: number,
): number {
  let best = -1, bd = Infinity;
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i]!;
    const r = reach * pinScale(isMember(p.index), p.startId === selected, paths.length);
    if (r <= 0) continue;
    toPixel(p.x0, p.y0, out);
    const dd = (out[0]! - px) ** 2 + (out[1]! - py) ** 2;
    if (dd <= r * r && dd < bd) { bd = dd; best = i; }
  }
  return best;
}
