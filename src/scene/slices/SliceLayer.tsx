// The selected path's partial derivatives, seen in the scene: both cross-sections of the surface through its
// head at the shown iteration, their tangents (slopes ∂f/∂x, ∂f/∂y), the step arrows and a ghost ball at the
// next iterate. Two draw calls; rewritten from the frame loop only when the head, the cursor or the mapping changed.
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { LineMaterial } from 'three/addons/lines/LineMaterial.js';
import { LineSegments2 } from 'three/addons/lines/LineSegments2.js';
import { PEEK, PEEK_SIZE, peekStep } from '../../core/descent/stepPeek';
import { createSliceFigure, fillSliceFigure } from '../../core/landscape/slices';
import { useCompareView } from '../../state/compareView';
import { simulation } from '../../state/simulation';
import { createSliceTarget } from '../../state/sliceTarget';
import { useDownhill } from '../../state/store';
import { shownIndex } from '../../state/timeline';
import type { Run } from '../../core/descent/run';
import { PATH_LIFT, toScene, type SceneFrame } from '../frame';
import { useLandscape } from '../LandscapeContext';
import { createSliceLines, SLICE_SAMPLES, writeSliceLines } from './sliceGeometry';

const noRaycast = (): void => {};
const _g = new Float32Array(3);

/** Mounted only while "Show slices and arrows" is on: off costs nothing. */
export function SliceLayer() {
  const on = useCompareView((s) => s.showSlices);
  return on ? <SliceObjects /> : null;
}

function SliceObjects() {
  const { data } = useLandscape();
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const selected = useDownhill((s) => s.selected);
  const lines = useMemo(() => createSliceLines(), []);
  const material = useMemo(() => new LineMaterial({ linewidth: 2.5, vertexColors: true, worldUnits: false }), []);
  const objects = useMemo(() => {
    const segs = new LineSegments2(lines.geometry, material);
    const ghost = new THREE.Mesh(new THREE.IcosahedronGeometry(0.15, 1), new THREE.MeshBasicMaterial({ color: '#ffffff', transparent: true, opacity: 0.6, depthWrite: false }));
    segs.name = 'slice-lines'; ghost.name = 'next-iterate-ghost';
    for (const o of [segs, ghost]) { o.frustumCulled = false; o.raycast = noRaycast; o.renderOrder = 3; }
    return { segs, ghost };
  }, [lines, material]);
  useEffect(() => () => {
    lines.geometry.dispose(); material.dispose();
    objects.ghost.geometry.dispose(); (objects.ghost.material as THREE.Material).dispose();
  }, [lines, material, objects]);
  useEffect(() => { material.resolution.set(size.width, size.height); }, [material, size]);

  const state = useMemo(() => ({
    fig: createSliceFigure(SLICE_SAMPLES), peek: new Float64Array(PEEK_SIZE), target: createSliceTarget(),
    run: null as Run | null, index: -1, count: -1, frame: null as SceneFrame | null, dirty: true,
  }), []);
  // A new selection (or mount) redraws at once, also while paused.
  useEffect(() => { state.dirty = true; invalidate(); }, [selected, state, invalidate]);

  useFrame(() => {
    const p = state.target(simulation, selected);
    const run = p?.run ?? null;
    const index = p === null ? -1 : shownIndex(simulation, p), count = run?.count ?? -1;
    if (!state.dirty && run === state.run && index === state.index && count === state.count && data.frame === state.frame) return;
    state.dirty = false; state.run = run; state.index = index; state.count = count; state.frame = data.frame;
    const ok = run !== null && peekStep(run, index, state.peek);
    objects.segs.visible = ok;
    objects.ghost.visible = ok && state.peek[PEEK.hasNext] === 1;
    if (!ok || run === null) return;
    fillSliceFigure(state.fig, run.surface, state.peek[PEEK.x]!, state.peek[PEEK.y]!, 1);
    // Plain descent's step is −η∇f itself: one arrow. Others (memory, Newton, mini-batches) take another step.
    const taken = run.settings.optimizer.kind !== 'gd' || run.ctx.sampler !== null || run.settings.sequential;
    lines.geometry.instanceCount = writeSliceLines(lines, data.frame, state.fig, state.peek, taken);
    (lines.geometry.attributes.instanceStart as THREE.InterleavedBufferAttribute).data.needsUpdate = true;
    (lines.geometry.attributes.instanceColorStart as THREE.InterleavedBufferAttribute).data.needsUpdate = true;
    if (objects.ghost.visible) {
      toScene(data.frame, state.peek[PEEK.nextX]!, state.peek[PEEK.nextY]!, state.peek[PEEK.nextF]!, PATH_LIFT + 0.1, _g, 0);
      objects.ghost.position.set(_g[0]!, _g[1]!, _g[2]!);
      objects.ghost.visible = Number.isFinite(_g[1]!);
    }
  });

  return (
    <>
      <primitive object={objects.segs} />
      <primitive object={objects.ghost} />
    </>
  );
}
