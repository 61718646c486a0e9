// Path colours as three.js colours, for the palette in use (projector mode switches it), made once per palette.
// THREE.Color already reads hex as sRGB into the linear working space; the vertex colours (lines, dots) have always
// been converted once more (darker than the hex), and are kept so here: e2e pixel checks were tuned to them.
import * as THREE from 'three';
import { OKABE_ITO, PATH_COLORS, paletteName, type PaletteName } from '../state/palette';

const TABLES: Readonly<Record<PaletteName, { material: readonly THREE.Color[]; vertex: readonly THREE.Color[] }>> = {
  vivid: { material: PATH_COLORS.map((c) => new THREE.Color(c)), vertex: PATH_COLORS.map((c) => new THREE.Color(c).convertSRGBToLinear()) },
  okabeIto: { material: OKABE_ITO.map((c) => new THREE.Color(c)), vertex: OKABE_ITO.map((c) => new THREE.Color(c).convertSRGBToLinear()) },
};

/** Path i's colour (a shared object: never mutate it) in the palette in use: for materials, or (vertex) for line and dot buffers. */
export function pathRgb(i: number, vertex = false): THREE.Color {
  const t = TABLES[paletteName()], list = vertex ? t.vertex : t.material;
  return list[i % list.length]!;
}

/** How much larger heads and pins are drawn in projector mode. */
export const PROJECTOR_MARK_SCALE = 1.6;
/** How much thicker path lines and dots are drawn in projector mode. */
export const PROJECTOR_LINE_SCALE = 2;
