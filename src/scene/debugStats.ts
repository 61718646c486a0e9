// Counters the browser benchmark reads through ?debug (see DebugProbe). Plain data, written cheaply.

export interface DebugStats {
  frames: number;
  /** Summed milliseconds: whole R3F frames (frame callbacks, render, after-effects) and gl.render alone. */
  frameMs: number;
  renderMs: number;
  drawCalls: number;
  triangles: number;
  /** Pointer moves handled while dragging a start, and the milliseconds spent recomputing its path. */
  dragMoves: number;
  dragMs: number;
  /** Screen position (CSS px, relative to the canvas) of path i's start handle. */
  handleScreen?: (i: number) => { x: number; y: number } | null;
  /** Where path i's head is drawn, in maths (x, y), read back from the head's instance. */
  headAt?: (i: number) => { x: number; y: number } | null;
  /** Canvas pixel (CSS px) where maths (x, y) on the surface is drawn in a view, or null when that view is not shown. */
  screenOf?: (view: '3d' | 'map', x: number, y: number) => { x: number; y: number } | null;
}

export const debugStats: DebugStats = { frames: 0, frameMs: 0, renderMs: 0, drawCalls: 0, triangles: 0, dragMoves: 0, dragMs: 0 };
