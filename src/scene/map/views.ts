// The two views of the one canvas: where each is drawn (a rectangle of the canvas, CSS pixels, origin
// top-left) and the map's camera. A plain mutable object, rewritten on a resize or a change of view,
// read by the renderer, the label layers, the pointer handlers and the debug probe.
import { createContext, useContext } from 'react';
import type * as THREE from 'three';
import type { ViewMode } from '../../state/scenario';
import { createMapCamera } from './mapCamera';
import { fitMap, type MapFit } from './mapFit';
import { createSceneFrame } from '../frame';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type ViewName = '3d' | 'map';

export interface Views {
  mode: ViewMode;
  /** Null when the view is not shown. */
  three: Rect | null;
  map: Rect | null;
  readonly mapCamera: THREE.OrthographicCamera;
  mapFit: MapFit;
  /** Called after the layout changes (the map's DOM overlay follows its rectangle). */
  onLayout?: () => void;
}

/** "3D and map" sits side by side when the canvas is at least this many times as wide as high, else stacked (3D on top). */
export const SIDE_BY_SIDE_ASPECT = 1.4;

/** Where each view goes in a width × height canvas: 3D at the top-left, the map right of it or below it. Pure. */
export function viewRects(mode: ViewMode, width: number, height: number): { three: Rect | null; map: Rect | null } {
  const full = { x: 0, y: 0, width, height };
  switch (mode) {
    case '3d': return { three: full, map: null };
    case 'map': return { three: null, map: full };
    case 'both': {
      if (width >= SIDE_BY_SIDE_ASPECT * height) {
        const w = Math.floor(width / 2);
        return { three: { x: 0, y: 0, width: w, height }, map: { x: w, y: 0, width: width - w, height } };
      }
      const h = Math.floor(height / 2);
      return { three: { x: 0, y: 0, width, height: h }, map: { x: 0, y: h, width, height: height - h } };
    }
    default: { const never: never = mode; return never; }
  }
}

/** The 3D camera's vertical field of view (degrees) for a view of this aspect: 40°, widened below 1.5 so a narrow view still shows the whole landscape. Pure. */
export function fovFor(aspect: number): number {
  if (!(aspect > 0) || aspect >= 1.5) return 40;
  const half = Math.atan((Math.tan((20 * Math.PI) / 180) * 1.5) / aspect);
  return Math.min(70, (2 * half * 180) / Math.PI);
}

export function createViews(): Views {
  const placeholder = createSceneFrame({ xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, 0, 1, 1);
  return { mode: '3d', three: null, map: null, mapCamera: createMapCamera(), mapFit: fitMap(placeholder, 1, 1) };
}

export const ViewsContext = createContext<Views | null>(null);

/** The views in force; throws outside the Lab. */
export function useViews(): Views {
  const v = useContext(ViewsContext);
  if (v === null) throw new Error('useViews outside the Lab');
  return v;
}
