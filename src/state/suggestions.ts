// A good first setup for each built-in surface: a learning rate and starts that tell its story.
import type { Surface } from '../core/types';

export interface Suggestion {
  readonly lr: number;
  readonly starts: readonly (readonly [number, number])[];
}

const SUGGESTIONS: Readonly<Record<string, Suggestion>> = {
  bowl: { lr: 0.1, starts: [[10, 10], [-10, 6], [-6, -10], [8, -8]] },
  elongated: { lr: 0.15, starts: [[-9, 4], [8, -3]] },
  'two-valleys': { lr: 0.05, starts: [[0.03, 1.5], [0.13, 1.5], [-1.8, -1.5], [1.8, -1.5]] },
  himmelblau: { lr: 0.01, starts: [[4, 4], [-4, 4], [-4, -4], [4, -4]] },
  rosenbrock: { lr: 0.001, starts: [[-1.2, 1], [1.5, -0.5], [-1.5, 2.5]] },
  rastrigin: { lr: 0.002, starts: [[3.2, 2.1], [-1.6, 4.3], [-4.1, -3.3], [0.6, -2.4]] },
  ackley: { lr: 0.01, starts: [[3, 3], [-2.2, 1.1], [0.5, -4], [-3.5, -3.6]] },
  beale: { lr: 0.001, starts: [[1, 1.5], [-1, -1.5], [3.5, 1], [-3, 1]] },
  booth: { lr: 0.05, starts: [[-8, -8], [8, 8], [-8, 8], [8, -8]] },
  matyas: { lr: 0.5, starts: [[-8, 6], [7, -9]] },
  'six-hump-camel': { lr: 0.02, starts: [[-2, 1], [2, -1], [0.5, 1.2], [-0.5, -1.2], [1.9, 1], [-1.9, -1]] },
  'styblinski-tang': { lr: 0.01, starts: [[0.5, 0.5], [-0.5, 0.5], [-0.5, -0.5], [0.5, -0.5]] },
  mccormick: { lr: 0.05, starts: [[-1, 3], [3, -2], [3.5, 3.5], [0, 0]] },
  saddle: { lr: 0.1, starts: [[1.5, 0], [1.5, 0.01], [-1.5, 0.3]] },
};

/** The suggested setup for a surface: listed for built-ins; for others, starts near two opposite corners. Pure. */
export function suggestionFor(surface: Surface): Suggestion {
  const s = SUGGESTIONS[surface.id];
  if (s) return s;
  const d = surface.domain, w = d.xMax - d.xMin, h = d.yMax - d.yMin;
  return {
    lr: surface.id.startsWith('regression:') ? 0.1 : 0.01,
    starts: [[d.xMin + 0.12 * w, d.yMax - 0.12 * h], [d.xMax - 0.12 * w, d.yMin + 0.12 * h]],
  };
}
