import { describe, expect, it } from 'vitest';
import { pinAt, type PinPath } from '../../../src/scene/map/pinAt';
import { MEMBER_PINS_MAX, MEMBER_SCALE, SELECTED_SCALE } from '../../../src/scene/StartHandles';

// Starts placed directly in pixels: toPixel is the identity, so distances are plain to check.
const identity = (x: number, y: number, out: number[]) => { out[0] = x; out[1] = y; };
const out = [0, 0];
const REACH = 12;

/** `ordinary` ordinary starts far away at (1000 + i, 1000), then `members` swarm members at (mx, my). */
function scene(ordinary: number, members: number, mx: number, my: number): { paths: PinPath[]; isMember: (i: number) => boolean } {
  const paths: PinPath[] = [];
  for (let i = 0; i < ordinary; i++) paths.push({ startId: i, index: i, x0: 1000 + 40 * i, y0: 1000 });
  for (let i = 0; i < members; i++) paths.push({ startId: ordinary + i, index: ordinary + i, x0: mx, y0: my });
  return { paths, isMember: (i) => i >= ordinary };
}

describe('pinAt: the map grabs only the pins StartHandles draws, within reach × their scale', () => {
  it('grabs an ordinary pin within the full reach and not beyond it', () => {
    const { paths, isMember } = scene(1, 0, 0, 0);
    expect(pinAt(paths, isMember, null, identity, out, 1000 + 11.9, 1000, REACH)).toBe(0);
    expect(pinAt(paths, isMember, null, identity, out, 1000 + 12.1, 1000, REACH)).toBe(-1);
  });

  it('beyond MEMBER_PINS_MAX paths, members have no pins: a click on top of one grabs nothing', () => {
    const { paths, isMember } = scene(4, MEMBER_PINS_MAX - 3, 50, 50);
    expect(paths.length).toBe(MEMBER_PINS_MAX + 1);
    expect(pinAt(paths, isMember, null, identity, out, 50, 50, REACH)).toBe(-1);
    // An ordinary pin is still grabbed.
    expect(pinAt(paths, isMember, null, identity, out, 1040, 1000, REACH)).toBe(1);
  });

  it('up to MEMBER_PINS_MAX paths, a member is grabbed within reach × MEMBER_SCALE only', () => {
    const { paths, isMember } = scene(4, MEMBER_PINS_MAX - 4, 50, 50);
    expect(paths.length).toBe(MEMBER_PINS_MAX);
    const r = REACH * MEMBER_SCALE;
    expect(pinAt(paths, isMember, null, identity, out, 50 + r - 0.1, 50, REACH)).toBeGreaterThanOrEqual(4);
    expect(pinAt(paths, isMember, null, identity, out, 50 + r + 0.1, 50, REACH)).toBe(-1);
  });

  it('the selected member is drawn (larger) even in a large swarm, and is grabbed within reach × SELECTED_SCALE', () => {
    const { paths, isMember } = scene(4, 2000, 50, 50);
    const sel = paths[1500]!.startId, r = REACH * SELECTED_SCALE;
    expect(pinAt(paths, isMember, sel, identity, out, 50 + r - 0.1, 50, REACH)).toBe(1500);
    expect(pinAt(paths, isMember, sel, identity, out, 50 + r + 0.1, 50, REACH)).toBe(-1);
  });

  it('of several pins within reach, the nearest is grabbed', () => {
    const paths: PinPath[] = [
      { startId: 10, index: 0, x0: 0, y0: 0 }, { startId: 11, index: 1, x0: 8, y0: 0 }, { startId: 12, index: 2, x0: 3, y0: 4 },
    ];
    // From (6, 1): distances² 37, 5, 18.
    expect(pinAt(paths, () => false, null, identity, out, 6, 1, REACH)).toBe(1);
  });
});
