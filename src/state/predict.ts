// Predict, then reveal: the actions. "Predict first" hides the paths and holds playback at iteration 0, a click on
// the landscape places a guess instead of a start, and "Reveal" replays the paths from iteration 0 (then they are scored).
import { pause, play, showIteration } from './actions/playbackActions';
import { pushNotice } from './notices';
import { guessPreview, pathsHidden, usePredict, type Guess } from './predictStore';
import { startLabel } from './scenario';
import { simulation } from './simulation';
import { useDownhill } from './store';

const get = usePredict.getState;
const set = usePredict.setState;

/** Turns "Predict first" on (paths hidden, held at iteration 0) or off (the normal view). */
export function setPredictFirst(on: boolean): void {
  set({ on, phase: 'guessing' });
  if (on) hold();
  simulation.requestFrame();
}

export function setFog(fog: boolean): void {
  set({ fog });
  simulation.requestFrame();
}

/** Paused at iteration 0, so no view (heads, table, charts) shows where a path goes before the reveal. */
function hold(): void {
  if (useDownhill.getState().playing) pause();
  if (simulation.cursor !== 0) showIteration(0);
}

/** Ordinary starts only (a swarm's members get no guesses): their ids in order. Pure. */
function guessableIds(): number[] {
  return useDownhill.getState().scenario.starts.filter((p) => p.member === undefined).map((p) => p.id);
}

/** The start a click's guess is for: the selected one, else the first without a guess; null when every start has one. */
export function guessTarget(): number | null {
  const ids = guessableIds(), selected = useDownhill.getState().selected, guesses = get().guesses;
  if (selected !== null && ids.includes(selected)) return selected;
  return ids.find((id) => guesses[id] === undefined) ?? null;
}

/**
 * A click or tap on the landscape at (x, y): while "Predict first" is on it places a guess (returns true); otherwise
 * it does nothing and returns false, so the caller adds a start as usual.
 */
export function guessInsteadOfStart(x: number, y: number): boolean {
  if (!get().on) return false;
  const id = guessTarget();
  if (id === null) pushNotice('Every start has a guess: select a path (click its pin) to guess again for it, or drag a guess.', 'info');
  else setGuess(id, x, y);
  return true;
}

/** Sets start id's guess at (x, y); non-finite coordinates change nothing (with a notice). Returns whether it was set. */
export function setGuess(id: number, x: number, y: number): boolean {
  const index = useDownhill.getState().scenario.starts.findIndex((p) => p.id === id);
  if (index < 0) return false;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    pushNotice(`The guess for ${startLabel(index)} needs two finite numbers; it stays where it was.`, 'warning');
    return false;
  }
  const guess: Guess = { x, y };
  set({ guesses: { ...get().guesses, [id]: guess } });
  simulation.requestFrame();
  return true;
}

export function removeGuess(id: number): void {
  const { [id]: gone, ...rest } = get().guesses;
  if (gone) set({ guesses: rest });
  simulation.requestFrame();
}

/** Draws start id's guess at (x, y) while it is dragged, without a store write. */
export function previewGuess(id: number, x: number, y: number): void {
  guessPreview.id = id; guessPreview.x = x; guessPreview.y = y;
  simulation.requestFrame();
}

/** Ends a guess drag: the dragged position is stored (one write), or, with keep false, dropped. */
export function endGuessDrag(keep = true): void {
  const { id, x, y } = guessPreview;
  guessPreview.id = null;
  if (id !== null && keep) setGuess(id, x, y);
  else simulation.requestFrame();
}

/** Plays the paths from iteration 0, shown; they are scored once every one has finished. */
export function reveal(): void {
  set({ phase: 'revealing' });
  showIteration(0);
  play();
}

/** Hides the paths again for another round of guesses (the old guesses are cleared). */
export function guessAgain(): void {
  set({ phase: 'guessing', guesses: {} });
  hold();
  simulation.requestFrame();
}

/**
 * Keeps playback held while the paths are hidden: Play (or Space) then only says how to see them, and an edit
 * shows iteration 0 again. Returns a function that stops.
 */
export function startPredictHold(): () => void {
  const stopMain = useDownhill.subscribe((s, prev) => {
    if (!pathsHidden(get())) return;
    if (s.playing && !prev.playing) pushNotice('Predict first: place your guesses, then press Reveal to play the paths.', 'info');
    if (s.playing || (s.scenario !== prev.scenario && simulation.cursor !== 0) || s.resets !== prev.resets) hold();
  });
  return stopMain;
}
