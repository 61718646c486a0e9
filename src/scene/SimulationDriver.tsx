// The one frame callback that advances the simulation (negative priority: before anything reads it).
// The store → simulation wiring lives in state/simulationSync.ts; this component only starts it.
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { frameTick, startSimulationSync } from '../state/simulationSync';

export function SimulationDriver() {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => startSimulationSync(() => invalidate()), [invalidate]);
  useFrame((_, delta) => frameTick(delta), -1);
  return null;
}
