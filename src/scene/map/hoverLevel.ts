// The hovered point's level set on the map: one fat-line geometry whose buffer is allocated once (at the most
// segments a level can have on the grid) and rewritten in place on a pointer move, drawing instanceCount segments.
import type * as THREE from 'three';
import { LineMaterial } from 'three/addons/lines/LineMaterial.js';
import { LineSegments2 } from 'three/addons/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/addons/lines/LineSegmentsGeometry.js';
import type { GridSample } from '../../core/landscape/grid';
import type { SceneFrame } from '../frame';
import { maxLevelSegments, writeLevelSegments } from './levelSegments';

export interface HoverLevel {
  readonly line: LineSegments2;
  /** Draws f = level on grid at scene height `height`; skips the work when nothing of that changed. */
  show(grid: GridSample, fr: SceneFrame, level: number, height: number): void;
  dispose(): void;
}

export function createHoverLevel(): HoverLevel {
  const geometry = new LineSegmentsGeometry();
  const line = new LineSegments2(geometry, new LineMaterial({ color: 0xffe135, linewidth: 2.5, depthTest: false }));
  let buffer: THREE.InterleavedBuffer | null = null;
  // Uploads only the written part; one range object, reused.
  const range = { start: 0, count: 0 };
  let lastGrid: GridSample | null = null, lastFrame: SceneFrame | null = null, lastLevel = NaN, lastHeight = NaN;
  return {
    line,
    show(grid, fr, level, height) {
      line.visible = Number.isFinite(level);
      if (!line.visible) return;
      // The level set depends on the level alone, not on where along it the pointer is.
      if (grid === lastGrid && fr === lastFrame && level === lastLevel && height === lastHeight) { line.visible = geometry.instanceCount > 0; return; }
      if (grid !== lastGrid && (buffer === null || buffer.array.length < 6 * maxLevelSegments(grid.n))) {
        // A new grid size (a surface change, not a pointer move): the one reallocation.
        geometry.setPositions(new Float32Array(6 * maxLevelSegments(grid.n)));
        buffer = (geometry.getAttribute('instanceStart') as THREE.InterleavedBufferAttribute).data;
      }
      lastGrid = grid; lastFrame = fr; lastLevel = level; lastHeight = height;
      const b = buffer!;
      const n = writeLevelSegments(grid, level, fr, height, b.array as Float32Array);
      geometry.instanceCount = n;
      line.visible = n > 0;
      if (n === 0) return;
      if (b.updateRanges.length === 0) { range.count = 6 * n; b.updateRanges.push(range); } else range.count = Math.max(range.count, 6 * n);
      b.needsUpdate = true;
    },
    dispose() { geometry.dispose(); line.material.dispose(); },
  };
}
