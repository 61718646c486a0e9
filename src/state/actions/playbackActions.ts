// Playback and the view: play, pause, step, reset, the camera, basins, and the outcomes the frame loop reports.
import { simulation } from '../simulation';
import { advanceCursor, showIteration as showIterationIn, stepCursorBack } from '../timeline';
import type { CameraView, ViewMode } from '../scenario';
import { useDownhill, type BasinMap, type Outcome } from '../store';
import { edit } from './editing';

const get = useDownhill.getState;
const set = useDownhill.setState;

export const play = (): void => set({ playing: true });
export const pause = (): void => set({ playing: false });
export const togglePlay = (): void => set({ playing: !get().playing });

/** One iteration forward, then paused: through stored points first (after a step back), then computing. */
export function step(): void {
  if (get().playing) set({ playing: false });
  advanceCursor(simulation, 1);
  simulation.requestFrame();
}

/** One iteration back, paused. Computes nothing: the views show the stored point. */
export function stepBack(): void {
  if (get().playing) set({ playing: false });
  stepCursorBack(simulation);
  simulation.requestFrame();
}

/**
 * Shows iteration t in every view (the timeline slider). Dragging pauses, so the picture stays where it was
 * put: one store write when a drag starts during play, none per pointer move after that.
 */
export function showIteration(t: number): void {
  if (get().playing) set({ playing: false });
  showIterationIn(simulation, t);
  simulation.requestFrame();
}

/** Puts every path back at its start, paused. */
export function reset(): void {
  set({ playing: false, outcomes: {}, resets: get().resets + 1 });
}

export const setCamera = (camera: CameraView | null): void => edit((s) => ({ ...s, camera }));

/** Shows the 3D view, the map, or both (kept in the link). */
export const setViewMode = (view: ViewMode): void => edit((s) => ({ ...s, view }));

/** Restores the default camera for the surface. */
export function resetView(): void {
  edit((s) => ({ ...s, camera: null }));
  set({ viewResets: get().viewResets + 1 });
}

export const setShowBasins = (showBasins: boolean): void => set({ showBasins });

/** Records how a path ended: called once, when its status flips. */
export function recordOutcome(id: number, outcome: Outcome): void {
  set({ outcomes: { ...get().outcomes, [id]: outcome } });
}

/** Replaces the outcomes at once (after an edit brought them in line with the finished paths). */
export const setOutcomes = (outcomes: Readonly<Record<number, Outcome>>): void => set({ outcomes });

export function clearOutcome(id: number): void {
  const { [id]: _gone, ...rest } = get().outcomes;
  if (_gone) set({ outcomes: rest });
}

/** The basin map's progress (0…1), or null when none is being computed; written a few times a second at most. */
export const setBasinProgress = (basinProgress: number | null): void => set({ basinProgress });

/** A finished basin map, replacing the last one. */
export const setBasinMap = (basinMap: BasinMap): void => set({ basinMap, basinProgress: null });
