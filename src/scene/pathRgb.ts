// Path colours as three.js colours, for the palette in use (projector mode switches it), made once per palette.
// THREE.Color reads hex as sRGB into the renderer's linear working space (ColorManagement), so the same objects
// serve materials, instance colours and vertex colours; converting again would darken lines and dots.
import * as THREE from 'three';
import { OKABE_ITO, PATH_COLORS, paletteName, type PaletteName } from '../state/palette';

const TABLES: Readonly<Record<PaletteName, readonly THREE.Color[]>> = {
  vivid: PATH_COLORS.map((c) => new THREE.Color(c)),
  okabeIto: OKABE_ITO.map((c) => new THREE.Color(c)),
};

/** Path i's colour (a shared object: never mutate it) in the palette in use. */
export function pathRgb(i: number): THREE.Color {
  const list = TABLES[paletteName()];
  return list[i % list.length]!;
}

/** How much larger heads and pins are drawn in projector mode. */
export const PROJECTOR_MARK_SCALE = 1.6;
/** How much thicker path lines and dots are drawn in projector mode. */
export const PROJECTOR_LINE_SCALE = 2;
