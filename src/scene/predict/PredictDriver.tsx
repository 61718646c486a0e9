// Predict, then reveal, in the scene: keeps playback held while the paths are hidden, and each frame, while "Fog"
// is on, writes the open discs (heads at the timeline's iteration, starts alone while predicting) into the shared
// fog uniforms in place. Nothing allocated per frame, no store write.
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { FOG_RADIUS, packFogPoints } from '../../state/fogPoints';
import { startPredictHold } from '../../state/predict';
import { pathsHidden, usePredict } from '../../state/predictStore';
import { simulation } from '../../state/simulation';
import { useDownhill } from '../../state/store';
import { useLandscape } from '../LandscapeContext';
import { fogUniforms } from './fogShader';

export function PredictDriver() {
  const { data } = useLandscape();
  const scene = useThree((s) => s.scene);
  useEffect(() => startPredictHold(), []);
  // In fog the map's level labels (heights) would give the landscape away: predict.css hides them under .fogged.
  const fog = usePredict((s) => s.fog);
  useEffect(() => {
    if (!fog) return;
    document.documentElement.classList.add('fogged');
    return () => document.documentElement.classList.remove('fogged');
  }, [fog]);
  // ?debug: what the e2e tests read (main.tsx creates window.__downhill only then).
  useEffect(() => {
    const dbg = (window as unknown as { __downhill?: Record<string, unknown> }).__downhill;
    if (!dbg) return;
    dbg.predict = {
      store: usePredict, fog: fogUniforms,
      layers: () => ({ lines: scene.getObjectByName('path-lines')?.visible ?? null, heads: scene.getObjectByName('path-heads')?.visible ?? null }),
    };
    return () => { delete dbg.predict; };
  }, [scene]);
  useFrame(() => {
    const p = usePredict.getState(), u = fogUniforms;
    u.uFogOn.value = p.fog ? 1 : 0;
    if (!p.fog) return;
    const fr = data.frame, d = fr.domain;
    u.uFogFrame.value.set(fr.cx, fr.cy, fr.s);
    u.uFogR.value = FOG_RADIUS * Math.max(d.xMax - d.xMin, d.yMax - d.yMin);
    u.uFogCount.value = packFogPoints(simulation, !pathsHidden(p), useDownhill.getState().selected, u.uFogPts.value);
  });
  return null;
}
