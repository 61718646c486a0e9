// The slices layer: two objects whatever the number of paths, through the selected head at the shown
// iteration, rewritten only when that head or the cursor changes, and no React commit while frames run.
import { Profiler } from 'react';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as THREE from 'three';
import { TRAJ_STRIDE } from '../../src/core/descent/run';
import { SceneRoot } from '../../src/scene/SceneRoot';
import { SimulationDriver } from '../../src/scene/SimulationDriver';
import { SliceLayer } from '../../src/scene/slices/SliceLayer';
import { SLICE_SAMPLES } from '../../src/scene/slices/sliceGeometry';
import { addRandomStarts, pause, play, selectStart } from '../../src/state/actions';
import { setShowSlices } from '../../src/state/actions/compareActions';
import { createCompareView, useCompareView } from '../../src/state/compareView';
import { createDefaultScenario } from '../../src/state/scenario';
import { resetSimulation, simulation } from '../../src/state/simulation';
import { createInitialState, useDownhill } from '../../src/state/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let commits = 0;
const onRender = () => { commits++; };

function Tree() {
  return (
    <Profiler id="scene" onRender={onRender}>
      <SceneRoot>
        <SimulationDriver />
        <SliceLayer />
      </SceneRoot>
    </Profiler>
  );
}

beforeEach(() => {
  commits = 0;
  useDownhill.setState(createInitialState(createDefaultScenario()), true);
  useCompareView.setState(createCompareView(), true);
  simulation.paths = [];
  simulation.spec = null;
  simulation.cursor = null;
});

let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null;
afterEach(async () => { await renderer?.unmount(); renderer = null; simulation.cursor = null; });

/** The layer's objects in the scene. */
function layer(): { lines: THREE.Mesh | null; ghost: THREE.Mesh | null; count: number } {
  let lines: THREE.Mesh | null = null, ghost: THREE.Mesh | null = null, count = 0;
  (renderer!.scene.instance as THREE.Object3D).traverse((o) => {
    if (o.name === 'slice-lines') { lines = o as THREE.Mesh; count++; }
    if (o.name === 'next-iterate-ghost') { ghost = o as THREE.Mesh; count++; }
  });
  return { lines, ghost, count };
}

const positions = (m: THREE.Mesh): { array: Float32Array; version: number } => {
  const data = (m.geometry.attributes.instanceStart as THREE.InterleavedBufferAttribute).data;
  return { array: data.array as Float32Array, version: data.version };
};

describe('the slices layer', () => {
  it('draws nothing while off, two objects while on, also with 64 paths', async () => {
    renderer = await ReactThreeTestRenderer.create(<Tree />);
    await renderer.advanceFrames(1, 0.016);
    expect(layer().count).toBe(0);
    await ReactThreeTestRenderer.act(async () => { setShowSlices(true); });
    await renderer.advanceFrames(1, 0.016);
    expect(layer().count).toBe(2);
    pause();
    addRandomStarts(60);
    await renderer.advanceFrames(2, 0.016);
    expect(simulation.paths).toHaveLength(64);
    expect(layer().count).toBe(2);
  });

  it('cuts through the selected head at the shown iteration, and rewrites only when it changes, with no React commit while playing', async () => {
    renderer = await ReactThreeTestRenderer.create(<Tree />);
    await ReactThreeTestRenderer.act(async () => { setShowSlices(true); selectStart(useDownhill.getState().scenario.starts[2]!.id); });
    resetSimulation(simulation);
    play();
    await renderer.advanceFrames(2, 0.05);
    const before = commits;
    await renderer.advanceFrames(10, 0.05);
    expect(commits).toBe(before);
    pause();
    await renderer.advanceFrames(1, 0.016);
    const p = simulation.paths[2]!, tr = p.run.traj!;
    // Show iteration 3: every vertex of the x-slice lies on y = y₃, i.e. at one scene depth.
    simulation.cursor = 3;
    await renderer.advanceFrames(1, 0.016);
    const { lines } = layer();
    const { array, version } = positions(lines!);
    const y3 = tr[3 * TRAJ_STRIDE + 1]!, x3 = tr[3 * TRAJ_STRIDE]!;
    // Himmelblau's domain is [−5, 5]², drawn 10 scene units across: Z = −y, X = x.
    for (let s = 0; s < SLICE_SAMPLES - 1; s++) {
      expect(array[6 * s + 2]).toBeCloseTo(-y3, 5);
      expect(array[6 * s + 5]).toBeCloseTo(-y3, 5);
    }
    // The y-slice at x = x₃.
    const s0 = SLICE_SAMPLES - 1;
    expect(array[6 * s0]).toBeCloseTo(x3, 5);
    // Unchanged head and cursor: frames upload nothing.
    await renderer.advanceFrames(5, 0.016);
    expect(positions(lines!).version).toBe(version);
    simulation.cursor = 4;
    await renderer.advanceFrames(1, 0.016);
    expect(positions(lines!).version).toBeGreaterThan(version);
    expect(positions(lines!).array[2]).toBeCloseTo(-tr[4 * TRAJ_STRIDE + 1]!, 5);
  });
});
