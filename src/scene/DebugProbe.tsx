// Measurement hooks for the browser benchmark (loaded only with ?debug in the address): frames, draw
// calls, triangles, and where a start's handle is on screen. Reads only; changes nothing.
import { useEffect } from 'react';
import * as THREE from 'three';
import { addAfterEffect, addEffect, advance, useThree } from '@react-three/fiber';
import { simulation } from '../state/simulation';
import { toScene } from './frame';
import { debugStats } from './debugStats';
import { useLandscape } from './LandscapeContext';
import { mapXYToPixel } from './map/mapFit';
import { useViews } from './map/views';

let frameStart = 0;

/** With a fixed frame rate the benchmark renders frames itself, at an even pace (frameloop "never"). */
export function DebugProbe({ fixedFps }: { fixedFps?: number }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const { data } = useLandscape();
  const views = useViews();
  useEffect(() => {
    // Time gl.render separately from the rest of the frame (Downhill's own work).
    const render = gl.render.bind(gl);
    gl.render = (scene, cam) => { const t = performance.now(); render(scene, cam); debugStats.renderMs += performance.now() - t; };
    return () => { gl.render = render; };
  }, [gl]);
  useEffect(() => addEffect(() => { frameStart = performance.now(); }), []);
  useEffect(() => {
    if (!fixedFps) return;
    const timer = setInterval(() => advance(performance.now()), 1000 / fixedFps);
    return () => clearInterval(timer);
  }, [fixedFps]);
  useEffect(() => addAfterEffect(() => {
    debugStats.frameMs += performance.now() - frameStart;
    debugStats.frames++;
    debugStats.drawCalls = gl.info.render.calls;
    debugStats.triangles = gl.info.render.triangles;
  }), [gl]);
  useEffect(() => {
    const v = new THREE.Vector3(), a = [0, 0, 0];
    // Canvas pixels of a maths point in the 3D view (its own rectangle of the canvas), or null when not shown.
    const project = (x: number, y: number, f: number, lift: number) => {
      const r = views.three;
      if (!Number.isFinite(f) || r === null) return null;
      toScene(data.frame, x, y, f, lift, a, 0);
      v.set(a[0]!, a[1]!, a[2]!).project(camera);
      return { x: r.x + ((v.x + 1) / 2) * r.width, y: r.y + ((1 - v.y) / 2) * r.height };
    };
    debugStats.handleScreen = (i) => {
      const p = simulation.paths[i];
      return p ? project(p.x0, p.y0, data.surface.f(p.x0, p.y0), 0.3) : null;
    };
    debugStats.screenOf = (view, x, y) => {
      if (view === '3d') return project(x, y, data.surface.f(x, y), 0);
      const r = views.map;
      if (r === null) return null;
      mapXYToPixel(views.mapFit, data.frame, x, y, a);
      return { x: r.x + a[0]!, y: r.y + a[1]! };
    };
  }, [camera, data, views]);
  return null;
}
