// The one place a surface spec is resolved (compiling a formula is not free): the scenario's current
// surface, memoized on its spec, for the actions, the simulation, the codec and the controls.
import { resolveSurface, sameSurfaceSpec, type SurfaceSpec } from '../core/surfaces/spec';
import { useDownhill } from './store';

type Resolved = ReturnType<typeof resolveSurface>;

let lastSpec: SurfaceSpec | null = null;
let lastResult: Resolved | null = null;

/** The surface (or the reason it cannot be built) for spec; the last answer is reused for an equal spec (O(1) for the same object). */
export function surfaceFor(spec: SurfaceSpec): Resolved {
  if (lastResult === null || !sameSurfaceSpec(spec, lastSpec)) {
    lastResult = resolveSurface(spec);
    lastSpec = spec;
  }
  return lastResult;
}

/** The scenario's current surface, resolved once per spec. */
export const currentSurface = (): Resolved => surfaceFor(useDownhill.getState().scenario.surface);
