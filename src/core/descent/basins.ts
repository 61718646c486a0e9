// Basin maps: for a G×G grid of starts, which known minimum each reaches under given settings.
import { createMinimumFinder } from './insight';
import type { RunSettings } from './settings';
import { CONVERGED_COST, CONVERGED_GRAD, CONVERGED_STEP, DIVERGED } from './step';
import { advanceSwarm, createSwarm, type Swarm } from './swarm';
import type { Domain, Surface } from '../types';

/** Labels for starts that reached no known minimum. Non-negative labels index surface.critical. */
export const BASIN_DIVERGED = -1, BASIN_NOT_CONVERGED = -2, BASIN_ELSEWHERE = -3;

export interface BasinJob {
  readonly surface: Surface;
  readonly grid: number;
  readonly domain: Domain;
  readonly total: number;
  /** Starts classified so far (in row-major order). */
  done: number;
  /** Row-major labels, x fastest, y from yMin up; valid for the first `done` entries. */
  readonly labels: Int16Array;
  readonly swarm: Swarm;
}

/** Cell-centred starts of a G×G grid over the domain. */
export function gridStarts(grid: number, d: Domain): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(grid * grid), ys = new Float64Array(grid * grid);
  for (let j = 0; j < grid; j++) {
    for (let i = 0; i < grid; i++) {
      xs[j * grid + i] = d.xMin + ((i + 0.5) * (d.xMax - d.xMin)) / grid;
      ys[j * grid + i] = d.yMin + ((j + 0.5) * (d.yMax - d.yMin)) / grid;
    }
  }
  return { xs, ys };
}

/** Prepares a basin map; nothing is computed until advanceBasinJob. */
export function createBasinJob(surface: Surface, settings: RunSettings, grid: number, domain: Domain = surface.domain): BasinJob {
  const { xs, ys } = gridStarts(grid, domain);
  return {
    surface, grid, domain, total: grid * grid, done: 0,
    labels: new Int16Array(grid * grid), swarm: createSwarm(surface, xs, ys, settings),
  };
}

/**
 * Runs the next (up to) maxStarts starts to the end and labels them; returns the fraction done.
 * Call repeatedly to show progress; stop calling to cancel. Mutates job.
 */
export function advanceBasinJob(job: BasinJob, maxStarts: number): number {
  const sw = job.swarm, from = job.done, to = Math.min(job.total, from + maxStarts);
  advanceSwarm(sw, sw.ctx.settings.maxSteps, from, to);
  const find = createMinimumFinder(job.surface);
  for (let i = from; i < to; i++) {
    const s = sw.status[i] as number;
    let label: number;
    if (s >= DIVERGED) label = BASIN_DIVERGED; // ran away, or the cost or gradient is not defined
    else if (s !== CONVERGED_GRAD && s !== CONVERGED_STEP && s !== CONVERGED_COST) label = BASIN_NOT_CONVERGED; // limit or stalled
    else {
      const k = find(sw.x[i] as number, sw.y[i] as number);
      label = k < 0 ? BASIN_ELSEWHERE : k;
    }
    job.labels[i] = label;
  }
  job.done = to;
  return job.done / job.total;
}

/** Computes a whole basin map at once. */
export function computeBasinMap(surface: Surface, settings: RunSettings, grid: number, domain?: Domain): BasinJob {
  const job = createBasinJob(surface, settings, grid, domain);
  while (job.done < job.total) advanceBasinJob(job, 4096);
  return job;
}
