// Predict, then reveal: the mode, the fog and the learners' guesses. Ephemeral page state in its own small store
// (only the mode goes in the link, as pr=1); written by the actions in predict.ts, at human speed.
import { create } from 'zustand';

/** A guess of where a start's path will end, in maths (x, y). */
export interface Guess { readonly x: number; readonly y: number }

/** 'guessing': paths hidden, playback held at iteration 0; 'revealing': the paths play and are then scored. */
export type PredictPhase = 'guessing' | 'revealing';

export interface PredictState {
  /** "Predict first" is on. */
  readonly on: boolean;
  readonly phase: PredictPhase;
  /** "Fog": the landscape hidden except around each head and start. */
  readonly fog: boolean;
  /** Guesses by start id. */
  readonly guesses: Readonly<Record<number, Guess>>;
}

export const createPredictState = (): PredictState => ({ on: false, phase: 'guessing', fog: false, guesses: {} });

export const usePredict = create<PredictState>()(createPredictState);

/** True while the paths and heads are hidden (predicting, not yet revealed). Pure. */
export const pathsHidden = (s: PredictState): boolean => s.on && s.phase === 'guessing';

/** A guess being dragged: drawn in place of the stored one, written to the store when the drag ends. */
export const guessPreview: { id: number | null; x: number; y: number } = { id: null, x: 0, y: 0 };

/** Where start id's guess is drawn now (the dragged position while dragged), written into out; false when it has none. */
export function guessShownAt(id: number, out: number[]): boolean {
  if (guessPreview.id === id) { out[0] = guessPreview.x; out[1] = guessPreview.y; return true; }
  const g = usePredict.getState().guesses[id];
  if (!g) return false;
  out[0] = g.x; out[1] = g.y;
  return true;
}
