// The lab: one canvas, one scene, drawn by the 3D camera, the map's top-down camera, or both side by side
// (map/ViewRenderer.tsx). Idle (frameloop "demand") while paused. Layers are listed once here.
import { useMemo, useState } from 'react';
import { Canvas } from '@react-three/fiber';
import { useDownhill } from '../state/store';
import { Axes } from './Axes';
import { CameraRig, DEFAULT_VIEW, viewToCamera } from './CameraRig';
import { CriticalMarkers } from './CriticalMarkers';
import { DebugProbe } from './DebugProbe';
import { GroupHeads } from './GroupHeads';
import { Landscape } from './Landscape';
import { MapInput } from './map/MapInput';
import { MapLevelLabels } from './map/MapLevelLabels';
import { viewEvents } from './map/viewEvents';
import { ViewRenderer } from './map/ViewRenderer';
import { createViews } from './map/views';
import { PathHeads } from './PathHeads';
import { HeadLetters } from './HeadLetters';
import { PredictDriver } from './predict/PredictDriver';
import { Guesses } from './predict/Guesses';
import { PathLines } from './PathLines';
import { RedrawOnRestore } from './RedrawOnRestore';
import { SceneRoot } from './SceneRoot';
import { SimulationDriver } from './SimulationDriver';
import { SliceLayer } from './slices/SliceLayer';
import { StartHandles } from './StartHandles';
import { StartLabels } from './StartLabels';
import { ViewCapture } from './ViewCapture';

const initial = viewToCamera(DEFAULT_VIEW, 5, 5, 4).position;

/** lite: no antialiasing, device pixels 1:1 and a coarser landscape (the benchmark's light setting). */
export function Lab({ debug = false, lite = false, fixedFps }: { debug?: boolean; lite?: boolean; fixedFps?: number }) {
  const playing = useDownhill((s) => s.playing);
  const views = useMemo(() => createViews(), []);
  const events = useMemo(() => viewEvents(views), [views]);
  const [mapElement, setMapElement] = useState<HTMLDivElement | null>(null);
  const [readout, setReadout] = useState<HTMLOutputElement | null>(null);
  return (
    <>
      <Canvas
        frameloop={fixedFps ? 'never' : playing ? 'always' : 'demand'}
        // manual: the 3D camera's aspect is its own view's, set by ViewRenderer, not the whole canvas's.
        camera={{ fov: 40, near: 0.1, far: 400, position: [initial.x, initial.y, initial.z], manual: true }}
        dpr={lite ? 1 : [1, 2]}
        gl={{ antialias: !lite }}
        events={events}
    >
        <color attach="background" args={['#0b1220']} />
        <hemisphereLight args={['#dde8ff', '#1a1f2b', 1.1]} />
        <directionalLight position={[6, 12, 4]} intensity={1.8} />
        <SceneRoot resolution={lite ? 81 : undefined} views={views}>
          <SimulationDriver />
          <Landscape />
          <Axes />
          <CriticalMarkers />
          <MapLevelLabels />
          <PathLines />
          <PathHeads />
          <GroupHeads />
          <StartHandles />
          <StartLabels />
          <HeadLetters />
          <Guesses />
          <PredictDriver />
          <SliceLayer />
          <CameraRig />
          <RedrawOnRestore />
          <ViewRenderer />
          <ViewCapture />
          <MapInput element={mapElement} readout={readout} />
          {debug && <DebugProbe fixedFps={fixedFps} />}
        </SceneRoot>
      </Canvas>
      <div ref={setMapElement} className="map-input" role="application" aria-label="Map of the cost landscape, seen from above"
        aria-describedby="lab-help" style={{ display: 'none' }}>
        <output ref={setReadout} className="map-readout" hidden />
      </div>
    </>
  );
}
