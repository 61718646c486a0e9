// The heads of the group picked in the Outcomes tally, ringed in one instanced draw (none while no group is picked).
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame } from '@react-three/fiber';
import { groupOf } from '../core/descent/tally';
import { TRAJ_STRIDE } from '../core/descent/run';
import { simulation } from '../state/simulation';
import { useDownhill } from '../state/store';
import { shownIndex } from '../state/timeline';
import { PATH_LIFT, drawnCost, toScene } from './frame';
import { ensureCapacity, placeInstance } from './instancing';
import { useLandscape } from './LandscapeContext';

const _v = new Float32Array(3);

export function GroupHeads() {
  const { data } = useLandscape();
  const group = useRef<THREE.Group>(null);
  const holder = useMemo((): { mesh: THREE.InstancedMesh } => {
    const ring = new THREE.TorusGeometry(0.24, 0.045, 6, 20).rotateX(Math.PI / 2);
    const m = new THREE.InstancedMesh(ring, new THREE.MeshBasicMaterial({ color: '#ffe135', depthTest: false, transparent: true }), 16);
    m.frustumCulled = false; m.count = 0; m.visible = false; m.renderOrder = 3; m.name = 'group-heads';
    m.instanceMatrix.setUsage(THREE.DynamicDrawUsage);
    return { mesh: m };
  }, []);
  useEffect(() => {
    const g = group.current;
    g?.add(holder.mesh);
    return () => { g?.remove(holder.mesh); holder.mesh.geometry.dispose(); (holder.mesh.material as THREE.Material).dispose(); holder.mesh.dispose(); };
  }, [holder]);

  useFrame(() => {
    const picked = useDownhill.getState().group;
    let mesh = holder.mesh;
    if (picked === null) { mesh.visible = false; return; }
    const paths = simulation.paths, fr = data.frame, critical = simulation.surface?.critical ?? data.surface.critical;
    const next = ensureCapacity(mesh, paths.length);
    if (next !== mesh) { group.current?.remove(mesh); holder.mesh = next; mesh = next; group.current?.add(mesh); }
    let k = 0;
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i]!, run = p.run;
      if (groupOf(run, critical) !== picked) continue;
      const tr = run.traj, j = shownIndex(simulation, p) * TRAJ_STRIDE;
      const x = tr === null ? run.x : (tr[j] as number), y = tr === null ? run.y : (tr[j + 1] as number), f = tr === null ? run.f : (tr[j + 2] as number);
      toScene(fr, x, y, drawnCost(fr, f), PATH_LIFT + 0.1, _v, 0);
      placeInstance(mesh, k++, _v[0]!, _v[1]!, _v[2]!, 1);
    }
    mesh.count = k;
    mesh.visible = k > 0;
    mesh.instanceMatrix.needsUpdate = true;
  });

  return <group ref={group} />;
}
