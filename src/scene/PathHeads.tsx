// The ball at the head of each path, and a red ring where a diverged path left: two draw calls in all.
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame } from '@react-three/fiber';
import { simulation } from '../state/simulation';
import { PATH_LIFT, drawnCost, toScene } from './frame';
import { THICK_LINE_LIMIT } from './pathBuffers';
import { ensureCapacity, placeInstance } from './instancing';
import { useLandscape } from './LandscapeContext';
import { PATH_COLORS } from '../state/palette';

const RGB = PATH_COLORS.map((c) => new THREE.Color(c));
// Beyond THICK_LINE_LIMIT paths the heads are small on screen: a 20-triangle ball instead of 80.
const ROUND = new THREE.IcosahedronGeometry(0.13, 1);
const COARSE = new THREE.IcosahedronGeometry(0.13, 0);
const _v = new Float32Array(3);

export function PathHeads() {
  const { data } = useLandscape();
  const group = useRef<THREE.Group>(null);
  const meshes = useMemo((): { heads: THREE.InstancedMesh; marks: THREE.InstancedMesh } => {
    const heads = new THREE.InstancedMesh(ROUND, new THREE.MeshStandardMaterial({ roughness: 0.35 }), 16);
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
    (meshes.heads.material as THREE.Material).dispose(); meshes.heads.dispose();
    meshes.marks.geometry.dispose(); (meshes.marks.material as THREE.Material).dispose(); meshes.marks.dispose();
  }, [meshes]);

  // What each instance last showed, so a frame only rewrites the heads that moved.
  const shown = useMemo(() => ({ runs: [] as unknown[], t: [] as number[], index: [] as number[], frame: null as unknown }), []);

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const paths = simulation.paths, fr = data.frame;
    // Only a new mapping moves every head; a replaced path (a dragged start) moves its own.
    let all = shown.frame !== fr;
    shown.frame = fr;
    const heads = ensureCapacity(meshes.heads, paths.length);
    let diverged = 0;
    for (const p of paths) if (p.run.status === 'diverged') diverged++;
    const marks = ensureCapacity(meshes.marks, diverged);
    if (heads !== meshes.heads) { g.remove(meshes.heads); meshes.heads = heads; g.add(heads); all = true; }
    if (marks !== meshes.marks) { g.remove(meshes.marks); meshes.marks = marks; g.add(marks); }
    let d = 0, lo = Infinity, hi = -1, recolored = false;
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i]!, run = p.run;
      const moved = all || shown.runs[i] !== run || shown.t[i] !== run.t;
      // A head or ring where the cost is not finite stands on the floor with its pin, not at the top of the view.
      if (moved || run.status === 'diverged') toScene(fr, run.x, run.y, drawnCost(fr, run.f), PATH_LIFT + 0.1, _v, 0);
      if (moved) {
        placeInstance(heads, i, _v[0]!, _v[1]!, _v[2]!, run.count > 0 ? 1 : 0);
        if (all || shown.index[i] !== p.index) { heads.setColorAt(i, RGB[p.index % RGB.length]!); shown.index[i] = p.index; recolored = true; }
        shown.runs[i] = run; shown.t[i] = run.t;
        if (i < lo) lo = i;
        hi = i;
      }
      if (run.status === 'diverged') placeInstance(marks, d++, _v[0]!, _v[1]!, _v[2]!, 1);
    }
    // Forget the runs of paths that are gone (their trajectories must not stay referenced).
    if (shown.runs.length > paths.length) { shown.runs.length = paths.length; shown.t.length = paths.length; shown.index.length = paths.length; }
    heads.count = paths.length;
    heads.geometry = paths.length > THICK_LINE_LIMIT ? COARSE : ROUND;
    if (hi >= 0) {
      heads.instanceMatrix.clearUpdateRanges();
      heads.instanceMatrix.addUpdateRange(16 * lo, 16 * (hi - lo + 1));
      heads.instanceMatrix.needsUpdate = true;
      if (recolored && heads.instanceColor) heads.instanceColor.needsUpdate = true;
    }
    if (d > 0 || marks.count !== d) marks.instanceMatrix.needsUpdate = true;
    marks.count = d;
  });

  return <group ref={group} />;
}
