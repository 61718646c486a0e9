// The ball at the head of each path (at the iteration the timeline shows), and a red ring where a diverged path
// left (once the timeline shows its end): two draw calls in all.
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame } from '@react-three/fiber';
import { TRAJ_STRIDE } from '../core/descent/run';
import { simulation } from '../state/simulation';
import { shownIndex } from '../state/timeline';
import { debugStats } from './debugStats';
import { PATH_LIFT, drawnCost, fromScene, toScene } from './frame';
import { THICK_LINE_LIMIT } from './pathBuffers';
import { ensureCapacity, placeInstance } from './instancing';
import { useLandscape } from './LandscapeContext';
import { paletteVersion } from '../state/palette';
import { useDownhill } from '../state/store';
import { PROJECTOR_MARK_SCALE, pathRgb } from './pathRgb';
import { SWARM_TRAIL_LIMIT } from '../state/swarmTrails';
import { pathsHidden, usePredict } from '../state/predictStore';

// Beyond THICK_LINE_LIMIT paths the heads are small on screen: a 20-triangle ball instead of 80; in a swarm
// too large for trails (thousands of heads), an 8-triangle one, since the GPU's time grows with their triangles.
const ROUND = new THREE.IcosahedronGeometry(0.13, 1);
const COARSE = new THREE.IcosahedronGeometry(0.13, 0);
const TINY = new THREE.OctahedronGeometry(0.13, 0);
const _v = new Float32Array(3);
const _m = new THREE.Matrix4();
const _p = new THREE.Vector3();

export function PathHeads() {
  const { data } = useLandscape();
  const hidden = usePredict(pathsHidden);
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
  // ?debug: where head i is drawn, in maths (x, y), read back from its instance (the e2e tests compare it with the start).
  useEffect(() => {
    debugStats.headAt = (i) => {
      if (i >= meshes.heads.count) return null;
      meshes.heads.getMatrixAt(i, _m);
      _p.setFromMatrixPosition(_m);
      const [x, y] = fromScene(data.frame, _p.x, _p.z);
      return { x, y };
    };
    return () => { debugStats.headAt = undefined; };
  }, [meshes, data]);
  useEffect(() => () => {
    (meshes.heads.material as THREE.Material).dispose(); meshes.heads.dispose();
    meshes.marks.geometry.dispose(); (meshes.marks.material as THREE.Material).dispose(); meshes.marks.dispose();
  }, [meshes]);

  // What each instance last showed, so a frame only rewrites the heads that moved.
  const shown = useMemo(() => ({ runs: [] as unknown[], t: [] as number[], index: [] as number[], frame: null as unknown, palette: -1, scale: 1 }), []);

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const paths = simulation.paths, fr = data.frame;
    // Only a new mapping moves every head; a replaced path (a dragged start) moves its own.
    // Projector mode (larger heads, another palette) also rewrites every head.
    const scale = useDownhill.getState().scenario.projector ? PROJECTOR_MARK_SCALE : 1;
    let all = shown.frame !== fr || shown.palette !== paletteVersion() || shown.scale !== scale;
    shown.frame = fr; shown.palette = paletteVersion(); shown.scale = scale;
    const heads = ensureCapacity(meshes.heads, paths.length);
    // A diverged path's ring shows once the timeline reaches its last point.
    let diverged = 0;
    for (const p of paths) if (p.run.status === 'diverged' && shownIndex(simulation, p) === p.run.count - 1) diverged++;
    const marks = ensureCapacity(meshes.marks, diverged);
    if (heads !== meshes.heads) { g.remove(meshes.heads); meshes.heads = heads; g.add(heads); all = true; }
    if (marks !== meshes.marks) { g.remove(meshes.marks); meshes.marks = marks; g.add(marks); }
    let d = 0, lo = Infinity, hi = -1, recolored = false;
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i]!, run = p.run, k = shownIndex(simulation, p), tr = run.traj;
      const ended = run.status === 'diverged' && k === run.count - 1;
      const moved = all || shown.runs[i] !== run || shown.t[i] !== k;
      if (moved || ended) {
        // The stored point the timeline shows (the walker's point when there is none: an unusable start).
        const o = TRAJ_STRIDE * k, stored = tr !== null && k >= 0;
        const x = stored ? tr[o]! : run.x, y = stored ? tr[o + 1]! : run.y, f = stored ? tr[o + 2]! : run.f;
        // A head or ring where the cost is not finite stands on the floor with its pin, not at the top of the view.
        toScene(fr, x, y, drawnCost(fr, f), PATH_LIFT + 0.1, _v, 0);
      }
      if (moved) {
        placeInstance(heads, i, _v[0]!, _v[1]!, _v[2]!, run.count > 0 ? scale : 0);
        if (all || shown.index[i] !== p.index) { heads.setColorAt(i, pathRgb(p.index)); shown.index[i] = p.index; recolored = true; }
        shown.runs[i] = run; shown.t[i] = k;
        if (i < lo) lo = i;
        hi = i;
      }
      if (ended) placeInstance(marks, d++, _v[0]!, _v[1]!, _v[2]!, scale);
    }
    // Forget the runs of paths that are gone (their trajectories must not stay referenced).
    if (shown.runs.length > paths.length) { shown.runs.length = paths.length; shown.t.length = paths.length; shown.index.length = paths.length; }
    heads.count = paths.length;
    heads.geometry = paths.length > SWARM_TRAIL_LIMIT ? TINY : paths.length > THICK_LINE_LIMIT ? COARSE : ROUND;
    if (hi >= 0) {
      heads.instanceMatrix.clearUpdateRanges();
      heads.instanceMatrix.addUpdateRange(16 * lo, 16 * (hi - lo + 1));
      heads.instanceMatrix.needsUpdate = true;
      if (recolored && heads.instanceColor) heads.instanceColor.needsUpdate = true;
    }
    if (d > 0 || marks.count !== d) marks.instanceMatrix.needsUpdate = true;
    marks.count = d;
  });

  return <group ref={group} name="path-heads" visible={!hidden} />;
}
