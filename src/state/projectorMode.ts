// Projector mode: a view setting kept in the scenario (and so in the link and undo). Its palette follows the
// store from the moment this module loads, before anything is drawn, so every reader of pathColor agrees.
import { edit } from './actions/editing';
import { paletteFor, setPathPalette } from './palette';
import { useDownhill } from './store';

/** Turns projector mode on or off (kept in the link as pm=1). */
export const setProjectorMode = (on: boolean): void => edit((s) => (s.projector === on ? s : { ...s, projector: on }));

const follow = (on: boolean): void => setPathPalette(paletteFor(on));
follow(useDownhill.getState().scenario.projector);
useDownhill.subscribe((s, prev) => { if (s.scenario.projector !== prev.scenario.projector) follow(s.scenario.projector); });
