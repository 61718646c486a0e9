// The cost surface as a lit mesh coloured by height, with contour lines; a click adds a start there. Only the
// 3D camera sees it (its own layer); the map draws the same samples flat (map/MapLandscape.tsx).
import { useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { BASIN_DIVERGED as LABEL_DIVERGED } from '../core/descent/basins';
import { gridNormals } from '../core/landscape/grid';
import { addStart } from '../state/actions';
import { guessInsteadOfStart } from '../state/predict';
import { withFog } from './predict/fogShader';
import { hideProbe, showProbe } from '../state/dataProbe';
import { basinMapIsFor } from '../state/basinSettings';
import { fromScene, toScene } from './frame';
import { createLandscapeRaycast } from './heightfieldRaycast';
import { LAYER_3D } from './map/mapCamera';
import { MapLandscape } from './map/MapLandscape';
import { useLandscape } from './LandscapeContext';
import { BASIN_COLORS, BASIN_DIVERGED, BASIN_UNFINISHED, heightColor } from '../state/palette';
import { useDownhill, type BasinMap } from '../state/store';

/** Pointer travel (px) above which a press-and-release counts as an orbit, not a click. */
const CLICK_SLOP = 5;

export function Landscape() {
  const { data, meshRef } = useLandscape();
  const geometry = useMemo(() => buildMeshGeometry(data), [data]);
  const contours = useMemo(() => buildContourGeometry(data), [data]);
  useLayoutEffect(() => () => { geometry.dispose(); contours.dispose(); }, [geometry, contours]);
  const raycast = useMemo(() => createLandscapeRaycast(data.surface, data.frame), [data]);
  const spec = useDownhill((s) => s.scenario.surface);
  const basins = useDownhill((s) => (s.showBasins ? s.basinMap : null));
  const invalidate = useThree((s) => s.invalidate);
  const usable = basins !== null && basinMapIsFor(basins.key, spec);
  useLayoutEffect(() => {
    const color = geometry.attributes.color as THREE.BufferAttribute;
    if (usable) paintBasins(data, basins, color.array as Float32Array);
    else paintHeights(data, color.array as Float32Array);
    color.needsUpdate = true;
    invalidate();
  }, [geometry, basins, usable, data, invalidate]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_SLOP) return;
    e.stopPropagation();
    const [x, y] = fromScene(data.frame, e.point.x, e.point.z);
    if (!guessInsteadOfStart(x, y)) addStart(x, y);
  };

  // The (w, b) under the pointer, for the data view's probe line (a touch keeps its last tap).
  const onPointerMove = (e: ThreeEvent<PointerEvent>) => { showProbe(...fromScene(data.frame, e.point.x, e.point.z)); };
  const onPointerOut = (e: ThreeEvent<PointerEvent>) => { if (e.pointerType === 'mouse') hideProbe(); };

  return (
    <group>
      <mesh ref={meshRef} geometry={geometry} onClick={onClick} name="landscape" raycast={raycast} layers-mask={1 << LAYER_3D}
        onPointerMove={onPointerMove} onPointerOut={onPointerOut}>
        <meshStandardMaterial ref={fogged} vertexColors roughness={0.85} metalness={0.05} side={THREE.DoubleSide} />
      </mesh>
      <lineSegments geometry={contours} renderOrder={1} layers-mask={1 << LAYER_3D}>
        <lineBasicMaterial ref={fogged} color="#0b1020" transparent opacity={0.45} depthWrite={false} />
      </lineSegments>
      <MapLandscape data={data} shared={geometry} basins={usable} />
    </group>
  );
}

/** Fog (predict/fogShader.ts) added to a landscape material as it mounts. */
const fogged = (m: THREE.Material | null): void => { if (m) withFog(m); };

/** Height-field mesh: positions from the samples (undefined samples pinned to the floor), normals, colours. */
function buildMeshGeometry(data: ReturnType<typeof useLandscape>['data']): THREE.BufferGeometry {
  const { grid, frame } = data, n = grid.n, m = n * n;
  const pos = new Float32Array(3 * m), col = new Float32Array(3 * m), nor = new Float32Array(3 * m);
  const hx = (grid.domain.xMax - grid.domain.xMin) / (n - 1), hy = (grid.domain.yMax - grid.domain.yMin) / (n - 1);
  for (let j = 0, o = 0; j < n; j++) {
    for (let i = 0; i < n; i++, o++) {
      const f = grid.f[o] as number;
      toScene(frame, grid.domain.xMin + i * hx, grid.domain.yMin + j * hy, Number.isFinite(f) ? f : grid.min, 0, pos, 3 * o);
    }
  }
  // Colours are painted by the component's layout effect (heights or basins).
  // Normals of z = k·f in maths space, then to the scene's axes (x, y up, −maths y).
  gridNormals(grid, frame.k / frame.s, nor);
  for (let o = 0; o < m; o++) {
    const ny = nor[3 * o + 1] as number, nz = nor[3 * o + 2] as number;
    nor[3 * o + 1] = nz; nor[3 * o + 2] = -ny;
  }
  const index = new Uint32Array(6 * (n - 1) * (n - 1));
  let k = 0;
  for (let j = 0; j < n - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const a = j * n + i, b = a + 1, c = a + n, d = c + 1;
      // Counter-clockwise seen from above (maths y runs along the scene's −z).
      index[k++] = a; index[k++] = b; index[k++] = c;
      index[k++] = b; index[k++] = d; index[k++] = c;
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  g.setAttribute('normal', new THREE.BufferAttribute(nor, 3));
  g.setAttribute('color', new THREE.BufferAttribute(col, 3));
  g.setIndex(new THREE.BufferAttribute(index, 1));
  g.computeBoundingSphere();
  return g;
}

/** Contour segments laid on the surface, lifted a little so they are not buried. */
function buildContourGeometry(data: ReturnType<typeof useLandscape>['data']): THREE.BufferGeometry {
  const { contours, levels, frame } = data, segs = contours.segments, count = contours.level.length;
  const pos = new Float32Array(6 * count);
  for (let i = 0; i < count; i++) {
    const f = levels[contours.level[i] as number] as number;
    toScene(frame, segs[4 * i] as number, segs[4 * i + 1] as number, f, 0.01, pos, 6 * i);
    toScene(frame, segs[4 * i + 2] as number, segs[4 * i + 3] as number, f, 0.01, pos, 6 * i + 3);
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  return g;
}

/** Colours by height (undefined samples dark red). Mutates col. */
function paintHeights(data: ReturnType<typeof useLandscape>['data'], col: Float32Array): void {
  const { grid } = data, range = grid.max - grid.min || 1;
  for (let o = 0; o < grid.f.length; o++) {
    const f = grid.f[o] as number;
    if (Number.isFinite(f)) heightColor((f - grid.min) / range, col, 3 * o);
    else { col[3 * o] = 0.5; col[3 * o + 1] = 0.1; col[3 * o + 2] = 0.1; }
  }
}

const _c = new THREE.Color();

/** Colours each vertex by the basin of the nearest basin-map cell, shaded a little by height. Mutates col. */
function paintBasins(data: ReturnType<typeof useLandscape>['data'], map: BasinMap, col: Float32Array): void {
  const { grid, surface } = data, n = grid.n, g = map.grid, range = grid.max - grid.min || 1;
  const minimaIndex = new Map<number, number>();
  surface.critical.forEach((c, i) => { if (c.kind === 'min') minimaIndex.set(i, minimaIndex.size); });
  for (let j = 0, o = 0; j < n; j++) {
    const gj = Math.min(g - 1, Math.floor((j / (n - 1)) * g));
    for (let i = 0; i < n; i++, o++) {
      const gi = Math.min(g - 1, Math.floor((i / (n - 1)) * g));
      const label = map.labels[gj * g + gi] as number;
      const k = minimaIndex.get(label);
      _c.set(k !== undefined ? (BASIN_COLORS[k % BASIN_COLORS.length] as string) : label === LABEL_DIVERGED ? BASIN_DIVERGED : BASIN_UNFINISHED);
      const f = grid.f[o] as number, shade = Number.isFinite(f) ? 0.75 + 0.35 * ((f - grid.min) / range) : 0.6;
      col[3 * o] = _c.r * shade; col[3 * o + 1] = _c.g * shade; col[3 * o + 2] = _c.b * shade;
    }
  }
}
