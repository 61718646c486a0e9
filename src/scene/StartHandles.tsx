// Draggable pins at the start points (one instanced draw). Dragging moves the start over the surface,
// recomputing its path at every pointer move, and never turns the camera.
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { moveStart, selectStart } from '../state/actions';
import { previewStart } from '../state/preview';
import { simulation } from '../state/simulation';
import { useDownhill } from '../state/store';
import { debugStats } from './debugStats';
import { toScene, drawnCost } from './frame';
import { landscapePointAt } from './heightfieldRaycast';
import { ensureCapacity, placeInstance } from './instancing';
import { useLandscape } from './LandscapeContext';
import { paletteVersion } from '../state/palette';
import { PROJECTOR_MARK_SCALE, pathRgb } from './pathRgb';
import { heldPin } from './touchSharing';

const _v = new Float32Array(3);
const _inv = new THREE.Matrix4();

interface Drag { id: number; x: number; y: number }

/** Swarm members' pins are small (a swarm is seen by its heads), and not drawn at all beyond this many starts. */
export const MEMBER_SCALE = 0.4;
export const MEMBER_PINS_MAX = 1000;
/** The selected start's pin is drawn larger. */
export const SELECTED_SCALE = 1.35;

/** How far (scene units) from a pin's middle a pointer still grabs it: wider than the thin cone, for fingers and projectors. */
const GRAB_RADIUS = 0.3;
const _m = new THREE.Matrix4();
const _c = new THREE.Vector3();
const _ray = new THREE.Ray();

/** InstancedMesh.raycast for the pins: a ball of GRAB_RADIUS around each pin's middle. */
function grabRaycast(this: THREE.InstancedMesh, raycaster: THREE.Raycaster, hits: THREE.Intersection[]): void {
  _inv.copy(this.matrixWorld).invert();
  _ray.copy(raycaster.ray).applyMatrix4(_inv);
  for (let i = 0; i < this.count; i++) {
    this.getMatrixAt(i, _m);
    const scale = _m.elements[5] ?? 1;
    _c.set(0, 0.25, 0).applyMatrix4(_m);
    if (_ray.distanceSqToPoint(_c) > (GRAB_RADIUS * scale) ** 2) continue;
    const point = _ray.closestPointToPoint(_c, new THREE.Vector3()).applyMatrix4(this.matrixWorld);
    hits.push({ distance: raycaster.ray.origin.distanceTo(point), point, object: this, instanceId: i });
  }
}

export function StartHandles() {
  const { data, meshRef } = useLandscape();
  const controls = useThree((s) => s.controls) as unknown as { enabled: boolean } | null;
  const group = useRef<THREE.Group>(null);
  const drag = useRef<Drag | null>(null);
  const holder = useMemo((): { mesh: THREE.InstancedMesh } => {
    const geo = new THREE.ConeGeometry(0.16, 0.5, 10).rotateX(Math.PI).translate(0, 0.25, 0);
    const m = new THREE.InstancedMesh(geo, new THREE.MeshStandardMaterial({ roughness: 0.4, emissive: '#222' }), 16);
    m.frustumCulled = false; m.count = 0; m.name = 'start-handles'; m.raycast = grabRaycast;
    return { mesh: m };
  }, []);
  useEffect(() => {
    const g = group.current;
    g?.add(holder.mesh);
    return () => { g?.remove(holder.mesh); holder.mesh.geometry.dispose(); (holder.mesh.material as THREE.Material).dispose(); };
  }, [holder]);

  const shown = useMemo(() => ({ version: -1, frame: null as unknown, selected: null as number | null, palette: -1, big: 1 }), []);

  useFrame(() => {
    const paths = simulation.paths, fr = data.frame;
    const selected = useDownhill.getState().selected;
    // Handles move only when paths are replaced (an edit or a drag), the mapping changes or the selection does.
    // ...and when projector mode switches the palette and the pins' size.
    const big = useDownhill.getState().scenario.projector ? PROJECTOR_MARK_SCALE : 1;
    if (shown.version === simulation.version && shown.frame === fr && shown.selected === selected && shown.palette === paletteVersion() && shown.big === big) return;
    shown.version = simulation.version; shown.frame = fr; shown.selected = selected; shown.palette = paletteVersion(); shown.big = big;
    const mesh = ensureCapacity(holder.mesh, paths.length);
    if (mesh !== holder.mesh) { group.current?.remove(holder.mesh); holder.mesh = mesh; mesh.raycast = grabRaycast; group.current?.add(mesh); }
    const starts = useDownhill.getState().scenario.starts;
    const memberScale = paths.length > MEMBER_PINS_MAX ? 0 : MEMBER_SCALE;
    // Hidden pins at the end (members come last) are not drawn at all: 10,000 empty cones still cost the GPU.
    let drawn = 0;
    for (let i = 0; i < paths.length; i++) {
      const p = paths[i]!;
      toScene(fr, p.x0, p.y0, drawnCost(fr, data.surface.f(p.x0, p.y0)), 0, _v, 0);
      const member = starts[p.index]?.member !== undefined;
      const scale = big * (p.startId === selected ? SELECTED_SCALE : member ? memberScale : 1);
      placeInstance(mesh, i, _v[0]!, _v[1]!, _v[2]!, scale);
      if (scale > 0) drawn = i + 1;
      mesh.setColorAt(i, pathRgb(p.index));
    }
    mesh.count = drawn;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  });

  const pointAt = (e: ThreeEvent<PointerEvent>): [number, number] | null => {
    const land = meshRef.current;
    return land ? landscapePointAt(land, e.ray, data.surface, data.frame) : null;
  };

  const onPointerDown = (e: ThreeEvent<PointerEvent>) => {
    const i = e.instanceId;
    const p = i === undefined ? undefined : simulation.paths[i];
    if (!p) return;
    e.stopPropagation();
    (e.target as Element).setPointerCapture(e.pointerId);
    if (controls) controls.enabled = false;
    drag.current = { id: p.startId, x: p.x0, y: p.y0 };
    heldPin.threeD = true;
    selectStart(p.startId);
  };
  const onPointerMove = (e: ThreeEvent<PointerEvent>) => {
    const d = drag.current;
    if (!d) return;
    e.stopPropagation();
    const xy = pointAt(e);
    if (!xy) return;
    d.x = xy[0]; d.y = xy[1];
    const t0 = performance.now();
    previewStart(d.id, d.x, d.y);
    debugStats.dragMoves++;
    debugStats.dragMs += performance.now() - t0;
  };
  const end = (e: ThreeEvent<PointerEvent>) => {
    const d = drag.current;
    if (!d) return;
    e.stopPropagation();
    (e.target as Element).releasePointerCapture(e.pointerId);
    drag.current = null;
    heldPin.threeD = false;
    if (controls) controls.enabled = true;
    moveStart(d.id, d.x, d.y);
  };

  return (
    // A click on a pin selects it (on pointer down); it must not also reach the landscape below and add a start.
    <group ref={group} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={end} onPointerCancel={end}
      onClick={(e) => e.stopPropagation()} />
  );
}
