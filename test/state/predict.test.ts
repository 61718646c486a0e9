// Predict, then reveal, without a scene: the mode holds playback at iteration 0, clicks place guesses (selected
// start first, else the next without one), Reveal replays from 0, and the results score each guess against where
// its path ended (computed here with a plain gradient-descent loop).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { play, selectStart, setLearningRate } from '../../src/state/actions';
import { endGuessDrag, guessAgain, guessInsteadOfStart, previewGuess, reveal, setGuess, setPredictFirst, startPredictHold } from '../../src/state/predict';
import { guessResults, revealDone, totalText } from '../../src/state/predictResults';
import { createPredictState, guessPreview, pathsHidden, usePredict } from '../../src/state/predictStore';
import { createDefaultScenario } from '../../src/state/scenario';
import { createSimulation, simulation } from '../../src/state/simulation';
import { frameTick, startSimulationSync } from '../../src/state/simulationSync';
import { createInitialState, useDownhill } from '../../src/state/store';

let stops: (() => void)[] = [];
beforeEach(() => {
  useDownhill.setState(createInitialState(createDefaultScenario()), true);
  usePredict.setState(createPredictState(), true);
  Object.assign(simulation, createSimulation());
  stops = [startSimulationSync(() => {}), startPredictHold()];
});
afterEach(() => { for (const s of stops) s(); });

const ids = () => useDownhill.getState().scenario.starts.map((s) => s.id);
const runToEnd = () => { for (let i = 0; i < 2000 && useDownhill.getState().playing; i++) frameTick(0.25); };

/** Himmelblau descent written out here: x ← x − η∇f, n times. */
function descend(x: number, y: number, lr: number, n: number): [number, number] {
  for (let i = 0; i < n; i++) {
    const a = x * x + y - 11, b = x + y * y - 7;
    [x, y] = [x - lr * (4 * x * a + 2 * b), y - lr * (2 * a + 4 * y * b)];
  }
  return [x, y];
}

describe('Predict first', () => {
  it('hides the paths, pauses and shows iteration 0; Play is held while hidden', () => {
    frameTick(0.5);
    setPredictFirst(true);
    expect(pathsHidden(usePredict.getState())).toBe(true);
    expect(useDownhill.getState().playing).toBe(false);
    expect(simulation.cursor).toBe(0);
    play();
    expect(useDownhill.getState().playing).toBe(false);
    expect(useDownhill.getState().notices.at(-1)?.text).toMatch(/press Reveal/);
    // An edit while hidden shows iteration 0 again (the paths are recomputed to their ends, paused).
    setLearningRate(0.012);
    expect(simulation.cursor).toBe(0);
  });

  it('a click places a guess for the selected start, else the next without one; off, it is not taken', () => {
    expect(guessInsteadOfStart(1, 1)).toBe(false);
    setPredictFirst(true);
    const [a, b, c, d] = ids();
    expect(guessInsteadOfStart(1, 2)).toBe(true);
    expect(guessInsteadOfStart(-1, 2)).toBe(true);
    expect(usePredict.getState().guesses).toEqual({ [a!]: { x: 1, y: 2 }, [b!]: { x: -1, y: 2 } });
    selectStart(a!);
    guessInsteadOfStart(5, 5);
    expect(usePredict.getState().guesses[a!]).toEqual({ x: 5, y: 5 });
    selectStart(null);
    guessInsteadOfStart(0, 0); guessInsteadOfStart(0, 1);
    expect(Object.keys(usePredict.getState().guesses).map(Number).sort()).toEqual([a!, b!, c!, d!].sort());
    const before = usePredict.getState().guesses;
    expect(guessInsteadOfStart(9, 9)).toBe(true);
    expect(usePredict.getState().guesses).toBe(before);
    expect(useDownhill.getState().scenario.starts).toHaveLength(4);
  });

  it('a typed guess that is not finite changes nothing, with a notice', () => {
    setPredictFirst(true);
    const a = ids()[0]!;
    expect(setGuess(a, Number.NaN, 1)).toBe(false);
    expect(usePredict.getState().guesses[a]).toBeUndefined();
    expect(useDownhill.getState().notices.at(-1)?.text).toMatch(/guess for A needs two finite numbers/);
  });

  it('a dragged guess writes the store once, when the drag ends', () => {
    setPredictFirst(true);
    const a = ids()[0]!;
    setGuess(a, 1, 1);
    let writes = 0;
    const unsub = usePredict.subscribe(() => { writes++; });
    for (let i = 0; i < 10; i++) previewGuess(a, 1 + i / 10, 1);
    expect(writes).toBe(0);
    endGuessDrag();
    unsub();
    expect(writes).toBe(1);
    expect(usePredict.getState().guesses[a]).toEqual({ x: 1.9, y: 1 });
    expect(guessPreview.id).toBeNull();
  });

  it('Reveal replays from iteration 0 and, once every path has finished, scores against the end points', () => {
    setPredictFirst(true);
    const [a, b] = ids();
    setGuess(a!, 3.3, 2.4);
    setGuess(b!, 3, 2);
    reveal();
    expect(pathsHidden(usePredict.getState())).toBe(false);
    expect(useDownhill.getState().playing).toBe(true);
    expect(revealDone(simulation)).toBe(false);
    runToEnd();
    expect(revealDone(simulation)).toBe(true);
    const pa = simulation.paths[0]!, pb = simulation.paths[1]!;
    const [ax, ay] = descend(4, 4, 0.01, pa.run.count - 1), [bx, by] = descend(-4, 4, 0.01, pb.run.count - 1);
    expect(pa.run.x).toBeCloseTo(ax, 9);
    const rows = guessResults(simulation, useDownhill.getState().scenario.starts, usePredict.getState().guesses);
    const da = Math.hypot(3.3 - ax, 2.4 - ay), db = Math.hypot(3 - bx, 2 - by);
    const ma = pa.run.minimum!.label!, mb = pb.run.minimum!.label!;
    expect(rows.map((r) => r.text)).toEqual([
      `A: ${da.toFixed(2)} away · right minimum (${ma})`,
      `B: ${db.toFixed(2)} away · wrong minimum (guessed ${ma}, reached ${mb})`,
      'C: no guess',
      'D: no guess',
    ]);
    expect(totalText(rows)).toBe(`Total: ${(da + db).toFixed(2)} away over 2 guesses · 1 of 2 right minima`);
  });

  it('"guess again" hides the paths, clears the guesses and holds at 0; off restores the normal view', () => {
    setPredictFirst(true);
    setGuess(ids()[0]!, 1, 1);
    reveal();
    runToEnd();
    guessAgain();
    expect(pathsHidden(usePredict.getState())).toBe(true);
    expect(usePredict.getState().guesses).toEqual({});
    expect(simulation.cursor).toBe(0);
    setPredictFirst(false);
    expect(pathsHidden(usePredict.getState())).toBe(false);
    play();
    expect(useDownhill.getState().playing).toBe(true);
  });
});
