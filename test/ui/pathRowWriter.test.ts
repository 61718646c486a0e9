// The path table's status cell names the same iteration as its row.
import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { getSurface } from '../../src/core/surfaces/registry';
import { rowStatus } from '../../src/ui/pathRowWriter';

const bowl = getSurface('bowl')!;

describe('rowStatus', () => {
  it('a diverged row names both iterations: the one that left the numbers and its last finite point (the row\'s)', () => {
    const run = createRun(bowl, 1, 1, createRunSettings({ lr: 1.5 }));
    advanceRun(run, 10_000);
    expect(rowStatus(run)).toBe(`diverged at iteration ${run.divergedAt} (last finite point: iteration ${run.t})`);
    expect(run.divergedAt).toBe(run.t + 1);
  });
  it('other rows keep the short outcome text', () => {
    const run = createRun(bowl, 1, 1, createRunSettings({ lr: 0.1 }));
    expect(rowStatus(run)).toBe('ready');
  });
});
