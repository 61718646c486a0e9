// The learners' guesses: a flat ring with a cross in the path's colour, lying on the surface (one instanced draw,
// seen by both views), with the path's letter beside it. Dragging one (3D view) moves the guess; the map's drags
// are in map/MapInput.tsx. Redrawn only when a guess, the drag or the mapping changes.
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { endGuessDrag, previewGuess } from '../../state/predict';
import { guessPreview, usePredict } from '../../state/predictStore';
import { paletteVersion } from '../../state/palette';
import { useDownhill } from '../../state/store';
import { drawnCost, PATH_LIFT, toScene } from '../frame';
import { landscapePointAt } from '../heightfieldRaycast';
import { ensureCapacity, placeInstance } from '../instancing';
import { useLandscape } from '../LandscapeContext';
import { pathRgb } from '../pathRgb';
import { GuessLabels } from './GuessLabels';

/** How far (scene units) from a guess's centre a pointer still grabs it. */
const GRAB_RADIUS = 0.35;
const _v = new Float32Array(3);
const _m = new THREE.Matrix4();
const _c = new THREE.Vector3();
const _ray = new THREE.Ray();
const _inv = new THREE.Matrix4();

/** A flat ring of radius 0.24 with an X across it, 0.05 wide, lying in the scene's xz plane (position only). */
function markerGeometry(): THREE.BufferGeometry {
  const pos: number[] = [], seg = 32, r0 = 0.2, r1 = 0.26, arm = 0.2, w = 0.03;
  for (let i = 0; i < seg; i++) {
    const a = (2 * Math.PI * i) / seg, b = (2 * Math.PI * (i + 1)) / seg;
    const p = (r: number, t: number) => [r * Math.cos(t), 0, r * Math.sin(t)];
    pos.push(...p(r0, a), ...p(r1, a), ...p(r1, b), ...p(r0, a), ...p(r1, b), ...p(r0, b));
  }
  for (const [dx, dz] of [[1, 1], [1, -1]] as const) {
    const ux = (dx * arm) / Math.SQRT2, uz = (dz * arm) / Math.SQRT2, nx = (-dz * w) / Math.SQRT2, nz = (dx * w) / Math.SQRT2;
    const c = [[-ux - nx, -uz - nz], [ux - nx, uz - nz], [ux + nx, uz + nz], [-ux + nx, -uz + nz]] as const;
    for (const k of [0, 1, 2, 0, 2, 3]) pos.push(c[k]![0], 0, c[k]![1]);
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  return g;
}

/** InstancedMesh.raycast for the markers: a ball of GRAB_RADIUS around each. */
function grabRaycast(this: THREE.InstancedMesh, raycaster: THREE.Raycaster, hits: THREE.Intersection[]): void {
  _inv.copy(this.matrixWorld).invert();
  _ray.copy(raycaster.ray).applyMatrix4(_inv);
  for (let i = 0; i < this.count; i++) {
    this.getMatrixAt(i, _m);
    _c.setFromMatrixPosition(_m);
    if (_ray.distanceSqToPoint(_c) > GRAB_RADIUS ** 2) continue;
    const point = _ray.closestPointToPoint(_c, new THREE.Vector3()).applyMatrix4(this.matrixWorld);
    hits.push({ distance: raycaster.ray.origin.distanceTo(point), point, object: this, instanceId: i });
  }
}

export function GuessMarkers() {
  const { data, meshRef } = useLandscape();
  const controls = useThree((s) => s.controls) as unknown as { enabled: boolean } | null;
  const group = useRef<THREE.Group>(null);
  const holder = useMemo((): { mesh: THREE.InstancedMesh; ids: number[] } => {
    const m = new THREE.InstancedMesh(markerGeometry(), new THREE.MeshBasicMaterial({ side: THREE.DoubleSide }), 8);
    m.frustumCulled = false; m.count = 0; m.name = 'guess-markers'; m.renderOrder = 4; m.raycast = grabRaycast;
    return { mesh: m, ids: [] };
  }, []);
  useEffect(() => {
    const g = group.current;
    g?.add(holder.mesh);
    return () => { g?.remove(holder.mesh); holder.mesh.geometry.dispose(); (holder.mesh.material as THREE.Material).dispose(); };
  }, [holder]);

  const shown = useMemo(() => ({ guesses: null as unknown, starts: null as unknown, frame: null as unknown, px: NaN, py: NaN, id: null as number | null, palette: -1 }), []);
  useFrame(() => {
    const { guesses } = usePredict.getState(), starts = useDownhill.getState().scenario.starts, fr = data.frame;
    const pv = guessPreview;
    if (shown.guesses === guesses && shown.starts === starts && shown.frame === fr && shown.id === pv.id && shown.px === pv.x && shown.py === pv.y && shown.palette === paletteVersion()) return;
    shown.guesses = guesses; shown.starts = starts; shown.frame = fr; shown.id = pv.id; shown.px = pv.x; shown.py = pv.y; shown.palette = paletteVersion();
    const mesh = ensureCapacity(holder.mesh, starts.length);
    if (mesh !== holder.mesh) { group.current?.remove(holder.mesh); holder.mesh = mesh; mesh.raycast = grabRaycast; group.current?.add(mesh); }
    let n = 0;
    holder.ids.length = 0;
    starts.forEach((s, i) => {
      const g = guesses[s.id];
      if (!g && pv.id !== s.id) return;
      const x = pv.id === s.id ? pv.x : g!.x, y = pv.id === s.id ? pv.y : g!.y;
      toScene(fr, x, y, drawnCost(fr, data.surface.f(x, y)), PATH_LIFT + 0.05, _v, 0);
      placeInstance(mesh, n, _v[0]!, _v[1]!, _v[2]!, 1);
      mesh.setColorAt(n, pathRgb(i));
      holder.ids.push(s.id);
      n++;
    });
    mesh.count = n;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  });

  const pointAt = (e: ThreeEvent<PointerEvent>): [number, number] | null => {
    const land = meshRef.current;
    return land ? landscapePointAt(land, e.ray, data.surface, data.frame) : null;
  };
  const onPointerDown = (e: ThreeEvent<PointerEvent>) => {
    const id = e.instanceId === undefined ? undefined : holder.ids[e.instanceId];
    const g = id === undefined ? undefined : usePredict.getState().guesses[id];
    if (id === undefined || !g) return;
    e.stopPropagation();
    (e.target as Element).setPointerCapture(e.pointerId);
    if (controls) controls.enabled = false;
    previewGuess(id, g.x, g.y);
  };
  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    if (guessPreview.id === null) return;
    e.stopPropagation();
    const xy = pointAt(e);
    if (xy) previewGuess(guessPreview.id, xy[0], xy[1]);
  };
  const end = (e: ThreeEvent<PointerEvent>) => {
    if (guessPreview.id === null) return;
    e.stopPropagation();
    (e.target as Element).releasePointerCapture(e.pointerId);
    if (controls) controls.enabled = true;
    endGuessDrag(e.type !== 'pointercancel');
  };

  return (
    <>
      <group ref={group} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={end} onPointerCancel={end}
        onClick={(e) => e.stopPropagation()} />
      <GuessLabels />
    </>
  );
}
