// The registry of built-in surfaces, in the order the picker shows them.
import { bowl, booth, elongated, matyas, saddle, twoValleys } from './classic';
import { ackley, rastrigin } from './rugged';
import { beale, himmelblau, mccormick, rosenbrock, sixHumpCamel, styblinskiTang } from './benchmarkFunctions';
import type { Surface } from '../types';

export const builtinSurfaces: readonly Surface[] = [
  bowl, elongated, twoValleys, himmelblau, rosenbrock, rastrigin, ackley, beale, booth, matyas,
  sixHumpCamel, styblinskiTang, mccormick, saddle,
];

const byId = new Map(builtinSurfaces.map((s) => [s.id, s]));

/** The built-in surface with this id, or undefined. Pure. */
export function getSurface(id: string): Surface | undefined {
  return byId.get(id);
}

export const surfaceIds: readonly string[] = builtinSurfaces.map((s) => s.id);
