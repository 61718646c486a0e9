// The store → simulation wiring: the simulation follows every scenario edit, reset and replay, and each
// frame advances it and reports flipped statuses through the actions. The scene only starts this and
// calls frameTick from its one useFrame.
import { clearOutcome, pause, recordOutcome, setOutcomes } from './actions';
import { outcomeText } from './outcomeText';
import { resetSimulation, simulation, syncSimulation } from './simulation';
import { advanceSimulation, anyRunning, takeFlips } from './simulationClock';
import { replayIfFinished } from './timeline';
import { useDownhill, type Outcome } from './store';

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
  if (next !== null) setOutcomes(next);
}

/**
 * Starts following the store: `requestFrame` asks the renderer for a frame. The first paths start at
 * iteration 0 even if playback was paused before. Returns a function that stops following.
 */
export function startSimulationSync(requestFrame: () => void): () => void {
  simulation.requestFrame = requestFrame;
  syncSimulation(simulation, useDownhill.getState().scenario, true);
  requestFrame();
  const unsubscribe = useDownhill.subscribe((state, prev) => {
    if (state.resets !== prev.resets) resetSimulation(simulation);
    if (state.scenario !== prev.scenario) {
      syncSimulation(simulation, state.scenario, state.playing);
      refreshOutcomes();
    }
    // Play on a finished set of paths shown live replays them from iteration 0, through their stored points.
    if (state.playing && !prev.playing) replayIfFinished(simulation);
    requestFrame();
  });
  return () => { unsubscribe(); simulation.requestFrame = () => {}; };
}

/** One frame: advance by frame time × speed while playing, report flipped statuses, pause when all are done. No allocation unless a status flipped. */
export function frameTick(delta: number): void {
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
  // Pause by itself once every path has finished and the timeline is live (with no paths, Play just idles).
  if (playing && simulation.cursor === null && simulation.paths.length > 0 && !anyRunning(simulation)) pause();
}
