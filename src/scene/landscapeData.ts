// What the landscape needs, computed once per surface and exaggeration: samples, contours, the mapping.
import { contourLevels, contourSegments, roundedLevels } from '../core/landscape/contours';
import { createGridSample, measureGrid, sampleGrid, type GridSample } from '../core/landscape/grid';
import type { Surface } from '../core/types';
import { createSceneFrame, type SceneFrame } from './frame';

export const GRID_RESOLUTION = 161;
export const CONTOUR_COUNT = 18;

export interface LandscapeData {
  readonly surface: Surface;
  readonly grid: GridSample;
  readonly frame: SceneFrame;
  readonly levels: readonly number[];
  readonly contours: { segments: Float64Array; level: Uint16Array };
}

/** Samples the surface and builds the maths-to-scene mapping. Allocates; call when the surface changes. */
export function buildLandscapeData(surface: Surface, zScale: number, n = GRID_RESOLUTION): LandscapeData {
  const grid = createGridSample(n, surface.domain);
  sampleGrid(surface, grid);
  measureGrid(grid);
  // Round levels, so the map can label them; the 3D contours use the same ones.
  const levels = roundedLevels(contourLevels(grid, CONTOUR_COUNT));
  return {
    surface, grid, frame: createSceneFrame(surface.domain, grid.min, grid.max, zScale), levels,
    contours: contourSegments(grid, levels),
  };
}

/** The same data under another exaggeration (no resampling). Pure. */
export function withZScale(d: LandscapeData, zScale: number): LandscapeData {
  return { ...d, frame: createSceneFrame(d.surface.domain, d.grid.min, d.grid.max, zScale) };
}
