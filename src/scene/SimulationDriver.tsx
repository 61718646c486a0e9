// The one frame callback that advances the simulation (negative priority: before anything reads it).
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { clearOutcome, pause, recordOutcome } from '../state/actions';
import { outcomeText } from '../state/outcomeText';
import {
  advanceSimulation, anyRunning, resetSimulation, simulation, syncSimulation, takeFlips,
} from '../state/simulation';
import { useDownhill, type Outcome } from '../state/store';

/**
 * After an edit (human speed), brings the store's outcomes in line with the finished paths: a path
 * replaced by a drag can end differently without its status flipping. One store write at most.
 */
function refreshOutcomes(): void {
  const current = useDownhill.getState().outcomes;
  let next: Record<number, Outcome> | null = null;
  for (const p of simulation.paths) {
    const { status } = p.run;
    if (status === 'running') continue;
    const text = outcomeText(p.run);
    if (current[p.startId]?.text !== text) (next ??= { ...current })[p.startId] = { status, text };
    p.reported = status;
  }
  if (next !== null) useDownhill.setState({ outcomes: next });
}

export function SimulationDriver() {
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    simulation.requestFrame = () => invalidate();
    // The first paths start at iteration 0 even if playback was paused before the scene mounted.
    syncSimulation(simulation, useDownhill.getState().scenario, true);
    invalidate();
    const unsubscribe = useDownhill.subscribe((state, prev) => {
      if (state.resets !== prev.resets) resetSimulation(simulation);
      if (state.scenario !== prev.scenario) {
        syncSimulation(simulation, state.scenario, state.playing);
        refreshOutcomes();
      }
      // Play on a finished set of paths replays them from their starts.
      if (state.playing && !prev.playing && !anyRunning(simulation)) resetSimulation(simulation);
      invalidate();
    });
    return () => { unsubscribe(); simulation.requestFrame = () => {}; };
  }, [invalidate]);

  useFrame((_, delta) => {
    const { playing, scenario } = useDownhill.getState();
    if (playing) advanceSimulation(simulation, delta, scenario.speed);
    const flips = takeFlips(simulation);
    if (flips !== null) {
      for (const p of flips) {
        const { status } = p.run;
        if (status === 'running') clearOutcome(p.startId);
        else recordOutcome(p.startId, { status, text: outcomeText(p.run) });
      }
    }
    // Pause by itself once every path has finished (with no paths, Play just idles).
    if (playing && simulation.paths.length > 0 && !anyRunning(simulation)) pause();
  }, -1);

  return null;
}
