// The one place the data view learns about a regression cost's data: what it draws (points, labels, model), how
// a point (w, b) of the landscape becomes a line in data units and back, the answer, and the mini-batches.
import type { RegressionFacts, Surface } from '../../core/types';

export type ViewFacts = RegressionFacts;

/** The data behind surface (the simulation's), or null when it is not a cost built from data. Pure. */
export function factsOf(surface: Surface | null): ViewFacts | null {
  return surface?.regression ?? null;
}
