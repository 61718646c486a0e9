// Every descent path as dots joined by a thick line: two draw calls whatever the number of paths. The timeline
// rewinds them in the shader (cursorClip.ts): a uniform per frame, no buffer rewritten.
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { LineMaterial } from 'three/addons/lines/LineMaterial.js';
import { LineSegments2 } from 'three/addons/lines/LineSegments2.js';
import { simulation, type PathSim } from '../state/simulation';
import { useDownhill } from '../state/store';
import { pathsHidden, usePredict } from '../state/predictStore';
import { createTrailContext, drawsTrail, refreshTrailContext } from '../state/swarmTrails';
import { createCursorUniform, hideBeyondCursor, LIVE_CURSOR } from './cursorClip';
import { useLandscape } from './LandscapeContext';
import { PROJECTOR_LINE_SCALE } from './pathRgb';
import { createPathBuffers, disposePathBuffers, updatePathBuffers } from './pathBuffers';

/** The page's root font size over the 15 px the line widths were chosen at (1 where there is no document). */
function textScale(): number {
  if (typeof document === 'undefined') return 1;
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px / 15 : 1;
}

export function PathLines() {
  const { data } = useLandscape();
  const hidden = usePredict(pathsHidden);
  const size = useThree((s) => s.size);
  const projector = useDownhill((s) => s.scenario.projector);
  const buffers = useMemo(() => createPathBuffers(), []);
  const cursor = useMemo(createCursorUniform, []);
  // Which paths draw a trail (a large swarm's members do not): read from the store once per frame.
  const trails = useMemo(createTrailContext, []);
  const trailRule = useMemo(() => (p: PathSim) => drawsTrail(trails, p), [trails]);
  const material = useMemo(() => hideBeyondCursor(new LineMaterial({ linewidth: 3, vertexColors: true, worldUnits: false }), cursor), [cursor]);
  const dotMaterial = useMemo(() => hideBeyondCursor(new THREE.PointsMaterial({ vertexColors: true, size: 5, sizeAttenuation: false }), cursor, true), [cursor]);
  const lines = useMemo(() => {
    const l = new LineSegments2(buffers.segGeometry, material);
    l.frustumCulled = false;
    l.renderOrder = 2;
    return l;
  }, [buffers, material]);
  const dots = useRef<THREE.Points>(null);
  const thin = useMemo(() => {
    const l = new THREE.LineSegments(buffers.thinGeometry, hideBeyondCursor(new THREE.LineBasicMaterial({ vertexColors: true }), cursor));
    l.frustumCulled = false;
    l.renderOrder = 2;
    l.visible = false;
    return l;
  }, [buffers, cursor]);

  useEffect(() => {
    material.resolution.set(size.width, size.height);
    // Lines and dots grow with the page's text (app.css sizes the root font by the screen): 3 px and 5 px at 15 px.
    // Projector mode draws them thicker still, for the back of the room.
    const k = Math.max(1, textScale()) * (projector ? PROJECTOR_LINE_SCALE : 1);
    material.linewidth = 3 * k;
    dotMaterial.size = 5 * k;
  }, [material, dotMaterial, size, projector]);
  useEffect(() => () => {
    disposePathBuffers(buffers); material.dispose(); dotMaterial.dispose(); (thin.material as THREE.Material).dispose();
  }, [buffers, material, dotMaterial, thin]);

  useFrame(() => {
    cursor.value = simulation.cursor ?? LIVE_CURSOR;
    refreshTrailContext(trails, useDownhill.getState(), simulation.surface?.critical ?? data.surface.critical);
    if (updatePathBuffers(buffers, simulation, data.frame, trailRule)) {
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
    <group name="path-lines" visible={!hidden}>
      <primitive object={lines} />
      <primitive object={thin} />
      <points ref={dots} geometry={buffers.dotGeometry} material={dotMaterial} frustumCulled={false} renderOrder={3} />
    </group>
  );
}
