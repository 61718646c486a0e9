import { describe, expect, it } from 'vitest';
import { fovFor, viewRects, type Rect } from '../../../src/scene/map/views';

const area = (r: Rect | null) => (r ? r.width * r.height : 0);
const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

describe('view rectangles', () => {
  it('one view fills the canvas', () => {
    expect(viewRects('3d', 800, 500)).toEqual({ three: { x: 0, y: 0, width: 800, height: 500 }, map: null });
    expect(viewRects('map', 800, 500)).toEqual({ three: null, map: { x: 0, y: 0, width: 800, height: 500 } });
  });

  it('both views tile the canvas: side by side when wide, stacked when narrow', () => {
    for (const [w, h, side] of [[943, 500, true], [1515, 690, true], [768, 819, false], [390, 717, false], [687, 477, true], [701, 501, false]] as const) {
      const { three, map } = viewRects('both', w, h);
      expect(three && map).toBeTruthy();
      expect(area(three) + area(map)).toBe(w * h);
      expect(overlap(three!, map!)).toBe(0);
      expect(three!.x === 0 && three!.y === 0).toBe(true);
      expect(map!.x > 0, `${w} × ${h}`).toBe(side);
      expect(map!.x + map!.width).toBe(w);
      expect(map!.y + map!.height).toBe(h);
    }
  });
});

describe('the 3D field of view', () => {
  it('is 40° on a wide view and widens on a narrow one so the horizontal view stays that of aspect 1.5', () => {
    expect(fovFor(1.9)).toBe(40);
    const deg = Math.PI / 180;
    for (const a of [1.2, 0.94]) {
      const horizontal = 2 * Math.atan(Math.tan((fovFor(a) / 2) * deg) * a);
      expect(horizontal).toBeCloseTo(2 * Math.atan(Math.tan(20 * deg) * 1.5), 9);
    }
    expect(fovFor(0.2)).toBe(70);
  });
});
