// Start letters never hide one another: the placement moves overlapping labels apart, and leaves free ones alone.
import { describe, expect, it } from 'vitest';
import { createLabelBoxes, placeLabels, type LabelBoxes } from '../../src/scene/labelPlacement';

/** Boxes of w × h pixels at the given anchors, all shown. */
function boxesAt(anchors: readonly (readonly [number, number])[], w = 22, h = 18): LabelBoxes {
  const b = createLabelBoxes(anchors.length);
  anchors.forEach(([x, y], i) => { b.ax[i] = x; b.ay[i] = y; b.w[i] = w; b.h[i] = h; b.shown[i] = 1; });
  return b;
}

/** Pairs of shown labels whose boxes overlap, checked box against box (independent of the placement's own test). */
function overlaps(b: LabelBoxes, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!b.shown[i] || !b.shown[j]) continue;
      const left = Math.max(b.x[i]! - b.w[i]! / 2, b.x[j]! - b.w[j]! / 2), right = Math.min(b.x[i]! + b.w[i]! / 2, b.x[j]! + b.w[j]! / 2);
      const top = Math.max(b.y[i]! - b.h[i]! / 2, b.y[j]! - b.h[j]! / 2), bottom = Math.min(b.y[i]! + b.h[i]! / 2, b.y[j]! + b.h[j]! / 2);
      if (right > left && bottom > top) out.push(`${i}–${j}`);
    }
  }
  return out;
}

describe('placeLabels', () => {
  it('gives two starts at one point labels that do not overlap, the first one on its anchor', () => {
    const b = boxesAt([[200, 150], [200, 150]]);
    placeLabels(b, 2);
    expect(overlaps(b, 2)).toEqual([]);
    expect([b.x[0], b.y[0]]).toEqual([200, 150]);
    // The second stays near its anchor: within two label sizes.
    expect(Math.hypot(b.x[1]! - 200, b.y[1]! - 150)).toBeLessThan(2 * 22 + 2);
  });

  it('fans out 26 labels at one point and 10 at nearby points with no overlap', () => {
    const one = boxesAt(Array.from({ length: 26 }, () => [300, 300] as const));
    placeLabels(one, 26);
    expect(overlaps(one, 26)).toEqual([]);
    const near = boxesAt(Array.from({ length: 10 }, (_, i) => [300 + 3 * i, 300 - 2 * i] as const));
    placeLabels(near, 10);
    expect(overlaps(near, 10)).toEqual([]);
  });

  it('leaves labels that do not touch on their anchors, and ignores hidden ones', () => {
    const b = boxesAt([[10, 10], [100, 10], [100, 10]]);
    b.shown[1] = 0;
    placeLabels(b, 3);
    expect([...b.x]).toEqual([10, 100, 100]);
    expect([...b.y]).toEqual([10, 10, 10]);
  });
});
