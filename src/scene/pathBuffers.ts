// GPU buffers for every path at once: thick line segments (one instanced draw) and iterate dots (one points
// draw). Append-only while paths grow. A path replaced on its own (a dragged or typed start, a per-path
// setting) is rewritten alone: its old chunks are blanked (moved out of sight) and its new points appended, and only those
// ranges are uploaded. Added, removed or reordered paths, a new mapping or much blanked space: a full rebuild.
import * as THREE from 'three';
import { TRAJ_STRIDE } from '../core/descent/run';
import type { PathSim, Simulation } from '../state/simulation';
import { paletteVersion } from '../state/palette';
import { PATH_LIFT, toScene, type SceneFrame } from './frame';
import { appendChunk, createPathChunks, ensurePaths, releasePath, resetChunks, type PathChunks } from './pathChunks';
import { pathRgb } from './pathRgb';
import {
  addWritten, createPathArrays, createWrittenRanges, markRanges, reserve, writeColor, type PathArrays, type WrittenRanges,
} from './pathGeometry';

const ATTRIBUTES = ['position', 'color'] as const;

/** Above this many paths, segments are drawn as 1-pixel GL lines instead of thick instanced quads. */
export const THICK_LINE_LIMIT = 64;

/**
 * With many (thin) paths, an iterate closer than this to the last drawn vertex of its path (as a fraction of
 * the landscape's width in the scene) starts no new segment: under half a pixel at the default view. Paths
 * that settle take thousands of such tiny steps, and drawing each costs the GPU as much as a long one.
 */
export const THIN_MIN_SEGMENT = 0.001;

/** Blanked space is reclaimed by a full rebuild once it exceeds this many segments and the live ones. */
const DEAD_LIMIT = 4096;

export interface PathBuffers extends PathArrays {
  /** Whether the thin geometry is the one drawn (and kept uploaded). */
  thin: boolean;
  /** Points of each path (by index) already written. */
  uploaded: number[];
  /** Start id and revision of each path (by index) the buffers hold. */
  ids: number[];
  revisions: number[];
  /** Thin mode: the scene position of each path's last drawn vertex (x, y, z per path). */
  last: Float32Array;
  /** Thin mode: 1 once a finished path's line has been drawn to its very last point. */
  ended: Uint8Array;
  /** 1 where the path's trail is drawn (else it owns no segments or dots and nothing of it is written). */
  trail: Uint8Array;
  /** Which ranges each path owns. */
  chunks: PathChunks;
  /** The ranges written by the latest update (uploaded as such). */
  written: WrittenRanges;
  /** Simulation version, surface version, palette version and frame the buffers were built for. */
  version: number;
  palette: number;
  surfaceVersion: number;
  frame: SceneFrame | null;
}

/** Empty buffers with room for `segments` segments. */
export function createPathBuffers(segments = 4096): PathBuffers {
  return {
    ...createPathArrays(segments), thin: false, uploaded: [], ids: [], revisions: [],
    last: new Float32Array(0), ended: new Uint8Array(0), trail: new Uint8Array(0), chunks: createPathChunks(), written: createWrittenRanges(), version: -1, palette: paletteVersion(), surfaceVersion: -1, frame: null,
  };
}

/** Room in the per-path arrays for n paths. Mutates b. */
function ensurePerPath(b: PathBuffers, n: number): void {
  if (b.ended.length < n) { const e = new Uint8Array(Math.max(n, 2 * b.ended.length)); e.set(b.ended); b.ended = e; }
  if (b.trail.length < n) { const t = new Uint8Array(Math.max(n, 2 * b.trail.length)); t.set(b.trail); b.trail = t; }
  if (b.last.length < 3 * n) { const l = new Float32Array(3 * Math.max(n, 2 * (b.last.length / 3))); l.set(b.last); b.last = l; }
  ensurePaths(b.chunks, n);
}

/** Forgets what path i had drawn (its new run is written from its first point). Mutates b. */
function forgetPath(b: PathBuffers, i: number, p: PathSim): void {
  b.uploaded[i] = 0; b.ended[i] = 0; b.ids[i] = p.startId; b.revisions[i] = p.revision;
}

/**
 * Where blanked segments and dots go: a single point far beyond the camera's far plane (400) from any view
 * the camera can take, so the GPU clips them (finite, unlike NaN, whose fate is up to the driver).
 */
export const BLANK_Y = -1e7;

/** Blanks path i's old chunks: zero-length segments and dots at the far-away point. Records the ranges. Mutates b. */
function blankPath(b: PathBuffers, i: number): void {
  const c = b.chunks;
  for (let k = c.first[i]!; k >= 0; k = c.next[k]!) {
    const s0 = c.segStart[k]!, sn = c.segLen[k]!, d0 = c.dotStart[k]!, dn = c.dotLen[k]!;
    for (let s = s0; s < s0 + sn; s++) {
      const o = 6 * s;
      b.segPos[o] = b.segPos[o + 3] = 0; b.segPos[o + 1] = b.segPos[o + 4] = BLANK_Y; b.segPos[o + 2] = b.segPos[o + 5] = 0;
    }
    for (let d = d0; d < d0 + dn; d++) {
      const o = 3 * d;
      b.dotPos[o] = 0; b.dotPos[o + 1] = BLANK_Y; b.dotPos[o + 2] = 0;
    }
    addWritten(b.written, 'seg', s0, sn);
    addWritten(b.written, 'dot', d0, dn);
  }
  releasePath(c, i);
}

/**
 * Whether the buffers can follow the simulation's latest change path by path: the same paths in the same
 * order (perhaps with new ones after them), the same mapping and line mode. Pure.
 */
function followsPathByPath(b: PathBuffers, sim: Simulation, frame: SceneFrame, thin: boolean): boolean {
  // A new surface restarts revisions at 1: its paths are new even where ids and revisions match the old ones.
  if (b.frame !== frame || thin !== b.thin || sim.surfaceVersion !== b.surfaceVersion || sim.paths.length < b.ids.length) return false;
  for (let i = 0; i < b.ids.length; i++) if (sim.paths[i]!.startId !== b.ids[i]) return false;
  return true;
}

/** Whether path p draws its trail (lines and dots); every path does unless told otherwise. */
export type TrailRule = (p: PathSim) => boolean;
const EVERY_TRAIL: TrailRule = () => true;

/**
 * Brings the buffers up to date with the simulation: the points added since the last call; for a path
 * replaced on its own, or whose trail is turned on or off (`drawsTrail`), its old data blanked and its new
 * data appended; a full rewrite when paths were added in the middle, removed or reordered, or the mapping or
 * line mode changed. Paths without a trail write nothing. Uploads only the ranges written.
 * Returns true when the geometries were reallocated (the caller must re-attach them). Mutates b.
 */
export function updatePathBuffers(b: PathBuffers, sim: Simulation, frame: SceneFrame, drawsTrail: TrailRule = EVERY_TRAIL): boolean {
  const n = sim.paths.length, thin = n > THICK_LINE_LIMIT;
  const w = b.written;
  w.segN = 0; w.dotN = 0;
  // A new palette (projector mode) rewrites every colour, as a new mapping rewrites every position.
  if (b.palette !== paletteVersion()) { b.palette = paletteVersion(); b.frame = null; }
  let full = false;
  if (b.version !== sim.version) {
    full = !followsPathByPath(b, sim, frame, thin);
    if (!full) {
      ensurePerPath(b, n);
      for (let i = 0; i < n; i++) {
        const p = sim.paths[i]!;
        if (i >= b.ids.length) { forgetPath(b, i, p); b.trail[i] = drawsTrail(p) ? 1 : 0; }
        else if (p.revision !== b.revisions[i]) { blankPath(b, i); forgetPath(b, i, p); }
      }
    }
    b.version = sim.version;
  }
  if (!full && b.frame === frame) {
    // A trail turned on or off (a swarm member selected, a group picked): that path alone is redrawn or blanked.
    for (let i = 0; i < n; i++) {
      const p = sim.paths[i]!, want = drawsTrail(p) ? 1 : 0;
      if (want !== b.trail[i]) { blankPath(b, i); forgetPath(b, i, p); b.trail[i] = want; }
    }
    const c = b.chunks;
    // Much blanked space: reclaim it with one full rebuild rather than draw ever more nothing.
    if (c.deadSegs + c.deadDots > DEAD_LIMIT && c.deadSegs + c.deadDots > b.segCount + b.dotCount - c.deadSegs - c.deadDots) full = true;
  }
  if (full || b.frame !== frame) {
    full = true;
    w.segN = 0; w.dotN = 0;
    b.segCount = 0; b.dotCount = 0;
    b.uploaded.length = 0; b.ids.length = 0; b.revisions.length = 0;
    ensurePerPath(b, n);
    b.ended.fill(0);
    resetChunks(b.chunks, n);
    for (let i = 0; i < n; i++) { const p = sim.paths[i]!; forgetPath(b, i, p); b.trail[i] = drawsTrail(p) ? 1 : 0; }
    b.frame = frame; b.surfaceVersion = sim.surfaceVersion;
  }
  b.thin = thin;
  let moreSegs = 0, moreDots = 0, unended = false;
  for (let i = 0; i < n; i++) {
    if (b.trail[i] === 0) continue;
    const run = sim.paths[i]!.run, have = b.uploaded[i]!, now = run.count;
    if (now > have) { moreDots += now - have; moreSegs += now - Math.max(have, 1); }
    else if (thin && b.ended[i] === 0 && run.status !== 'running') unended = true;
  }
  if (!full && moreDots === 0 && !unended && w.segN === 0 && w.dotN === 0) return false;
  // Thin lines merge most iterates, so their room grows as segments are written; thick ones reserve it all.
  const grew = thin ? appendThin(b, sim, frame) : reserve(b, moreSegs, moreDots);
  if (!thin) appendThick(b, sim, frame);
  // Upload only the geometry that is drawn, and only what was written (reallocated arrays go up whole, as
  // new buffers must). The other geometry is uploaded when it is next shown, which comes with a full rebuild.
  if (thin) {
    for (const name of ATTRIBUTES) markRanges(b.thinGeometry.attributes[name] as THREE.BufferAttribute, !grew, w.seg, w.segN, 6);
    markRanges(b.thinGeometry.attributes.iter as THREE.BufferAttribute, !grew, w.seg, w.segN, 2);
  } else {
    markRanges((b.segGeometry.attributes.instanceStart as THREE.InterleavedBufferAttribute).data, !grew, w.seg, w.segN, 6);
    markRanges((b.segGeometry.attributes.instanceColorStart as THREE.InterleavedBufferAttribute).data, !grew, w.seg, w.segN, 6);
    markRanges((b.segGeometry.attributes.iter as THREE.InterleavedBufferAttribute).data, !grew, w.seg, w.segN, 2);
    for (const name of ATTRIBUTES) markRanges(b.dotGeometry.attributes[name] as THREE.BufferAttribute, !grew, w.dot, w.dotN, 3);
    markRanges(b.dotGeometry.attributes.iter as THREE.BufferAttribute, !grew, w.dot, w.dotN, 1);
  }
  b.segGeometry.instanceCount = b.segCount;
  b.thinGeometry.setDrawRange(0, 2 * b.segCount);
  b.dotGeometry.setDrawRange(0, b.dotCount);
  return grew;
}

/** Appends every new point of every path as a dot and a segment from the previous point. Mutates b. */
function appendThick(b: PathBuffers, sim: Simulation, frame: SceneFrame): void {
  for (let i = 0; i < sim.paths.length; i++) {
    const p = sim.paths[i]!, run = p.run, traj = run.traj, have = b.uploaded[i]!;
    if (traj === null || run.count <= have || b.trail[i] === 0) continue;
    const c = pathRgb(p.index, true);
    const s0 = b.segCount, d0 = b.dotCount;
    for (let k = have; k < run.count; k++) {
      const o = k * TRAJ_STRIDE;
      const dp = 3 * b.dotCount;
      toScene(frame, traj[o]!, traj[o + 1]!, traj[o + 2]!, PATH_LIFT, b.dotPos, dp);
      b.dotCol[dp] = c.r; b.dotCol[dp + 1] = c.g; b.dotCol[dp + 2] = c.b;
      b.dotIter[b.dotCount] = k;
      if (k > 0) {
        const sp = 6 * b.segCount, pp = dp - 3;
        // The previous point of this path is the previous dot only if it was written in this pass.
        if (k === have) toScene(frame, traj[o - 4]!, traj[o - 3]!, traj[o - 2]!, PATH_LIFT, b.segPos, sp);
        else { b.segPos[sp] = b.dotPos[pp]!; b.segPos[sp + 1] = b.dotPos[pp + 1]!; b.segPos[sp + 2] = b.dotPos[pp + 2]!; }
        b.segPos[sp + 3] = b.dotPos[dp]!; b.segPos[sp + 4] = b.dotPos[dp + 1]!; b.segPos[sp + 5] = b.dotPos[dp + 2]!;
        writeColor(b.segCol, sp, c);
        b.segIter[2 * b.segCount] = b.segIter[2 * b.segCount + 1] = k;
        b.segCount++;
      }
      b.dotCount++;
    }
    b.uploaded[i] = run.count;
    appendChunk(b.chunks, i, s0, b.segCount - s0, d0, b.dotCount - d0);
    addWritten(b.written, 'seg', s0, b.segCount - s0);
    addWritten(b.written, 'dot', d0, b.dotCount - d0);
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
  const eps = THIN_MIN_SEGMENT * 2 * Math.max(frame.halfX, frame.halfZ), eps2 = eps * eps;
  let grew = false;
  /** A segment from the path's last drawn vertex (at lp in b.last) to _q (iteration k), which becomes the last one. */
  const segment = (lp: number, c: THREE.Color, k: number): void => {
    if (6 * (b.segCount + 1) > b.segPos.length) grew = reserve(b, 1, 0) || grew;
    const sp = 6 * b.segCount, last = b.last;
    b.segPos[sp] = last[lp]!; b.segPos[sp + 1] = last[lp + 1]!; b.segPos[sp + 2] = last[lp + 2]!;
    b.segPos[sp + 3] = _q[0]!; b.segPos[sp + 4] = _q[1]!; b.segPos[sp + 5] = _q[2]!;
    writeColor(b.segCol, sp, c);
    b.segIter[2 * b.segCount] = b.segIter[2 * b.segCount + 1] = k;
    last[lp] = _q[0]!; last[lp + 1] = _q[1]!; last[lp + 2] = _q[2]!;
    b.segCount++;
  };
  for (let i = 0; i < n; i++) {
    const p = sim.paths[i]!, run = p.run, traj = run.traj, have = b.uploaded[i]!;
    if (traj === null || b.trail[i] === 0) continue;
    const finished = run.status !== 'running';
    if (run.count <= have && (!finished || b.ended[i] === 1)) continue;
    const c = pathRgb(p.index, true);
    const lp = 3 * i, end = run.count, last = b.last, s0 = b.segCount;
    for (let k = have; k < end; k++) {
      const o = k * TRAJ_STRIDE;
      toScene(frame, traj[o]!, traj[o + 1]!, traj[o + 2]!, PATH_LIFT, _q, 0);
      if (k === 0) { last[lp] = _q[0]!; last[lp + 1] = _q[1]!; last[lp + 2] = _q[2]!; continue; }
      const dx = _q[0]! - last[lp]!, dy = _q[1]! - last[lp + 1]!, dz = _q[2]! - last[lp + 2]!;
      if (dx * dx + dy * dy + dz * dz >= eps2) segment(lp, c, k);
    }
    b.uploaded[i] = end;
    if (finished) {
      // The run stopped: its line ends exactly on its last point, however short the final stretch.
      if (end > 1) {
        const o = (end - 1) * TRAJ_STRIDE;
        toScene(frame, traj[o]!, traj[o + 1]!, traj[o + 2]!, PATH_LIFT, _q, 0);
        if (_q[0] !== last[lp] || _q[1] !== last[lp + 1] || _q[2] !== last[lp + 2]) segment(lp, c, end - 1);
      }
      b.ended[i] = 1;
    }
    appendChunk(b.chunks, i, s0, b.segCount - s0, b.dotCount, 0);
    addWritten(b.written, 'seg', s0, b.segCount - s0);
  }
  return grew;
}

/** Frees the GPU buffers. */
export function disposePathBuffers(b: PathBuffers): void {
  b.segGeometry.dispose();
  b.thinGeometry.dispose();
  b.dotGeometry.dispose();
}
