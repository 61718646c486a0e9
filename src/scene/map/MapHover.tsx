// What hovering the map shows: the gradient arrow at the point (a fixed length on screen; its size is in
// the readout) and the contour through the point, so the arrow is seen to cross it at a right angle.
// Moved by the pointer handlers through `show`/`hide`, never through React state.
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { LandscapeData } from '../landscapeData';
import { createHoverLevel } from './hoverLevel';
import { LAYER_MAP } from './mapCamera';
import type { Views } from './views';

/** Arrow length on screen, CSS px. */
const ARROW_PX = 56;
const _g = new Float64Array(2);

/** A unit arrow along +x in the scene's horizontal plane: a shaft and a head (three triangles). */
function arrowGeometry(): THREE.BufferGeometry {
  const w = 0.045, hw = 0.16, h0 = 0.7;
  const p = [0, 0, -w, h0, 0, -w, h0, 0, w, 0, 0, -w, h0, 0, w, 0, 0, w, h0, 0, -hw, 1, 0, 0, h0, 0, hw];
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(p, 3));
  return g;
}

export interface MapHoverMarks {
  /** Shows ∇f and the level set through maths (x, y); returns f and ∇f there in out ([f, gx, gy]). */
  show(x: number, y: number, out: Float64Array): void;
  hide(): void;
}

export function useMapHover(data: LandscapeData, views: Views, scene: THREE.Scene): MapHoverMarks {
  const objects = useMemo(() => {
    const arrow = new THREE.Mesh(arrowGeometry(), new THREE.MeshBasicMaterial({ color: '#c4b5fd', side: THREE.DoubleSide, depthTest: false }));
    // A fat line (its resolution follows the viewport it is drawn into, LineSegments2.onBeforeRender).
    const hoverLevel = createHoverLevel(), level = hoverLevel.line;
    arrow.name = 'map-gradient-arrow'; level.name = 'map-hover-level';
    arrow.renderOrder = 11; level.renderOrder = 10;
    for (const o of [arrow, level]) { o.layers.set(LAYER_MAP); o.visible = false; o.frustumCulled = false; }
    return { arrow, level, hoverLevel };
  }, []);
  useEffect(() => {
    scene.add(objects.arrow, objects.level);
    return () => { scene.remove(objects.arrow, objects.level); };
  }, [scene, objects]);
  useEffect(() => () => {
    objects.arrow.geometry.dispose(); (objects.arrow.material as THREE.Material).dispose();
    objects.hoverLevel.dispose();
  }, [objects]);

  return useMemo((): MapHoverMarks => ({
    show(x, y, out) {
      const fr = data.frame, f = data.surface.f(x, y);
      data.surface.grad(x, y, _g);
      out[0] = f; out[1] = _g[0] as number; out[2] = _g[1] as number;
      const top = 1.6 * fr.height + 2, X = (x - fr.cx) * fr.s, Z = -(y - fr.cy) * fr.s;
      const gx = out[1] as number, gy = out[2] as number;
      const { arrow, hoverLevel } = objects;
      arrow.visible = Number.isFinite(gx) && Number.isFinite(gy) && Math.hypot(gx, gy) > 0;
      if (arrow.visible) {
        arrow.position.set(X, top, Z);
        // Maths y is the scene's −z: the arrow turns by atan2(gy, gx) about the vertical.
        arrow.rotation.set(0, Math.atan2(gy, gx), 0);
        arrow.scale.setScalar(ARROW_PX / views.mapFit.scale);
      }
      // The level set f = f(x, y) over the whole map, by marching squares on the landscape's samples, written in place.
      hoverLevel.show(data.grid, fr, f, top - 0.01);
    },
    hide() { objects.arrow.visible = false; objects.level.visible = false; },
  }), [data, views, objects]);
}
