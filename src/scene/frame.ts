// Maps maths space (x, y, f; z up) to the scene (three.js, y up): one place for scale and exaggeration.
import type { Domain } from '../core/types';

/** Scene size of the domain's longer side. */
export const SCENE_SIZE = 10;
/** Scene height of the sampled cost range at exaggeration 1. */
export const SCENE_HEIGHT = 4;
/** Paths float this far above the surface so they are not hidden in it. */
export const PATH_LIFT = 0.04;

export interface SceneFrame {
  readonly domain: Domain;
  readonly cx: number;
  readonly cy: number;
  /** Scene units per parameter unit. */
  readonly s: number;
  readonly fmin: number;
  readonly fmax: number;
  /** Scene units per unit of cost. */
  readonly k: number;
  /** Half extents of the domain in scene units. */
  readonly halfX: number;
  readonly halfZ: number;
  readonly height: number;
}

/** The mapping for a domain, a cost range [fmin, fmax] and an exaggeration. Pure. */
export function createSceneFrame(domain: Domain, fmin: number, fmax: number, zScale: number): SceneFrame {
  const w = domain.xMax - domain.xMin, h = domain.yMax - domain.yMin;
  const s = SCENE_SIZE / Math.max(w, h);
  const range = fmax - fmin;
  const height = SCENE_HEIGHT * zScale;
  return {
    domain, cx: (domain.xMin + domain.xMax) / 2, cy: (domain.yMin + domain.yMax) / 2, s, fmin, fmax,
    k: range > 1e-12 && Number.isFinite(range) ? height / range : 1,
    halfX: (w * s) / 2, halfZ: (h * s) / 2, height,
  };
}

const clampTo = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/**
 * Writes the scene position of maths point (x, y, f), lifted by `lift`, into out[o..o+2]. Points far
 * outside the domain or the cost range are pulled onto a box around it, so runaway paths stay on screen.
 * Mutates out only.
 */
export function toScene(fr: SceneFrame, x: number, y: number, f: number, lift: number, out: Float32Array | number[], o: number): void {
  out[o] = clampTo((x - fr.cx) * fr.s, -1.2 * fr.halfX, 1.2 * fr.halfX);
  out[o + 1] = clampTo((f - fr.fmin) * fr.k, -0.3 * fr.height, 1.4 * fr.height) + lift;
  out[o + 2] = clampTo(-(y - fr.cy) * fr.s, -1.2 * fr.halfZ, 1.2 * fr.halfZ);
}

/**
 * The cost a marker is drawn at: f itself, or the floor of the cost range where f is not finite (+∞ far out
 * on x^1000, NaN where f is undefined), so a start's pin, letter, head and diverged ring stand together. Pure.
 */
export const drawnCost = (fr: SceneFrame, f: number): number => (Number.isFinite(f) ? f : fr.fmin);

/** The maths (x, y) of a scene point. Pure. */
export function fromScene(fr: SceneFrame, X: number, Z: number): [number, number] {
  return [fr.cx + X / fr.s, fr.cy - Z / fr.s];
}
