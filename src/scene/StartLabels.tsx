// Letters A, B, C… beside the start handles (only while there are few enough to read).
import { useRef } from 'react';
import type { Group } from 'three';
import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { pathColor } from '../state/palette';
import { startLabel } from '../state/scenario';
import { simulation } from '../state/simulation';
import { useDownhill } from '../state/store';
import { toScene } from './frame';
import { useLandscape } from './LandscapeContext';

const LIMIT = 26;
const _v = [0, 0, 0];

export function StartLabels() {
  const { data } = useLandscape();
  const count = useDownhill((s) => s.scenario.starts.length);
  const groups = useRef<(Group | null)[]>([]);
  useFrame(() => {
    const paths = simulation.paths;
    for (let i = 0; i < Math.min(paths.length, LIMIT); i++) {
      const g = groups.current[i], p = paths[i];
      if (!g || !p) continue;
      toScene(data.frame, p.x0, p.y0, data.surface.f(p.x0, p.y0), 0.75, _v, 0);
      if (Number.isFinite(_v[1])) g.position.set(_v[0]!, _v[1]!, _v[2]!);
    }
  });
  if (count > LIMIT) return null;
  return (
    <group>
      {Array.from({ length: count }, (_, i) => (
        <group key={i} ref={(g) => { groups.current[i] = g; }}>
          <Html center className="start-label" style={{ borderColor: pathColor(i) }} zIndexRange={[20, 10]}>{startLabel(i)}</Html>
        </group>
      ))}
    </group>
  );
}
