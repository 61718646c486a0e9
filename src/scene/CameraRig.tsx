// Orbit, zoom and pan; "Reset view" restores the default; the view is kept in the scenario (and link).
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { setCamera } from '../state/actions';
import { LIMITS, clamp, type CameraView } from '../state/scenario';
import { useDownhill } from '../state/store';
import { useLandscape } from './LandscapeContext';
import { heldPin, shareTouchWithPage } from './touchSharing';

export const DEFAULT_VIEW: CameraView = { azimuth: -0.6, elevation: 0.62, zoom: 1, panX: 0, panY: 0 };
const BASE_DISTANCE = 18;
/** Fingers: two orbit and pinch-zoom; one does nothing to the camera (it taps, drags a pin or scrolls the page). -1 is OrbitControls' "no action". */
const TOUCHES = { ONE: -1 as THREE.TOUCH, TWO: THREE.TOUCH.DOLLY_ROTATE };
const holdingPin = () => heldPin.threeD;

/** Camera position and target for a view. Pure. */
export function viewToCamera(v: CameraView, halfX: number, halfZ: number, height: number): { position: THREE.Vector3; target: THREE.Vector3 } {
  const target = new THREE.Vector3(v.panX * halfX, height * 0.15, -v.panY * halfZ);
  const d = BASE_DISTANCE * v.zoom;
  const position = new THREE.Vector3(
    target.x + d * Math.cos(v.elevation) * Math.sin(v.azimuth),
    target.y + d * Math.sin(v.elevation),
    target.z + d * Math.cos(v.elevation) * Math.cos(v.azimuth));
  return { position, target };
}

/** The view a camera and target show. Pure. */
export function cameraToView(position: THREE.Vector3, target: THREE.Vector3, halfX: number, halfZ: number): CameraView {
  const o = position.clone().sub(target), d = o.length();
  const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    azimuth: r4(Math.atan2(o.x, o.z)), elevation: r4(Math.asin(Math.max(-1, Math.min(1, o.y / d)))),
    zoom: r4(clamp(d / BASE_DISTANCE, LIMITS.zoom.min, LIMITS.zoom.max)),
    panX: r4(clamp(target.x / halfX, LIMITS.pan.min, LIMITS.pan.max)), panY: r4(clamp(-target.z / halfZ, LIMITS.pan.min, LIMITS.pan.max)),
  };
}

const sameView = (a: CameraView, b: CameraView): boolean =>
  Math.abs(a.azimuth - b.azimuth) < 1e-3 && Math.abs(a.elevation - b.elevation) < 1e-3 && Math.abs(a.zoom - b.zoom) < 1e-3
  && Math.abs(a.panX - b.panX) < 1e-3 && Math.abs(a.panY - b.panY) < 1e-3;

export function CameraRig() {
  const { data } = useLandscape();
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  // The element OrbitControls listens on (R3F's event target, the canvas's parent), as drei picks it.
  const target = useThree((s) => (s.events.connected as HTMLElement | undefined) ?? s.gl.domElement);
  const controls = useRef<OrbitControlsImpl>(null);
  const view = useDownhill((s) => s.scenario.camera);
  const resets = useDownhill((s) => s.viewResets);
  const fr = data.frame;
  const applied = useRef<CameraView | null | undefined>(undefined);
  const appliedResets = useRef(-1);

  useEffect(() => {
    const c = controls.current;
    if (!c || (view === applied.current && resets === appliedResets.current)) return;
    const { position, target } = viewToCamera(view ?? DEFAULT_VIEW, fr.halfX, fr.halfZ, fr.height);
    camera.position.copy(position);
    c.target.copy(target);
    c.update();
    applied.current = view;
    appliedResets.current = resets;
    invalidate();
  }, [view, resets, camera, fr, invalidate]);

  // After OrbitControls' own effect (children's effects run first), which sets touch-action: none.
  useEffect(() => shareTouchWithPage(target, holdingPin, target === canvas ? [] : [canvas]), [target, canvas]);

  const onEnd = () => {
    const c = controls.current;
    if (!c) return;
    const v = cameraToView(camera.position, c.target, fr.halfX, fr.halfZ);
    // OrbitControls ends a gesture on every pointer release, a plain click included: keep the link as it is
    // unless the view really changed.
    if (sameView(v, useDownhill.getState().scenario.camera ?? DEFAULT_VIEW)) return;
    applied.current = v;
    setCamera(v);
  };

  return (
    <OrbitControls ref={controls} makeDefault enableDamping={false} onEnd={onEnd} touches={TOUCHES}
      minDistance={BASE_DISTANCE * LIMITS.zoom.min} maxDistance={BASE_DISTANCE * LIMITS.zoom.max} maxPolarAngle={Math.PI * 0.495} />
  );
}
