// The slices layer's lines in one buffer: both cross-sections through the head, their tangents and the step
// arrows, written in place (fixed capacity, no allocation) so the whole layer is one draw call.
import * as THREE from 'three';
import { LineSegmentsGeometry } from 'three/addons/lines/LineSegmentsGeometry.js';
import { PEEK } from '../../core/descent/stepPeek';
import type { SliceFigure } from '../../core/landscape/slices';
import { PATH_LIFT, toScene, type SceneFrame } from '../frame';

/** Samples per slice drawn on the surface. */
export const SLICE_SAMPLES = 121;
/** Segments: two slices, two tangents, two arrows of a shaft and two barbs each. */
const CAPACITY = 2 * (SLICE_SAMPLES - 1) + 2 + 6;
/** Slices float a little higher than paths, so they show on the surface without hiding the paths. */
export const SLICE_LIFT = PATH_LIFT * 1.5;

export const SLICE_COLORS = { x: '#ff6ec7', y: '#6ecbff', plain: '#ffffff', taken: '#ffb000' } as const;
const RGB = Object.fromEntries(Object.entries(SLICE_COLORS).map(([k, v]) => [k, new THREE.Color(v)])) as Record<keyof typeof SLICE_COLORS, THREE.Color>;

export interface SliceLines {
  readonly geometry: LineSegmentsGeometry;
  readonly positions: Float32Array;
  readonly colors: Float32Array;
}

/** A geometry with room for the whole layer, slice and tangent colours written once. Allocates. */
export function createSliceLines(): SliceLines {
  const positions = new Float32Array(6 * CAPACITY), colors = new Float32Array(6 * CAPACITY);
  const geometry = new LineSegmentsGeometry();
  geometry.setPositions(positions);
  geometry.setColors(colors);
  // Write into the arrays the attributes hold (read back, so a copying setPositions would not break this).
  const pos = (geometry.attributes.instanceStart as THREE.InterleavedBufferAttribute).data.array as Float32Array;
  const col = (geometry.attributes.instanceColorStart as THREE.InterleavedBufferAttribute).data.array as Float32Array;
  const segs = SLICE_SAMPLES - 1;
  for (let s = 0; s < CAPACITY; s++) {
    const c = s < segs ? RGB.x : s < 2 * segs ? RGB.y : s === 2 * segs ? RGB.x : s === 2 * segs + 1 ? RGB.y : RGB.plain;
    for (let e = 0; e < 2; e++) { col[6 * s + 3 * e] = c.r; col[6 * s + 3 * e + 1] = c.g; col[6 * s + 3 * e + 2] = c.b; }
  }
  geometry.instanceCount = 0;
  return { geometry, positions: pos, colors: col };
}

const _a = new Float32Array(3), _b = new Float32Array(3);

/** Writes segment s from _a to _b (both finite) or, if either is not, an empty segment at the finite one. */
function put(l: SliceLines, s: number): void {
  const p = l.positions, o = 6 * s;
  const okA = Number.isFinite(_a[1]!), okB = Number.isFinite(_b[1]!);
  const A = okA ? _a : _b, B = okB ? _b : _a;
  p[o] = A[0]!; p[o + 1] = A[1]!; p[o + 2] = A[2]!; p[o + 3] = B[0]!; p[o + 4] = B[1]!; p[o + 5] = B[2]!;
}

/** Recolours segment s. */
function paint(l: SliceLines, s: number, c: THREE.Color): void {
  const q = l.colors, o = 6 * s;
  q[o] = c.r; q[o + 1] = c.g; q[o + 2] = c.b; q[o + 3] = c.r; q[o + 4] = c.g; q[o + 5] = c.b;
}

/** Barb length in scene units, and the barbs' angle from the shaft. */
const BARB = 0.28, BARB_ANGLE = 0.45;

/**
 * Writes a flat arrow (shaft and two barbs, at the head's scene height so it reads from above) from the head
 * (hx, hz) by the maths step (dx, dy), starting at segment s. Returns the segments written (0 for a step
 * too short to see).
 */
function arrow(l: SliceLines, fr: SceneFrame, s: number, hx: number, hh: number, hz: number, dx: number, dy: number, c: THREE.Color, k: number): number {
  // Scene X follows x, scene Z follows −y (frame.ts); k lengthens steps too short to see.
  const sx = k * dx * fr.s, sz = -k * dy * fr.s, len = Math.hypot(sx, sz);
  if (!(len > 1e-3) || !Number.isFinite(len)) return 0;
  const tx = hx + sx, tz = hz + sz, ux = -sx / len, uz = -sz / len, b = Math.min(BARB, 0.4 * len);
  _a[0] = hx; _a[1] = hh; _a[2] = hz; _b[0] = tx; _b[1] = hh; _b[2] = tz; put(l, s); paint(l, s, c);
  for (let k = 0; k < 2; k++) {
    const ang = k === 0 ? BARB_ANGLE : -BARB_ANGLE, cs = Math.cos(ang), sn = Math.sin(ang);
    _a[0] = tx; _a[2] = tz; _b[0] = tx + b * (ux * cs - uz * sn); _b[2] = tz + b * (ux * sn + uz * cs);
    put(l, s + 1 + k); paint(l, s + 1 + k, c);
  }
  return 3;
}

/** Tangent half-length as a fraction of the domain's width along its axis. */
const TANGENT_HALF = 0.18;
/** Shortest arrow drawn, in scene units (the scene is 10 across): shorter steps are lengthened, both by one factor. */
const MIN_ARROW = 0.9;
/** Most an arrow is lengthened: a step 1,000 times shorter than MIN_ARROW is at rest, not worth an arrow. */
const MAX_MAGNIFY = 1000;

/**
 * How much the step arrows are lengthened so the longer of the two is at least MIN_ARROW scene units (1 when it
 * already is); both arrows share it, so their proportions stay true. The ghost is never moved. Pure.
 */
export function arrowMagnification(fr: SceneFrame, peek: Float64Array, showTaken: boolean): number {
  let len = Math.hypot(peek[PEEK.plainX]!, peek[PEEK.plainY]!);
  if (showTaken && peek[PEEK.hasNext] === 1) len = Math.max(len, Math.hypot(peek[PEEK.nextX]! - peek[PEEK.x]!, peek[PEEK.nextY]! - peek[PEEK.y]!));
  const scene = len * fr.s;
  return scene > 0 && Number.isFinite(scene) && scene < MIN_ARROW ? Math.min(MAX_MAGNIFY, MIN_ARROW / scene) : 1;
}

/**
 * Fills the lines from a figure (slices through the head) and a peek (the steps from it): the slices on the
 * surface, the tangents through the head, the plain step −η∇f and, when it differs, the step taken. Returns
 * the segments to draw. Mutates l; no allocation.
 */
export function writeSliceLines(l: SliceLines, fr: SceneFrame, fig: SliceFigure, peek: Float64Array, showTaken: boolean): number {
  const n = fig.n;
  let s = 0;
  for (let i = 0; i + 1 < n; i++, s++) {
    toScene(fr, fig.tx[i]!, fig.y0, fig.fx[i]!, SLICE_LIFT, _a, 0);
    toScene(fr, fig.tx[i + 1]!, fig.y0, fig.fx[i + 1]!, SLICE_LIFT, _b, 0);
    put(l, s);
  }
  for (let i = 0; i + 1 < n; i++, s++) {
    toScene(fr, fig.x0, fig.ty[i]!, fig.fy[i]!, SLICE_LIFT, _a, 0);
    toScene(fr, fig.x0, fig.ty[i + 1]!, fig.fy[i + 1]!, SLICE_LIFT, _b, 0);
    put(l, s);
  }
  const d = fr.domain, hx = TANGENT_HALF * (d.xMax - d.xMin), hy = TANGENT_HALF * (d.yMax - d.yMin);
  toScene(fr, fig.x0 - hx, fig.y0, fig.f0 - hx * fig.slopeX, 2 * SLICE_LIFT, _a, 0);
  toScene(fr, fig.x0 + hx, fig.y0, fig.f0 + hx * fig.slopeX, 2 * SLICE_LIFT, _b, 0);
  put(l, s++);
  toScene(fr, fig.x0, fig.y0 - hy, fig.f0 - hy * fig.slopeY, 2 * SLICE_LIFT, _a, 0);
  toScene(fr, fig.x0, fig.y0 + hy, fig.f0 + hy * fig.slopeY, 2 * SLICE_LIFT, _b, 0);
  put(l, s++);
  // The arrows lie flat at the head ball's height.
  toScene(fr, peek[PEEK.x]!, peek[PEEK.y]!, peek[PEEK.f]!, PATH_LIFT + 0.1, _a, 0);
  const hX = _a[0]!, hH = _a[1]!, hZ = _a[2]!;
  if (!Number.isFinite(hH)) return s;
  const k = arrowMagnification(fr, peek, showTaken);
  s += arrow(l, fr, s, hX, hH, hZ, peek[PEEK.plainX]!, peek[PEEK.plainY]!, RGB.plain, k);
  if (showTaken && peek[PEEK.hasNext] === 1) {
    s += arrow(l, fr, s, hX, hH, hZ, peek[PEEK.nextX]! - peek[PEEK.x]!, peek[PEEK.nextY]! - peek[PEEK.y]!, RGB.taken, k);
  }
  return s;
}
