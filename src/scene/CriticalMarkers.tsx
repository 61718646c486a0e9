// Known minima marked on the surface (labelled when there are few), so learners can see where paths end.
import { useMemo } from 'react';
import * as THREE from 'three';
import { LabelLayer, type Label } from './LabelLayer';
import { toScene } from './frame';
import { useLandscape } from './LandscapeContext';

const LABEL_LIMIT = 12;

export function CriticalMarkers() {
  const { data } = useLandscape();
  const minima = useMemo(() => data.surface.critical.filter((c) => c.kind === 'min'), [data.surface]);
  const mesh = useMemo(() => {
    const m = new THREE.InstancedMesh(
      new THREE.TorusGeometry(0.16, 0.035, 8, 28).rotateX(Math.PI / 2),
      new THREE.MeshBasicMaterial({ color: '#f5f7fa' }), Math.max(1, minima.length));
    const v = new Float32Array(3), mat = new THREE.Matrix4();
    minima.forEach((c, i) => {
      toScene(data.frame, c.x, c.y, c.f, 0.03, v, 0);
      m.setMatrixAt(i, mat.makeTranslation(v[0]!, v[1]!, v[2]!));
    });
    m.count = minima.length;
    m.name = 'minima';
    return m;
  }, [minima, data.frame]);

  const labels = useMemo((): Label[] => (minima.length > LABEL_LIMIT ? [] : minima.map((c) => {
    const v = [0, 0, 0];
    toScene(data.frame, c.x, c.y, c.f, 0.45, v, 0);
    return { key: c.label ?? `${c.x},${c.y}`, text: `${c.label ?? ''}${c.global ? '' : ' (local)'}`, className: 'minimum-label', at: (out) => { out.set(v[0]!, v[1]!, v[2]!); return true; } };
  })), [minima, data.frame]);

  return (
    <group>
      <primitive object={mesh} />
      <LabelLayer labels={labels} name="minima" />
    </group>
  );
}
