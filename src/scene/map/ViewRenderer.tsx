// Draws the one scene once per shown view: the 3D camera and the map's top-down camera, each into its own
// scissored rectangle of the one canvas (a positive priority: this frame callback replaces R3F's render).
// The path buffers are filled once per frame and drawn by both.
import { useLayoutEffect } from 'react';
import type * as THREE from 'three';
import { useFrame, useThree, type RootState } from '@react-three/fiber';
import { useDownhill } from '../../state/store';
import { useLandscape } from '../LandscapeContext';
import { LAYER_3D, applyMapFit } from './mapCamera';
import { fitMap } from './mapFit';
import { fovFor, useViews, viewRects, type Rect } from './views';

/** Renders scene through cam into rect (CSS px, origin top-left) of a canvas `height` px high. */
export function drawInto(gl: THREE.WebGLRenderer, scene: THREE.Scene, cam: THREE.Camera, r: Rect, height: number, scissor: boolean): void {
  const y = height - r.y - r.height;
  gl.setViewport(r.x, y, r.width, r.height);
  gl.setScissor(r.x, y, r.width, r.height);
  gl.setScissorTest(scissor);
  gl.render(scene, cam);
}

export function ViewRenderer() {
  const views = useViews();
  const { data } = useLandscape();
  const mode = useDownhill((s) => s.scenario.view);
  const size = useThree((s) => s.size);
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);

  // On a resize or a change of view (human speed): the rectangles, the 3D camera's aspect, the map's fit.
  useLayoutEffect(() => {
    const r = viewRects(mode, size.width, size.height);
    views.mode = mode; views.three = r.three; views.map = r.map;
    camera.layers.enable(LAYER_3D);
    if (r.three && r.three.height > 0) {
      camera.aspect = r.three.width / r.three.height;
      camera.fov = fovFor(camera.aspect);
      camera.updateProjectionMatrix();
    }
    if (r.map) { views.mapFit = fitMap(data.frame, r.map.width, r.map.height); applyMapFit(views.mapCamera, views.mapFit); }
    views.onLayout?.();
    invalidate();
  }, [views, mode, size, camera, data.frame, invalidate]);

  useFrame((state: RootState) => {
    const { gl, scene, size: s } = state;
    // Draw calls and triangles add up over both views; the debug probe reads the frame's total.
    gl.info.autoReset = false;
    gl.info.reset();
    const both = views.three !== null && views.map !== null;
    if (views.three) drawInto(gl, scene, state.camera, views.three, s.height, both);
    if (views.map) drawInto(gl, scene, views.mapCamera, views.map, s.height, both);
    if (both) gl.setScissorTest(false);
  }, 1);
  return null;
}
