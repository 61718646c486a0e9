// The map's projection: the domain seen from straight above by an orthographic camera, fitted into a
// viewport with a margin for the axis labels. Maths (x, y) and the viewport's pixels are linear in each other.
import type { SceneFrame } from '../frame';

/** How the domain sits in a map viewport of width × height CSS pixels. */
export interface MapFit {
  readonly width: number;
  readonly height: number;
  /** CSS pixels per scene unit. */
  readonly scale: number;
}

/** Scene units kept around the domain for the tick labels and axis names (Axes.tsx puts the names 1.35 out). */
export const MAP_MARGIN = 1.5;
/** And CSS pixels beyond that, so a name is not cut by the edge. */
export const MAP_EDGE_PX = 6;

/** The largest scale that shows the whole domain (its scene half-extents) and its margin in the viewport. Pure. */
export function fitMap(fr: SceneFrame, width: number, height: number): MapFit {
  const w = Math.max(1, width - 2 * MAP_EDGE_PX), h = Math.max(1, height - 2 * MAP_EDGE_PX);
  const scale = Math.max(1e-6, Math.min(w / (2 * (fr.halfX + MAP_MARGIN)), h / (2 * (fr.halfZ + MAP_MARGIN))));
  return { width, height, scale };
}

/**
 * Maths (x, y) at pixel (px, py) of the map viewport (origin top-left): the domain's centre is the
 * viewport's centre, maths x grows to the right and y upwards. Pure.
 */
export function mapPixelToXY(fit: MapFit, fr: SceneFrame, px: number, py: number): [number, number] {
  const X = (px - fit.width / 2) / fit.scale, Z = (py - fit.height / 2) / fit.scale;
  return [fr.cx + X / fr.s, fr.cy - Z / fr.s];
}

/** The map pixel of maths (x, y), written into out[0], out[1]. Mutates out only. */
export function mapXYToPixel(fit: MapFit, fr: SceneFrame, x: number, y: number, out: number[] | Float64Array): void {
  out[0] = fit.width / 2 + (x - fr.cx) * fr.s * fit.scale;
  out[1] = fit.height / 2 - (y - fr.cy) * fr.s * fit.scale;
}

/** The orthographic frustum (scene units) that shows the fit: the camera looks straight down at the domain's centre. Pure. */
export function mapFrustum(fit: MapFit): { left: number; right: number; top: number; bottom: number } {
  const hw = fit.width / 2 / fit.scale, hh = fit.height / 2 / fit.scale;
  return { left: -hw, right: hw, top: hh, bottom: -hh };
}
