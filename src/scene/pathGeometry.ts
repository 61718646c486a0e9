// The GPU side of the path buffers: the geometries over the shared arrays, their growth, and uploads of
// exactly the ranges written (addUpdateRange) instead of whole arrays.
import * as THREE from 'three';
import { LineSegmentsGeometry } from 'three/addons/lines/LineSegmentsGeometry.js';

/**
 * Arrays and geometries of every path's segments and dots (segments: 6 floats, dots: 3 floats each), with the
 * iteration each was drawn for (segments: 2 floats, one per end, both the iteration of the point it reaches;
 * dots: 1), so the shader can hide what lies beyond the timeline's cursor (cursorClip.ts).
 */
export interface PathArrays {
  segGeometry: LineSegmentsGeometry;
  /** The same segments as plain GL line pairs (sharing the arrays), for many paths. */
  thinGeometry: THREE.BufferGeometry;
  dotGeometry: THREE.BufferGeometry;
  segPos: Float32Array;
  segCol: Float32Array;
  dotPos: Float32Array;
  dotCol: Float32Array;
  segIter: Float32Array;
  dotIter: Float32Array;
  /** Segments and dots in use (drawn), holes included. */
  segCount: number;
  dotCount: number;
}

export function makeSegGeometry(pos: Float32Array, col: Float32Array, iter: Float32Array): LineSegmentsGeometry {
  const g = new LineSegmentsGeometry();
  const pb = new THREE.InstancedInterleavedBuffer(pos, 6, 1).setUsage(THREE.DynamicDrawUsage);
  const cb = new THREE.InstancedInterleavedBuffer(col, 6, 1).setUsage(THREE.DynamicDrawUsage);
  const ib = new THREE.InstancedInterleavedBuffer(iter, 2, 1).setUsage(THREE.DynamicDrawUsage);
  g.setAttribute('iter', new THREE.InterleavedBufferAttribute(ib, 1, 0));
  g.setAttribute('instanceStart', new THREE.InterleavedBufferAttribute(pb, 3, 0));
  g.setAttribute('instanceEnd', new THREE.InterleavedBufferAttribute(pb, 3, 3));
  g.setAttribute('instanceColorStart', new THREE.InterleavedBufferAttribute(cb, 3, 0));
  g.setAttribute('instanceColorEnd', new THREE.InterleavedBufferAttribute(cb, 3, 3));
  g.instanceCount = 0;
  // Paths can go anywhere on screen; skip culling rather than recompute bounds every frame.
  g.boundingSphere = new THREE.Sphere(new THREE.Vector3(), Infinity);
  return g;
}

export function makeDotGeometry(pos: Float32Array, col: Float32Array, iter: Float32Array): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3).setUsage(THREE.DynamicDrawUsage));
  g.setAttribute('color', new THREE.BufferAttribute(col, 3).setUsage(THREE.DynamicDrawUsage));
  g.setAttribute('iter', new THREE.BufferAttribute(iter, 1).setUsage(THREE.DynamicDrawUsage));
  g.setDrawRange(0, 0);
  g.boundingSphere = new THREE.Sphere(new THREE.Vector3(), Infinity);
  return g;
}

/** Empty arrays and geometries with room for `segments` segments. */
export function createPathArrays(segments: number): PathArrays {
  const segPos = new Float32Array(6 * segments), segCol = new Float32Array(6 * segments), segIter = new Float32Array(2 * segments);
  const dots = segments + 64;
  const dotPos = new Float32Array(3 * dots), dotCol = new Float32Array(3 * dots), dotIter = new Float32Array(dots);
  return {
    segGeometry: makeSegGeometry(segPos, segCol, segIter), dotGeometry: makeDotGeometry(dotPos, dotCol, dotIter),
    thinGeometry: makeDotGeometry(segPos, segCol, segIter), segPos, segCol, dotPos, dotCol, segIter, dotIter, segCount: 0, dotCount: 0,
  };
}

/** Ensures room for `moreSegs` segments and `moreDots` dots past the counts, reallocating (and returning true) if needed. */
export function reserve(b: PathArrays, moreSegs: number, moreDots: number): boolean {
  const needS = b.segCount + moreSegs, needD = b.dotCount + moreDots;
  let grew = false;
  if (6 * needS > b.segPos.length) {
    const cap = Math.max(needS, (b.segPos.length / 6) * 2);
    const pos = new Float32Array(6 * cap), col = new Float32Array(6 * cap), iter = new Float32Array(2 * cap);
    pos.set(b.segPos.subarray(0, 6 * b.segCount)); col.set(b.segCol.subarray(0, 6 * b.segCount)); iter.set(b.segIter.subarray(0, 2 * b.segCount));
    b.segGeometry.dispose();
    b.thinGeometry.dispose();
    b.segPos = pos; b.segCol = col; b.segIter = iter; b.segGeometry = makeSegGeometry(pos, col, iter);
    b.thinGeometry = makeDotGeometry(pos, col, iter);
    b.segGeometry.instanceCount = b.segCount;
    b.thinGeometry.setDrawRange(0, 2 * b.segCount);
    grew = true;
  }
  if (3 * needD > b.dotPos.length) {
    const cap = Math.max(needD, (b.dotPos.length / 3) * 2);
    const pos = new Float32Array(3 * cap), col = new Float32Array(3 * cap), iter = new Float32Array(cap);
    pos.set(b.dotPos.subarray(0, 3 * b.dotCount)); col.set(b.dotCol.subarray(0, 3 * b.dotCount)); iter.set(b.dotIter.subarray(0, b.dotCount));
    b.dotGeometry.dispose();
    b.dotPos = pos; b.dotCol = col; b.dotIter = iter; b.dotGeometry = makeDotGeometry(pos, col, iter);
    b.dotGeometry.setDrawRange(0, b.dotCount);
    grew = true;
  }
  return grew;
}

export function writeColor(col: Float32Array, sp: number, c: THREE.Color): void {
  col[sp] = c.r; col[sp + 1] = c.g; col[sp + 2] = c.b;
  col[sp + 3] = c.r; col[sp + 4] = c.g; col[sp + 5] = c.b;
}

/** Ranges written this update, in segments and in dots, uploaded together at the end. Preallocated. */
export interface WrittenRanges {
  seg: Int32Array;
  dot: Int32Array;
  /** Number of (start, count) pairs in each. */
  segN: number;
  dotN: number;
}

export const createWrittenRanges = (): WrittenRanges => ({ seg: new Int32Array(64), dot: new Int32Array(64), segN: 0, dotN: 0 });

/** Records [start, start + count) as written (adjacent ranges merge); grows the list if needed. Mutates w. */
export function addWritten(w: WrittenRanges, which: 'seg' | 'dot', start: number, count: number): void {
  if (count <= 0) return;
  const n = which === 'seg' ? w.segN : w.dotN;
  let arr = w[which];
  if (n > 0 && arr[2 * n - 2]! + arr[2 * n - 1]! === start) { arr[2 * n - 1] = arr[2 * n - 1]! + count; return; }
  if (2 * n + 2 > arr.length) { const next = new Int32Array(arr.length * 2); next.set(arr); arr = w[which] = next; }
  arr[2 * n] = start; arr[2 * n + 1] = count;
  if (which === 'seg') w.segN = n + 1; else w.dotN = n + 1;
}

/** Flags a buffer for upload: the written ranges (times `stride` floats) when partial (nothing if none), else all. */
export function markRanges(buf: THREE.BufferAttribute | THREE.InterleavedBuffer, partial: boolean, ranges: Int32Array, n: number, stride: number): void {
  // Nothing written: no upload at all (an empty range would make WebGL copy to the end of the array).
  if (partial && n === 0) return;
  buf.clearUpdateRanges();
  if (partial) for (let k = 0; k < n; k++) buf.addUpdateRange(stride * ranges[2 * k]!, stride * ranges[2 * k + 1]!);
  buf.needsUpdate = true;
}
