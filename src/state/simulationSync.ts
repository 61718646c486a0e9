// The store → simulation wiring: the simulation follows every scenario edit, reset and replay, and each
// frame advances it and reports flipped statuses through the actions. The scene only starts this and
// calls frameTick from its one useFrame.
import { pause, setOutcomes } from './actions';
import type { Run } from '../core/descent/run';
import { outcomeText } from './outcomeText';
import { resetSimulation, simulation, syncSimulation, type PathSim } from './simulation';
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

/**
 * Frame time between two writes of flipped statuses while playing: with 10,000 paths many flip on different
 * frames, and each write copies the outcomes record and may re-render the table and the tally.
 */
export const OUTCOME_WRITE_SECONDS = 0.2;
/** Paths whose status flipped since the last write, and the frame time since then. */
const pending: PathSim[] = [];
let sinceWrite = 0;

/**
 * A finished run's outcome whose text is written when first read: thousands of paths can stop on one frame
 * (at the iteration limit), and their sentences (≈ 6 µs each) are read only for a few. A finished run never
 * changes, so the text is the same whenever it is read; the run is let go once it is.
 */
function lazyOutcome(finished: Run): Outcome {
  let run: Run | null = finished, text = '';
  return {
    status: finished.status as Outcome['status'],
    get text() {
      if (run !== null) { text = outcomeText(run); run = null; }
      return text;
    },
  };
}

/** What the writes of flipped statuses cost (ms, including the store's subscribers), for measurement. */
export const outcomeWrites = { count: 0, ms: 0, maxMs: 0 };

/** Writes the pending flips to the store's outcomes in one write (skipping paths replaced since). */
function writeFlips(): void {
  const t0 = performance.now();
  const next: Record<number, Outcome> = { ...useDownhill.getState().outcomes };
  for (const p of pending) {
    if (simulation.paths[p.index] !== p) continue;
    const { status } = p.run;
    if (status === 'running') delete next[p.startId];
    else next[p.startId] = lazyOutcome(p.run);
  }
  pending.length = 0;
  sinceWrite = 0;
  setOutcomes(next);
  const ms = performance.now() - t0;
  outcomeWrites.count++; outcomeWrites.ms += ms; outcomeWrites.maxMs = Math.max(outcomeWrites.maxMs, ms);
}

/**
 * One frame: advance by frame time × speed while playing, report flipped statuses (together, at most every
 * OUTCOME_WRITE_SECONDS of frame time while paths run), pause when all are done. No allocation unless a status flipped.
 */
export function frameTick(delta: number): void {
  const { playing, scenario } = useDownhill.getState();
  if (playing) advanceSimulation(simulation, delta, scenario.speed);
  const flips = takeFlips(simulation);
  if (flips !== null) for (const p of flips) pending.push(p);
  sinceWrite += delta;
  const running = anyRunning(simulation);
  if (pending.length > 0 && (!playing || !running || sinceWrite >= OUTCOME_WRITE_SECONDS)) writeFlips();
  // Pause by itself once every path has finished and the timeline is live (with no paths, Play just idles).
  if (playing && simulation.cursor === null && simulation.paths.length > 0 && !running) pause();
}
