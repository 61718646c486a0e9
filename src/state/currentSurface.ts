// The one place a surface spec is resolved (compiling a formula is not free): the scenario's current
// surface, memoized on its spec, for the actions, the simulation, the codec and the controls.
import { resolveSurface, type SurfaceSpec } from '../core/surfaces/spec';
import { useDownhill } from './store';

type Resolved = ReturnType<typeof resolveSurface>;

let lastKey: string | null = null;
let lastResult: Resolved | null = null;

/** The surface (or the reason it cannot be built) for spec; the last answer is reused for an equal spec. */
export function surfaceFor(spec: SurfaceSpec): Resolved {
  const key = JSON.stringify(spec);
  if (key !== lastKey || lastResult === null) {
    lastResult = resolveSurface(spec);
    lastKey = key;
  }
  return lastResult;
}

/** The scenario's current surface, resolved once per spec. */
export const currentSurface = (): Resolved => surfaceFor(useDownhill.getState().scenario.surface);
