// Every descent path as dots joined by a thick line: two draw calls whatever the number of paths.
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { LineMaterial } from 'three/addons/lines/LineMaterial.js';
import { LineSegments2 } from 'three/addons/lines/LineSegments2.js';
import { simulation } from '../state/simulation';
import { useLandscape } from './LandscapeContext';
import { createPathBuffers, disposePathBuffers, updatePathBuffers } from './pathBuffers';

/** The page's root font size over the 15 px the line widths were chosen at (1 where there is no document). */
function textScale(): number {
  if (typeof document === 'undefined') return 1;
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px / 15 : 1;
}

export function PathLines() {
  const { data } = useLandscape();
  const size = useThree((s) => s.size);
  const buffers = useMemo(() => createPathBuffers(), []);
  const material = useMemo(() => new LineMaterial({ linewidth: 3, vertexColors: true, worldUnits: false }), []);
  const lines = useMemo(() => {
    const l = new LineSegments2(buffers.segGeometry, material);
    l.frustumCulled = false;
    l.renderOrder = 2;
    return l;
  }, [buffers, material]);
  const dots = useRef<THREE.Points>(null);
  const thin = useMemo(() => {
    const l = new THREE.LineSegments(buffers.thinGeometry, new THREE.LineBasicMaterial({ vertexColors: true }));
    l.frustumCulled = false;
    l.renderOrder = 2;
    l.visible = false;
    return l;
  }, [buffers]);

  const dotMaterial = useRef<THREE.PointsMaterial>(null);
  useEffect(() => {
    material.resolution.set(size.width, size.height);
    // Lines and dots grow with the page's text (app.css sizes the root font by the screen): 3 px and 5 px at 15 px.
    const k = Math.max(1, textScale());
    material.linewidth = 3 * k;
    if (dotMaterial.current) dotMaterial.current.size = 5 * k;
  }, [material, size]);
  useEffect(() => () => { disposePathBuffers(buffers); material.dispose(); (thin.material as THREE.Material).dispose(); }, [buffers, material, thin]);

  useFrame(() => {
    if (updatePathBuffers(buffers, simulation, data.frame)) {
      lines.geometry = buffers.segGeometry;
      thin.geometry = buffers.thinGeometry;
      if (dots.current) dots.current.geometry = buffers.dotGeometry;
    }
    lines.visible = !buffers.thin;
    thin.visible = buffers.thin;
    // With many paths the iterate dots are unreadable anyway: the lines alone carry the picture.
    if (dots.current) dots.current.visible = !buffers.thin;
  });

  return (
    <group>
      <primitive object={lines} />
      <primitive object={thin} />
      <points ref={dots} geometry={buffers.dotGeometry} frustumCulled={false} renderOrder={3}>
        <pointsMaterial ref={dotMaterial} vertexColors size={5} sizeAttenuation={false} />
      </points>
    </group>
  );
}
