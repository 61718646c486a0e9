// Exact, fast picking on the landscape: march the ray against the surface's own f (not its triangles).
import * as THREE from 'three';
import type { Surface } from '../core/types';
import { fromScene, type SceneFrame } from './frame';

const STEPS = 256;
const _inv = new THREE.Matrix4();
const _ray = new THREE.Ray();

/** Scene height of the surface under scene point (X, Z); the floor where f is undefined. Pure. */
function surfaceHeight(surface: Surface, fr: SceneFrame, X: number, Z: number): number {
  const [x, y] = fromScene(fr, X, Z);
  const f = surface.f(x, y);
  return Number.isFinite(f) ? (f - fr.fmin) * fr.k : 0;
}

/**
 * Where a scene-space ray first meets the landscape over the domain, as a distance along the ray,
 * or null if it misses. Pure.
 */
export function intersectLandscape(surface: Surface, fr: SceneFrame, ray: THREE.Ray): number | null {
  const o = ray.origin, d = ray.direction;
  let t0 = 0, t1 = Infinity;
  // Clip to the vertical prism over the domain.
  for (const [oc, dc, half] of [[o.x, d.x, fr.halfX], [o.z, d.z, fr.halfZ]] as const) {
    if (Math.abs(dc) < 1e-12) { if (Math.abs(oc) > half) return null; continue; }
    let a = (-half - oc) / dc, b = (half - oc) / dc;
    if (a > b) [a, b] = [b, a];
    t0 = Math.max(t0, a); t1 = Math.min(t1, b);
  }
  if (!(t0 < t1)) return null;
  const gap = (t: number) => o.y + t * d.y - surfaceHeight(surface, fr, o.x + t * d.x, o.z + t * d.z);
  let prevT = t0, prevG = gap(t0);
  if (prevG <= 0) return t0;
  for (let i = 1; i <= STEPS; i++) {
    const t = t0 + ((t1 - t0) * i) / STEPS, g = gap(t);
    if (g <= 0) {
      let lo = prevT, hi = t;
      for (let k = 0; k < 30; k++) { const m = (lo + hi) / 2; if (gap(m) > 0) lo = m; else hi = m; }
      return hi;
    }
    prevT = t; prevG = g;
  }
  return prevG <= 0 ? prevT : null;
}

/** A Mesh.raycast replacement for the landscape mesh, using intersectLandscape. */
export function createLandscapeRaycast(surface: Surface, fr: SceneFrame) {
  return function raycast(this: THREE.Mesh, raycaster: THREE.Raycaster, intersects: THREE.Intersection[]): void {
    _inv.copy(this.matrixWorld).invert();
    _ray.copy(raycaster.ray).applyMatrix4(_inv);
    const t = intersectLandscape(surface, fr, _ray);
    if (t === null) return;
    const local = _ray.at(t, new THREE.Vector3());
    const point = local.clone().applyMatrix4(this.matrixWorld);
    const distance = raycaster.ray.origin.distanceTo(point);
    if (distance < raycaster.near || distance > raycaster.far) return;
    intersects.push({ distance, point, object: this });
  };
}

const _pInv = new THREE.Matrix4();
const _pLocal = new THREE.Ray();
const _pHit = new THREE.Vector3();

/** The maths (x, y) where a world-space ray meets the landscape mesh `land`, or null: for dragging pins and guesses. */
export function landscapePointAt(land: THREE.Object3D, ray: THREE.Ray, surface: Surface, fr: SceneFrame): [number, number] | null {
  _pInv.copy(land.matrixWorld).invert();
  _pLocal.copy(ray).applyMatrix4(_pInv);
  const t = intersectLandscape(surface, fr, _pLocal);
  if (t === null) return null;
  const p = _pLocal.at(t, _pHit);
  return fromScene(fr, p.x, p.z);
}
