import { describe, expect, it } from 'vitest';
import { advanceSwarm, countRunning, createSwarm } from '../../../src/core/descent/swarm';
import { advanceRun, createRun } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { defaultOptimizer, optimizerKinds } from '../../../src/core/descent/optimizers';
import { getSurface } from '../../../src/core/surfaces/registry';
import { DIVERGED, MAX_STEPS, RUNNING } from '../../../src/core/descent/step';

const himmelblau = getSurface('himmelblau')!;
/** A swarm's per-run code as a single run's status. */
const statusOf = ['running', 'converged', 'converged', 'converged', 'max-steps', 'stalled', 'diverged', 'diverged', 'diverged'];

describe('swarm', () => {
  it.each(optimizerKinds)('%s: each member matches a single run from the same start', (kind) => {
    const settings = createRunSettings({ lr: kind === 'gd' || kind.startsWith('n') || kind === 'momentum' ? 0.002 : 0.05, optimizer: defaultOptimizer(kind), maxSteps: 300 });
    const xs = [4, -4, -4, 4, 0.1], ys = [4, 4, -4, -4, 0.2];
    const sw = createSwarm(himmelblau, xs, ys, settings);
    // Advance in uneven chunks: the result must not depend on chunking.
    advanceSwarm(sw, 7); advanceSwarm(sw, 93); advanceSwarm(sw, 1000);
    xs.forEach((x, i) => {
      const r = createRun(himmelblau, x, ys[i]!, settings);
      advanceRun(r, 1000);
      expect(sw.x[i]).toBe(r.x);
      expect(sw.y[i]).toBe(r.y);
      expect(sw.steps[i]).toBe(r.t);
      expect(statusOf[sw.status[i]!], `start ${i}`).toBe(r.status);
    });
    expect(countRunning(sw)).toBe(0);
  });

  it('marks diverged members, keeping their last finite point, while the others go on', () => {
    const settings = createRunSettings({ lr: 1.1, maxSteps: 500 });
    const sw = createSwarm(getSurface('bowl')!, [1, 0], [1, 0], settings);
    advanceSwarm(sw, 500);
    expect(sw.status[0]).toBe(DIVERGED);
    expect(Number.isFinite(sw.x[0]!)).toBe(true);
    expect(sw.status[1]).not.toBe(DIVERGED);
  });

  it('advances only the requested range', () => {
    const settings = createRunSettings({ lr: 0.001, maxSteps: 10 });
    const sw = createSwarm(himmelblau, [1, 2, 3], [1, 1, 1], settings);
    advanceSwarm(sw, 10, 1, 2);
    expect(Array.from(sw.steps)).toEqual([0, 10, 0]);
    expect(Array.from(sw.status)).toEqual([RUNNING, MAX_STEPS, RUNNING]);
  });
});
