// Measurement hooks for the browser benchmark (loaded only with ?debug in the address): frames, draw
// calls, triangles, and where a start's handle is on screen. Reads only; changes nothing.
import { useEffect } from 'react';
import * as THREE from 'three';
import { addAfterEffect, addEffect, advance, useThree } from '@react-three/fiber';
import { simulation } from '../state/simulation';
import { toScene } from './frame';
import { useLandscape } from './LandscapeContext';

export interface DebugStats {
  frames: number;
  /** Summed milliseconds: whole R3F frames (frame callbacks, render, after-effects) and gl.render alone. */
  frameMs: number;
  renderMs: number;
  drawCalls: number;
  triangles: number;
  maxDrawCalls: number;
  /** Pointer moves handled while dragging a start, and the milliseconds spent recomputing its path. */
  dragMoves: number;
  dragMs: number;
  /** Screen position (CSS px, relative to the canvas) of path i's start handle. */
  handleScreen?: (i: number) => { x: number; y: number } | null;
  /** Screen position of maths point (x, y) on the surface. */
  pointScreen?: (x: number, y: number) => { x: number; y: number } | null;
}

export const debugStats: DebugStats = { frames: 0, frameMs: 0, renderMs: 0, drawCalls: 0, triangles: 0, maxDrawCalls: 0, dragMoves: 0, dragMs: 0 };

let frameStart = 0;

/** With a fixed frame rate the benchmark renders frames itself, at an even pace (frameloop "never"). */
export function DebugProbe({ fixedFps }: { fixedFps?: number }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const { data } = useLandscape();
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
    debugStats.maxDrawCalls = Math.max(debugStats.maxDrawCalls, gl.info.render.calls);
  }), [gl]);
  useEffect(() => {
    const v = new THREE.Vector3(), a = [0, 0, 0];
    const project = (x: number, y: number, lift: number) => {
      const f = data.surface.f(x, y);
      if (!Number.isFinite(f)) return null;
      toScene(data.frame, x, y, f, lift, a, 0);
      v.set(a[0]!, a[1]!, a[2]!).project(camera);
      return { x: ((v.x + 1) / 2) * size.width, y: ((1 - v.y) / 2) * size.height };
    };
    debugStats.pointScreen = (x, y) => project(x, y, 0);
    debugStats.handleScreen = (i) => {
      const p = simulation.paths[i];
      return p ? project(p.x0, p.y0, 0.3) : null;
    };
  }, [camera, size, data]);
  return null;
}
