// The map's camera: orthographic, straight down the scene's vertical, maths y up on screen. Sees layer 0
// (paths, heads, pins, markers, shared with the 3D view) and the map's own layer.
import * as THREE from 'three';
import { mapFrustum, type MapFit } from './mapFit';

/** three.js layers: 0 is shared by both views; each view's own landscape lives on its own layer. */
export const LAYER_3D = 1;
export const LAYER_MAP = 2;

/** A camera for the map: looks down −y from high above, screen up = scene −z (maths +y). */
export function createMapCamera(): THREE.OrthographicCamera {
  const c = new THREE.OrthographicCamera(-1, 1, 1, -1, 0.1, 1000);
  c.position.set(0, 500, 0);
  c.up.set(0, 0, -1);
  c.lookAt(0, 0, 0);
  c.layers.set(0);
  c.layers.enable(LAYER_MAP);
  return c;
}

/** Points the map camera's frustum at a fit. Mutates camera. */
export function applyMapFit(camera: THREE.OrthographicCamera, fit: MapFit): void {
  const f = mapFrustum(fit);
  camera.left = f.left; camera.right = f.right; camera.top = f.top; camera.bottom = f.bottom;
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
}
