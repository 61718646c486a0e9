import { describe, expect, it } from 'vitest';
import { BASIN_DIVERGED, advanceBasinJob, computeBasinMap, createBasinJob } from '../../../src/core/descent/basins';
import { createRunSettings } from '../../../src/core/descent/settings';
import { getSurface } from '../../../src/core/surfaces/registry';
import { advanceRun, createRun } from '../../../src/core/descent/run';

const himmelblau = getSurface('himmelblau')!;
const settings = createRunSettings({ lr: 0.01, maxSteps: 2000, tolerances: { grad: 0, step: 1e-6, cost: 0 } });

describe('basin map', () => {
  it('on Himmelblau, starts near each minimum are labelled with that minimum and all four appear', () => {
    const job = computeBasinMap(himmelblau, settings, 32);
    const seen = new Set(job.labels);
    const mins = himmelblau.critical.map((c, i) => [c, i] as const).filter(([c]) => c.kind === 'min');
    for (const [, i] of mins) expect(seen.has(i)).toBe(true);
    // The cell containing each minimum is labelled with it.
    const d = himmelblau.domain;
    for (const [c, i] of mins) {
      const gi = Math.floor(((c.x - d.xMin) / (d.xMax - d.xMin)) * 32), gj = Math.floor(((c.y - d.yMin) / (d.yMax - d.yMin)) * 32);
      expect(job.labels[gj * 32 + gi]).toBe(i);
    }
  });

  it('agrees with single runs from the same starts', () => {
    const job = computeBasinMap(himmelblau, settings, 8);
    const d = himmelblau.domain;
    for (let k = 0; k < 64; k += 5) {
      const x = d.xMin + ((k % 8) + 0.5) * (d.xMax - d.xMin) / 8, y = d.yMin + (Math.floor(k / 8) + 0.5) * (d.yMax - d.yMin) / 8;
      const r = createRun(himmelblau, x, y, settings);
      advanceRun(r, 1e6);
      const expected = r.status === 'diverged' ? BASIN_DIVERGED : r.minimum ? himmelblau.critical.indexOf(r.minimum) : -99;
      expect(job.labels[k]).toBe(expected);
    }
  });

  it('marks diverging starts when the learning rate is too large', () => {
    const job = computeBasinMap(himmelblau, createRunSettings({ ...settings, lr: 0.05 }), 16);
    expect(job.labels.filter((l) => l === BASIN_DIVERGED).length).toBeGreaterThan(0);
  });

  it('reports progress in batches and can be stopped part way', () => {
    const job = createBasinJob(himmelblau, settings, 16);
    const fractions: number[] = [];
    fractions.push(advanceBasinJob(job, 100));
    fractions.push(advanceBasinJob(job, 100));
    expect(fractions[0]).toBeCloseTo(100 / 256, 10);
    expect(fractions[1]).toBeCloseTo(200 / 256, 10);
    expect(job.done).toBe(200);
    expect(advanceBasinJob(job, 1000)).toBe(1);
  });
});
