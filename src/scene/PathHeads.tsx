// The ball at the head of each path, and a red ring where a diverged path left: two draw calls in all.
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame } from '@react-three/fiber';
import { simulation } from '../state/simulation';
import { PATH_LIFT, toScene } from './frame';
import { ensureCapacity, placeInstance } from './instancing';
import { useLandscape } from './LandscapeContext';
import { PATH_COLORS } from '../state/palette';

const RGB = PATH_COLORS.map((c) => new THREE.Color(c));
const _v = new Float32Array(3);

export function PathHeads() {
  const { data } = useLandscape();
  const group = useRef<THREE.Group>(null);
  const meshes = useMemo((): { heads: THREE.InstancedMesh; marks: THREE.InstancedMesh } => {
    const heads = new THREE.InstancedMesh(new THREE.SphereGeometry(0.13, 20, 14), new THREE.MeshStandardMaterial({ roughness: 0.35 }), 16);
    const marks = new THREE.InstancedMesh(new THREE.TorusGeometry(0.2, 0.05, 8, 24).rotateX(Math.PI / 2), new THREE.MeshBasicMaterial({ color: '#ff2020' }), 16);
    for (const m of [heads, marks]) { m.frustumCulled = false; m.count = 0; m.instanceMatrix.setUsage(THREE.DynamicDrawUsage); }
    heads.name = 'path-heads'; marks.name = 'diverged-marks';
    return { heads, marks };
  }, []);
  useEffect(() => {
    const g = group.current;
    g?.add(meshes.heads, meshes.marks);
    return () => { g?.remove(meshes.heads, meshes.marks); };
  }, [meshes]);
  useEffect(() => () => {
    meshes.heads.geometry.dispose(); (meshes.heads.material as THREE.Material).dispose(); meshes.heads.dispose();
    meshes.marks.geometry.dispose(); (meshes.marks.material as THREE.Material).dispose(); meshes.marks.dispose();
  }, [meshes]);

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const paths = simulation.paths, fr = data.frame;
    const heads = ensureCapacity(meshes.heads, paths.length);
    let diverged = 0;
    for (const p of paths) if (p.run.status === 'diverged') diverged++;
    const marks = ensureCapacity(meshes.marks, diverged);
    if (heads !== meshes.heads) { g.remove(meshes.heads); meshes.heads = heads; g.add(heads); }
    if (marks !== meshes.marks) { g.remove(meshes.marks); meshes.marks = marks; g.add(marks); }
    let d = 0;
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i]!, run = p.run;
      toScene(fr, run.x, run.y, run.f, PATH_LIFT + 0.1, _v, 0);
      placeInstance(heads, i, _v[0]!, _v[1]!, _v[2]!, run.count > 0 ? 1 : 0);
      heads.setColorAt(i, RGB[p.index % RGB.length]!);
      if (run.status === 'diverged') placeInstance(marks, d++, _v[0]!, _v[1]!, _v[2]!, 1);
    }
    heads.count = paths.length;
    marks.count = d;
    heads.instanceMatrix.needsUpdate = true;
    if (heads.instanceColor) heads.instanceColor.needsUpdate = true;
    marks.instanceMatrix.needsUpdate = true;
  });

  return <group ref={group} />;
}
