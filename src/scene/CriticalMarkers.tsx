// Known critical points marked on the surface, so learners can see where paths end: minima as white rings
// (labelled M1…, "(local)" for the others), maxima (X1…) as orange rings, saddles (S1…) as small grey
// rings. Labels when there are few: all minima up to LABEL_LIMIT; maxima and saddles only when the whole
// set is that small, so an egg-crate of minima is not buried in text.
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { CriticalKind, CriticalPoint } from '../core/types';
import { LabelLayer, type Label } from './LabelLayer';
import { toScene } from './frame';
import { useLandscape } from './LandscapeContext';

const LABEL_LIMIT = 12;

const STYLE: Readonly<Record<CriticalKind, { color: string; radius: number; className: string; suffix: (c: CriticalPoint) => string }>> = {
  min: { color: '#f5f7fa', radius: 0.16, className: 'minimum-label', suffix: (c) => (c.global ? '' : ' (local)') },
  max: { color: '#ff9a4d', radius: 0.16, className: 'critical-label critical-max', suffix: () => ' (max)' },
  saddle: { color: '#9fb3c8', radius: 0.11, className: 'critical-label', suffix: () => ' (saddle)' },
};

function ringsOf(points: readonly CriticalPoint[], kind: CriticalKind, frame: Parameters<typeof toScene>[0]): THREE.InstancedMesh {
  const style = STYLE[kind];
  const m = new THREE.InstancedMesh(
    new THREE.TorusGeometry(style.radius, 0.035, 8, 28).rotateX(Math.PI / 2),
    new THREE.MeshBasicMaterial({ color: style.color }), Math.max(1, points.length));
  const v = new Float32Array(3), mat = new THREE.Matrix4();
  points.forEach((c, i) => {
    toScene(frame, c.x, c.y, c.f, 0.03, v, 0);
    m.setMatrixAt(i, mat.makeTranslation(v[0]!, v[1]!, v[2]!));
  });
  m.count = points.length;
  m.name = kind === 'min' ? 'minima' : kind === 'max' ? 'maxima' : 'saddles';
  return m;
}

export function CriticalMarkers() {
  const { data } = useLandscape();
  const critical = data.surface.critical;
  const meshes = useMemo(() => (['min', 'max', 'saddle'] as const)
    .map((k) => ringsOf(critical.filter((c) => c.kind === k), k, data.frame))
    .filter((m) => m.count > 0), [critical, data.frame]);
  useEffect(() => () => {
    for (const m of meshes) { m.geometry.dispose(); (m.material as THREE.Material).dispose(); m.dispose(); }
  }, [meshes]);

  const labels = useMemo((): Label[] => {
    const minima = critical.filter((c) => c.kind === 'min');
    const shown = critical.length <= LABEL_LIMIT ? critical : minima.length <= LABEL_LIMIT ? minima : [];
    return shown.map((c) => {
      const v = [0, 0, 0];
      toScene(data.frame, c.x, c.y, c.f, 0.45, v, 0);
      const style = STYLE[c.kind];
      return { key: c.label ?? `${c.kind}${c.x},${c.y}`, text: `${c.label ?? ''}${style.suffix(c)}`, className: style.className, at: (out) => { out.set(v[0]!, v[1]!, v[2]!); return true; } };
    });
  }, [critical, data.frame]);

  return (
    <group>
      {meshes.map((m) => <primitive key={m.name} object={m} />)}
      <LabelLayer labels={labels} name="critical points" />
    </group>
  );
}
