import { describe, expect, it } from 'vitest';
import type * as THREE from 'three';
import { contourSegments } from '../../../src/core/landscape/contours';
import { createGridSample, type GridSample } from '../../../src/core/landscape/grid';
import { createSceneFrame } from '../../../src/scene/frame';
import { createHoverLevel } from '../../../src/scene/map/hoverLevel';
import { maxLevelSegments, writeLevelSegments } from '../../../src/scene/map/levelSegments';

const domain = { xMin: -2, xMax: 2, yMin: -1, yMax: 3 };

/** A grid of f(x, y) filled by a plain loop (row-major, x fastest, y from yMin up). */
function gridOf(n: number, f: (x: number, y: number) => number): GridSample {
  const g = createGridSample(n, domain);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) {
    g.f[j * n + i] = f(domain.xMin + (i * 4) / (n - 1), domain.yMin + (j * 4) / (n - 1));
  }
  return g;
}
const bowl = (x: number, y: number) => x * x + (y - 1) * (y - 1);
const frame = createSceneFrame(domain, 0, 8, 1);

/** The segments' ends back in maths (x, y), from scene (x, height, z). */
function ends(buf: Float32Array, m: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < 2 * m; k++) out.push([buf[3 * k]! / frame.s + frame.cx, -buf[3 * k + 2]! / frame.s + frame.cy]);
  return out;
}

describe('writeLevelSegments: one level set, written into a line buffer', () => {
  it('on a bowl, every end lies on the circle f = c (within the grid\'s linear error), at the given height', () => {
    const g = gridOf(81, bowl), out = new Float32Array(6 * maxLevelSegments(81));
    const m = writeLevelSegments(g, 1.5, frame, 7, out);
    // A circle of radius √1.5 crosses about 2πr / h ≈ 154 cells at h = 0.05.
    expect(m).toBeGreaterThan(100);
    for (const [x, y] of ends(out, m)) expect(Math.abs(Math.hypot(x, y - 1) - Math.sqrt(1.5))).toBeLessThan(2e-3);
    for (let k = 0; k < 2 * m; k++) expect(out[3 * k + 1]).toBe(7);
  });

  it('gives the same segments, in the same order, as contourSegments for that one level', () => {
    const g = gridOf(41, (x, y) => Math.sin(2 * x) * Math.cos(y) + 0.1 * x);
    const out = new Float32Array(6 * maxLevelSegments(41));
    const m = writeLevelSegments(g, 0.2, frame, 0, out);
    const ref = contourSegments(g, [0.2]).segments;
    expect(m).toBe(ref.length / 4);
    const e = ends(out, m);
    for (let k = 0; k < 2 * m; k++) {
      expect(e[k]![0]).toBeCloseTo(ref[2 * k]!, 4);
      expect(e[k]![1]).toBeCloseTo(ref[2 * k + 1]!, 4);
    }
  });

  it('skips cells with a non-finite corner, and writes no more than the buffer holds', () => {
    const g = gridOf(21, bowl);
    const whole = writeLevelSegments(g, 1, frame, 0, new Float32Array(6 * maxLevelSegments(21)));
    g.f[10 * 21 + 15] = NaN;
    expect(writeLevelSegments(g, 1, frame, 0, new Float32Array(6 * maxLevelSegments(21)))).toBeLessThan(whole);
    expect(writeLevelSegments(g, 1, frame, 0, new Float32Array(6 * 3))).toBe(3);
  });
});

describe('createHoverLevel: a pointer move rewrites one buffer in place', () => {
  it('keeps the same geometry, buffer and array across moves, drawing instanceCount segments of the new level', () => {
    const h = createHoverLevel(), g = gridOf(61, bowl);
    h.show(g, frame, 0.5, 3);
    const geometry = h.line.geometry, buffer = (geometry.getAttribute('instanceStart') as THREE.InterleavedBufferAttribute).data;
    const array = buffer.array, version = buffer.version;
    const first = geometry.instanceCount;
    expect(first).toBe(contourSegments(g, [0.5]).segments.length / 4);
    h.show(g, frame, 2, 3);
    expect(h.line.geometry).toBe(geometry);
    expect((geometry.getAttribute('instanceStart') as THREE.InterleavedBufferAttribute).data).toBe(buffer);
    expect(buffer.array).toBe(array);
    expect(buffer.version).toBeGreaterThan(version);
    // A larger circle crosses more cells.
    expect(geometry.instanceCount).toBe(contourSegments(g, [2]).segments.length / 4);
    expect(geometry.instanceCount).toBeGreaterThan(first);
    // Its first segment is on the circle of radius √2.
    const [x, y] = [array[0]! / frame.s + frame.cx, -array[2]! / frame.s + frame.cy];
    expect(Math.abs(Math.hypot(x, y - 1) - Math.SQRT2)).toBeLessThan(5e-3);
    expect(h.line.visible).toBe(true);
    h.dispose();
  });

  it('does no work when the level is unchanged, and hides for a level the grid never crosses', () => {
    const h = createHoverLevel(), g = gridOf(61, bowl);
    h.show(g, frame, 1, 3);
    const buffer = (h.line.geometry.getAttribute('instanceStart') as THREE.InterleavedBufferAttribute).data, version = buffer.version;
    h.show(g, frame, 1, 3);
    expect(buffer.version).toBe(version);
    expect(h.line.visible).toBe(true);
    h.show(g, frame, 100, 3);
    expect(h.line.visible).toBe(false);
    h.show(g, frame, NaN, 3);
    expect(h.line.visible).toBe(false);
    h.dispose();
  });
});
