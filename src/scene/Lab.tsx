// The 3D lab: the canvas and every layer drawn in it. Idle (frameloop "demand") while paused.
import { Canvas } from '@react-three/fiber';
import { useDownhill } from '../state/store';
import { Axes } from './Axes';
import { CameraRig, DEFAULT_VIEW, viewToCamera } from './CameraRig';
import { CriticalMarkers } from './CriticalMarkers';
import { DebugProbe } from './DebugProbe';
import { GroupHeads } from './GroupHeads';
import { Landscape } from './Landscape';
import { PathHeads } from './PathHeads';
import { PathLines } from './PathLines';
import { RedrawOnRestore } from './RedrawOnRestore';
import { SceneRoot } from './SceneRoot';
import { SimulationDriver } from './SimulationDriver';
import { SliceLayer } from './slices/SliceLayer';
import { StartHandles } from './StartHandles';
import { StartLabels } from './StartLabels';

const initial = viewToCamera(DEFAULT_VIEW, 5, 5, 4).position;

/** lite: no antialiasing, device pixels 1:1 and a coarser landscape (the benchmark's light setting). */
export function Lab({ debug = false, lite = false, fixedFps }: { debug?: boolean; lite?: boolean; fixedFps?: number }) {
  const playing = useDownhill((s) => s.playing);
  return (
    <Canvas
      frameloop={fixedFps ? 'never' : playing ? 'always' : 'demand'}
      camera={{ fov: 40, near: 0.1, far: 400, position: [initial.x, initial.y, initial.z] }}
      dpr={lite ? 1 : [1, 2]}
      gl={{ antialias: !lite }}
    >
      <color attach="background" args={['#0b1220']} />
      <hemisphereLight args={['#dde8ff', '#1a1f2b', 1.1]} />
      <directionalLight position={[6, 12, 4]} intensity={1.8} />
      <SceneRoot resolution={lite ? 81 : undefined}>
        <SimulationDriver />
        <Landscape />
        <Axes />
        <CriticalMarkers />
        <PathLines />
        <PathHeads />
        <GroupHeads />
        <StartHandles />
        <StartLabels />
        <SliceLayer />
        <CameraRig />
        <RedrawOnRestore />
        {debug && <DebugProbe fixedFps={fixedFps} />}
      </SceneRoot>
    </Canvas>
  );
}
