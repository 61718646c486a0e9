// The landscape as the map shows it: flat, below everything else, filled contours with their lines and
// labelled levels. Only the map's camera sees it (its own layer); it shares the 3D mesh's index and
// vertex colours (so basin colours are the same), and lies under the paths, which fall on their (x, y).
// Its level labels are MapLevelLabels.
import { useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { LandscapeData } from '../landscapeData';
import { LAYER_MAP } from './mapCamera';
import { createFilledContourMaterial, setLevels } from './filledContours';
import { withFog } from '../predict/fogShader';

/** Scene height of the flat map: below the lowest point anything is drawn at (frame.ts clamps at −0.3 × height). */
export const mapPlaneY = (data: LandscapeData): number => -0.3 * data.frame.height - 1;

function buildFlatGeometry(data: LandscapeData, shared: THREE.BufferGeometry): THREE.BufferGeometry {
  const { grid } = data, n = grid.n, m = n * n, y = mapPlaneY(data);
  const pos = new Float32Array(3 * m), cost = new Float32Array(m), defined = new Float32Array(m);
  const src = shared.attributes.position as THREE.BufferAttribute;
  for (let o = 0; o < m; o++) {
    pos[3 * o] = src.getX(o); pos[3 * o + 1] = y; pos[3 * o + 2] = src.getZ(o);
    const f = grid.f[o] as number;
    cost[o] = Number.isFinite(f) ? f : grid.min;
    defined[o] = Number.isFinite(f) ? 1 : 0;
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  g.setAttribute('cost', new THREE.BufferAttribute(cost, 1));
  g.setAttribute('defined', new THREE.BufferAttribute(defined, 1));
  // The 3D mesh's colours (heights or basins) and triangles, uploaded once for both.
  g.setAttribute('color', shared.attributes.color as THREE.BufferAttribute);
  g.setIndex(shared.index);
  g.computeBoundingSphere();
  return g;
}

function buildFlatContours(data: LandscapeData): THREE.BufferGeometry {
  const { contours, frame: fr } = data, s = contours.segments, count = contours.level.length, y = mapPlaneY(data) + 0.01;
  const pos = new Float32Array(6 * count);
  for (let i = 0; i < 2 * count; i++) {
    pos[3 * i] = ((s[2 * i] as number) - fr.cx) * fr.s;
    pos[3 * i + 1] = y;
    pos[3 * i + 2] = -((s[2 * i + 1] as number) - fr.cy) * fr.s;
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  return g;
}

export function MapLandscape({ data, shared, basins }: { data: LandscapeData; shared: THREE.BufferGeometry; basins: boolean }) {
  const geometry = useMemo(() => buildFlatGeometry(data, shared), [data, shared]);
  const lines = useMemo(() => buildFlatContours(data), [data]);
  const material = useMemo(() => withFog(createFilledContourMaterial()), []);
  const lineMaterial = useMemo(() => withFog(new THREE.LineBasicMaterial({ color: '#0b1020', transparent: true, opacity: 0.55, depthWrite: false })), []);
  const objects = useMemo(() => {
    const mesh = new THREE.Mesh(geometry, material), seg = new THREE.LineSegments(lines, lineMaterial);
    mesh.name = 'map-landscape'; seg.name = 'map-contours'; seg.renderOrder = 1;
    for (const o of [mesh, seg]) { o.layers.set(LAYER_MAP); o.frustumCulled = false; }
    return { mesh, seg };
  }, [geometry, lines, material, lineMaterial]);
  useLayoutEffect(() => () => { geometry.dispose(); lines.dispose(); }, [geometry, lines]);
  useLayoutEffect(() => () => { material.dispose(); lineMaterial.dispose(); }, [material, lineMaterial]);
  useLayoutEffect(() => { setLevels(material, data.levels); }, [material, data.levels]);
  useLayoutEffect(() => { (material.uniforms.basins as { value: number }).value = basins ? 1 : 0; }, [material, basins]);

  return (
    <>
      <primitive object={objects.mesh} />
      <primitive object={objects.seg} />
    </>
  );
}
