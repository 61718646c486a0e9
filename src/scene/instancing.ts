// Helpers for instanced meshes whose instance count follows the number of paths.
import * as THREE from 'three';

const _m = new THREE.Matrix4();
const _q = new THREE.Quaternion();
const _s = new THREE.Vector3();
const _p = new THREE.Vector3();

/** Sets instance i to a uniform scale at (x, y, z). Mutates mesh. */
export function placeInstance(mesh: THREE.InstancedMesh, i: number, x: number, y: number, z: number, scale: number): void {
  _p.set(x, y, z);
  _s.set(scale, scale, scale);
  _m.compose(_p, _q, _s);
  mesh.setMatrixAt(i, _m);
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
