import { Profiler } from 'react';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as THREE from 'three';
import { Landscape } from '../../src/scene/Landscape';
import { PathHeads } from '../../src/scene/PathHeads';
import { PathLines } from '../../src/scene/PathLines';
import { SceneRoot } from '../../src/scene/SceneRoot';
import { SimulationDriver } from '../../src/scene/SimulationDriver';
import { StartHandles } from '../../src/scene/StartHandles';
import { addRandomStarts, pause, play } from '../../src/state/actions';
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
        <Landscape />
        <PathLines />
        <PathHeads />
        <StartHandles />
      </SceneRoot>
    </Profiler>
  );
}

beforeEach(() => {
  commits = 0;
  useDownhill.setState(createInitialState(createDefaultScenario()), true);
  simulation.paths = [];
  simulation.spec = null;
});

let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null;
afterEach(async () => { await renderer?.unmount(); renderer = null; });

describe('the frame loop', () => {
  it('advances the simulation by frame time × speed without React re-rendering', async () => {
    renderer = await ReactThreeTestRenderer.create(<Tree />);
    resetSimulation(simulation);
    play();
    await renderer.advanceFrames(1, 0);
    const before = commits;
    let storeWrites = 0;
    const unsubscribe = useDownhill.subscribe(() => { storeWrites++; });
    const t0 = simulation.paths[0]!.run.t;
    // 10 frames of 50 ms at 20 iterations per second: 10 iterations.
    await renderer.advanceFrames(10, 0.05);
    unsubscribe();
    expect(simulation.paths[0]!.run.t - t0).toBe(10);
    expect(commits).toBe(before);
    expect(storeWrites).toBe(0);
  });

  it('draws every path with a fixed number of draw calls: one line object, one points object, one instanced head mesh', async () => {
    renderer = await ReactThreeTestRenderer.create(<Tree />);
    pause();
    addRandomStarts(60);
    await renderer.advanceFrames(2, 0.016);
    const scene = renderer.scene.instance as THREE.Object3D;
    let lines = 0, points = 0, heads: THREE.InstancedMesh | null = null;
    scene.traverse((o) => {
      if ((o as { isLineSegments2?: boolean }).isLineSegments2) lines++;
      if ((o as THREE.Points).isPoints) points++;
      if (o.name === 'path-heads') heads = o as THREE.InstancedMesh;
    });
    expect(simulation.paths).toHaveLength(64);
    expect([lines, points]).toEqual([1, 1]);
    expect(heads!.count).toBe(64);
  });

  it('pauses by itself when every path has finished, writing each outcome once', async () => {
    renderer = await ReactThreeTestRenderer.create(<Tree />);
    resetSimulation(simulation);
    play();
    useDownhill.setState({ scenario: { ...useDownhill.getState().scenario, speed: 5000 } });
    await renderer.advanceFrames(20, 0.1);
    const st = useDownhill.getState();
    expect(st.playing).toBe(false);
    expect(Object.values(st.outcomes).map((o) => o.status)).toEqual(['converged', 'converged', 'converged', 'converged']);
  });
});
