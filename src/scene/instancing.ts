// Helpers for instanced meshes whose instance count follows the number of paths.
import * as THREE from 'three';


/** Sets instance i to a uniform scale at (x, y, z). Mutates mesh. */
export function placeInstance(mesh: THREE.InstancedMesh, i: number, x: number, y: number, z: number, scale: number): void {
  // The matrix written in place (column-major, no rotation): thousands of heads a frame need no compose.
  const a = mesh.instanceMatrix.array as Float32Array, o = 16 * i;
  a[o] = scale; a[o + 1] = 0; a[o + 2] = 0; a[o + 3] = 0;
  a[o + 4] = 0; a[o + 5] = scale; a[o + 6] = 0; a[o + 7] = 0;
  a[o + 8] = 0; a[o + 9] = 0; a[o + 10] = scale; a[o + 11] = 0;
  a[o + 12] = x; a[o + 13] = y; a[o + 14] = z; a[o + 15] = 1;
}

/** Grows an instanced mesh's capacity (by doubling) so it can hold n instances; returns a new mesh if needed. */
export function ensureCapacity(mesh: THREE.InstancedMesh, n: number): THREE.InstancedMesh {
  if (n <= mesh.instanceMatrix.count) return mesh;
  let cap = mesh.instanceMatrix.count;
  while (cap < n) cap *= 2;
  const next = new THREE.InstancedMesh(mesh.geometry, mesh.material, cap);
  next.instanceMatrix.setUsage(THREE.DynamicDrawUsage);
  next.frustumCulled = false;
  next.name = mesh.name;
  next.renderOrder = mesh.renderOrder;
  mesh.dispose();
  return next;
}
