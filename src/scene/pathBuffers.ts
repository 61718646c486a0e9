// GPU buffers for every path at once: thick line segments (one instanced draw) and iterate dots
// (one points draw). Append-only while paths grow; rebuilt when paths are replaced.
import * as THREE from 'three';
import { LineSegmentsGeometry } from 'three/addons/lines/LineSegmentsGeometry.js';
import { TRAJ_STRIDE } from '../core/descent/run';
import type { Simulation } from '../state/simulation';
import { PATH_LIFT, toScene, type SceneFrame } from './frame';
import { PATH_COLORS } from '../state/palette';

const RGB = PATH_COLORS.map((c) => new THREE.Color(c).convertSRGBToLinear());
const ATTRIBUTES = ['position', 'color'] as const;

/** Above this many paths, segments are drawn as 1-pixel GL lines instead of thick instanced quads. */
export const THICK_LINE_LIMIT = 64;

/**
 * With many (thin) paths, an iterate closer than this to the last drawn vertex of its path (as a fraction of
 * the landscape's width in the scene) starts no new segment: under half a pixel at the default view. Paths
 * that settle take thousands of such tiny steps, and drawing each costs the GPU as much as a long one.
 */
export const THIN_MIN_SEGMENT = 0.001;

export interface PathBuffers {
  segGeometry: LineSegmentsGeometry;
  /** The same segments as plain GL line pairs (sharing the arrays), for many paths. */
  thinGeometry: THREE.BufferGeometry;
  /** Whether the thin geometry is the one drawn (and kept uploaded). */
  thin: boolean;
  dotGeometry: THREE.BufferGeometry;
  segPos: Float32Array;
  segCol: Float32Array;
  dotPos: Float32Array;
  dotCol: Float32Array;
  segCount: number;
  dotCount: number;
  /** Points of each path (by index) already written. */
  uploaded: number[];
  /** Thin mode: the scene position of each path's last drawn vertex (x, y, z per path). */
  last: Float32Array;
  /** Thin mode: 1 once a finished path's line has been drawn to its very last point. */
  ended: Uint8Array;
  /** Simulation version and frame the buffers were built for. */
  version: number;
  frame: SceneFrame | null;
}

function makeSegGeometry(pos: Float32Array, col: Float32Array): LineSegmentsGeometry {
  const g = new LineSegmentsGeometry();
  const pb = new THREE.InstancedInterleavedBuffer(pos, 6, 1).setUsage(THREE.DynamicDrawUsage);
  const cb = new THREE.InstancedInterleavedBuffer(col, 6, 1).setUsage(THREE.DynamicDrawUsage);
  g.setAttribute('instanceStart', new THREE.InterleavedBufferAttribute(pb, 3, 0));
  g.setAttribute('instanceEnd', new THREE.InterleavedBufferAttribute(pb, 3, 3));
  g.setAttribute('instanceColorStart', new THREE.InterleavedBufferAttribute(cb, 3, 0));
  g.setAttribute('instanceColorEnd', new THREE.InterleavedBufferAttribute(cb, 3, 3));
  g.instanceCount = 0;
  // Paths can go anywhere on screen; skip culling rather than recompute bounds every frame.
  g.boundingSphere = new THREE.Sphere(new THREE.Vector3(), Infinity);
  return g;
}

function makeDotGeometry(pos: Float32Array, col: Float32Array): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3).setUsage(THREE.DynamicDrawUsage));
  g.setAttribute('color', new THREE.BufferAttribute(col, 3).setUsage(THREE.DynamicDrawUsage));
  g.setDrawRange(0, 0);
  g.boundingSphere = new THREE.Sphere(new THREE.Vector3(), Infinity);
  return g;
}

/** Empty buffers with room for `segments` segments. */
export function createPathBuffers(segments = 4096): PathBuffers {
  const segPos = new Float32Array(6 * segments), segCol = new Float32Array(6 * segments);
  const dotPos = new Float32Array(3 * (segments + 64)), dotCol = new Float32Array(3 * (segments + 64));
  return {
    segGeometry: makeSegGeometry(segPos, segCol), dotGeometry: makeDotGeometry(dotPos, dotCol),
    thinGeometry: makeDotGeometry(segPos, segCol), thin: false,
    segPos, segCol, dotPos, dotCol, segCount: 0, dotCount: 0, uploaded: [], last: new Float32Array(0), ended: new Uint8Array(0), version: -1, frame: null,
  };
}

/** Ensures room for `moreSegs` segments and `moreDots` dots, reallocating (and returning true) if needed. */
function reserve(b: PathBuffers, moreSegs: number, moreDots: number): boolean {
  const needS = b.segCount + moreSegs, needD = b.dotCount + moreDots;
  let grew = false;
  if (6 * needS > b.segPos.length) {
    const cap = Math.max(needS, (b.segPos.length / 6) * 2);
    const pos = new Float32Array(6 * cap), col = new Float32Array(6 * cap);
    pos.set(b.segPos.subarray(0, 6 * b.segCount)); col.set(b.segCol.subarray(0, 6 * b.segCount));
    b.segGeometry.dispose();
    b.thinGeometry.dispose();
    b.segPos = pos; b.segCol = col; b.segGeometry = makeSegGeometry(pos, col);
    b.thinGeometry = makeDotGeometry(pos, col);
    b.segGeometry.instanceCount = b.segCount;
    b.thinGeometry.setDrawRange(0, 2 * b.segCount);
    grew = true;
  }
  if (3 * needD > b.dotPos.length) {
    const cap = Math.max(needD, (b.dotPos.length / 3) * 2);
    const pos = new Float32Array(3 * cap), col = new Float32Array(3 * cap);
    pos.set(b.dotPos.subarray(0, 3 * b.dotCount)); col.set(b.dotCol.subarray(0, 3 * b.dotCount));
    b.dotGeometry.dispose();
    b.dotPos = pos; b.dotCol = col; b.dotGeometry = makeDotGeometry(pos, col);
    b.dotGeometry.setDrawRange(0, b.dotCount);
    grew = true;
  }
  return grew;
}

/**
 * Brings the buffers up to date with the simulation: a full rewrite when paths were replaced or the
 * mapping changed, else only the points added since the last call (uploading just that range).
 * Returns true when the geometries were reallocated (the caller must re-attach them). Mutates b.
 */
export function updatePathBuffers(b: PathBuffers, sim: Simulation, frame: SceneFrame): boolean {
  const thin = sim.paths.length > THICK_LINE_LIMIT;
  const full = b.version !== sim.version || b.frame !== frame || thin !== b.thin;
  b.thin = thin;
  if (full) {
    b.segCount = 0; b.dotCount = 0;
    b.uploaded.length = sim.paths.length;
    b.uploaded.fill(0);
    if (b.ended.length < sim.paths.length) b.ended = new Uint8Array(sim.paths.length);
    else b.ended.fill(0);
    b.version = sim.version; b.frame = frame;
  }
  let moreSegs = 0, moreDots = 0, unended = false;
  for (let i = 0; i < sim.paths.length; i++) {
    const run = sim.paths[i]!.run, have = b.uploaded[i] as number, now = run.count;
    if (now > have) { moreDots += now - have; moreSegs += now - Math.max(have, 1); }
    else if (thin && b.ended[i] === 0 && run.status !== 'running') unended = true;
  }
  if (!full && moreDots === 0 && !unended) return false;
  const s0 = b.segCount, d0 = b.dotCount;
  // Thin lines merge most iterates, so their room grows as segments are written; thick ones reserve it all.
  const grew = thin ? appendThin(b, sim, frame) : reserve(b, moreSegs, moreDots);
  if (!thin) appendThick(b, sim, frame);
  // Upload only the geometry that is drawn, and only what was written: the new range, or after a full
  // rebuild in the same arrays the written part (reallocated arrays go up whole, as new buffers must).
  // The other geometry is uploaded when it is next shown, which always comes with a full rebuild.
  const from = full ? 0 : s0, dFrom = full ? 0 : d0;
  if (thin) {
    for (const name of ATTRIBUTES) {
      markRange(b.thinGeometry.attributes[name] as THREE.BufferAttribute, !grew, 6 * from, 6 * (b.segCount - from));
    }
  } else {
    markRange((b.segGeometry.attributes.instanceStart as THREE.InterleavedBufferAttribute).data, !grew, 6 * from, 6 * (b.segCount - from));
    markRange((b.segGeometry.attributes.instanceColorStart as THREE.InterleavedBufferAttribute).data, !grew, 6 * from, 6 * (b.segCount - from));
    for (const name of ATTRIBUTES) {
      markRange(b.dotGeometry.attributes[name] as THREE.BufferAttribute, !grew, 3 * dFrom, 3 * (b.dotCount - dFrom));
    }
  }
  b.segGeometry.instanceCount = b.segCount;
  b.thinGeometry.setDrawRange(0, 2 * b.segCount);
  b.dotGeometry.setDrawRange(0, b.dotCount);
  return grew;
}

/** Appends every new point of every path as a dot and a segment from the previous point. Mutates b. */
function appendThick(b: PathBuffers, sim: Simulation, frame: SceneFrame): void {
  for (let i = 0; i < sim.paths.length; i++) {
    const p = sim.paths[i]!, run = p.run, traj = run.traj, have = b.uploaded[i] as number;
    if (traj === null || run.count <= have) continue;
    const c = RGB[p.index % RGB.length] as THREE.Color;
    for (let k = have; k < run.count; k++) {
      const o = k * TRAJ_STRIDE;
      const dp = 3 * b.dotCount;
      toScene(frame, traj[o] as number, traj[o + 1] as number, traj[o + 2] as number, PATH_LIFT, b.dotPos, dp);
      b.dotCol[dp] = c.r; b.dotCol[dp + 1] = c.g; b.dotCol[dp + 2] = c.b;
      if (k > 0) {
        const sp = 6 * b.segCount, pp = dp - 3;
        // The previous point of this path is the previous dot only if it was written in this pass.
        if (k === have) toScene(frame, traj[o - 4] as number, traj[o - 3] as number, traj[o - 2] as number, PATH_LIFT, b.segPos, sp);
        else { b.segPos[sp] = b.dotPos[pp] as number; b.segPos[sp + 1] = b.dotPos[pp + 1] as number; b.segPos[sp + 2] = b.dotPos[pp + 2] as number; }
        b.segPos[sp + 3] = b.dotPos[dp] as number; b.segPos[sp + 4] = b.dotPos[dp + 1] as number; b.segPos[sp + 5] = b.dotPos[dp + 2] as number;
        writeColor(b.segCol, sp, c);
        b.segCount++;
      }
      b.dotCount++;
    }
    b.uploaded[i] = run.count;
  }
}

const _q = new Float32Array(3);

/**
 * Appends the new points of every path as thin segments, skipping iterates within THIN_MIN_SEGMENT of the
 * path's last drawn vertex (the head marks where a running path is), and draws a finished path's line to
 * its very last point. Grows the arrays as it writes; returns true if they were reallocated. Mutates b.
 */
function appendThin(b: PathBuffers, sim: Simulation, frame: SceneFrame): boolean {
  const n = sim.paths.length;
  if (b.last.length < 3 * n) {
    const last = new Float32Array(3 * Math.max(n, 2 * (b.last.length / 3)));
    last.set(b.last);
    b.last = last;
  }
  const eps = THIN_MIN_SEGMENT * 2 * Math.max(frame.halfX, frame.halfZ), eps2 = eps * eps;
  let grew = false;
  /** A segment from the path's last drawn vertex (at lp in b.last) to _q, which becomes the last one. */
  const segment = (lp: number, c: THREE.Color): void => {
    if (6 * (b.segCount + 1) > b.segPos.length) grew = reserve(b, 1, 0) || grew;
    const sp = 6 * b.segCount, last = b.last;
    b.segPos[sp] = last[lp]!; b.segPos[sp + 1] = last[lp + 1]!; b.segPos[sp + 2] = last[lp + 2]!;
    b.segPos[sp + 3] = _q[0]!; b.segPos[sp + 4] = _q[1]!; b.segPos[sp + 5] = _q[2]!;
    writeColor(b.segCol, sp, c);
    last[lp] = _q[0]!; last[lp + 1] = _q[1]!; last[lp + 2] = _q[2]!;
    b.segCount++;
  };
  for (let i = 0; i < n; i++) {
    const p = sim.paths[i]!, run = p.run, traj = run.traj, have = b.uploaded[i] as number;
    if (traj === null) continue;
    const finished = run.status !== 'running';
    if (run.count <= have && (!finished || b.ended[i] === 1)) continue;
    const c = RGB[p.index % RGB.length] as THREE.Color;
    const lp = 3 * i, end = run.count, last = b.last;
    for (let k = have; k < end; k++) {
      const o = k * TRAJ_STRIDE;
      toScene(frame, traj[o] as number, traj[o + 1] as number, traj[o + 2] as number, PATH_LIFT, _q, 0);
      if (k === 0) { last[lp] = _q[0]!; last[lp + 1] = _q[1]!; last[lp + 2] = _q[2]!; continue; }
      const dx = _q[0]! - last[lp]!, dy = _q[1]! - last[lp + 1]!, dz = _q[2]! - last[lp + 2]!;
      if (dx * dx + dy * dy + dz * dz >= eps2) segment(lp, c);
    }
    b.uploaded[i] = end;
    if (finished) {
      // The run stopped: its line ends exactly on its last point, however short the final stretch.
      if (end > 1) {
        const o = (end - 1) * TRAJ_STRIDE;
        toScene(frame, traj[o] as number, traj[o + 1] as number, traj[o + 2] as number, PATH_LIFT, _q, 0);
        if (_q[0] !== last[lp] || _q[1] !== last[lp + 1] || _q[2] !== last[lp + 2]) segment(lp, c);
      }
      b.ended[i] = 1;
    }
  }
  return grew;
}

function writeColor(col: Float32Array, sp: number, c: THREE.Color): void {
  col[sp] = c.r; col[sp + 1] = c.g; col[sp + 2] = c.b;
  col[sp + 3] = c.r; col[sp + 4] = c.g; col[sp + 5] = c.b;
}

/** Flags a buffer for upload: just [start, start + count) when partial (nothing if empty), else all of it. */
function markRange(buf: THREE.BufferAttribute | THREE.InterleavedBuffer, partial: boolean, start: number, count: number): void {
  // Nothing written: no upload at all (an empty range would make WebGL copy to the end of the array).
  if (partial && count <= 0) return;
  buf.clearUpdateRanges();
  if (partial) buf.addUpdateRange(start, count);
  buf.needsUpdate = true;
}

/** Frees the GPU buffers. */
export function disposePathBuffers(b: PathBuffers): void {
  b.segGeometry.dispose();
  b.thinGeometry.dispose();
  b.dotGeometry.dispose();
}
