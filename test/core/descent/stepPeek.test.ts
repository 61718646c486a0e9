import { describe, expect, it } from 'vitest';
import { advanceRun, createRun, runPoint } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { optimizerDefaults } from '../../../src/core/descent/settingsCatalog';
import { PEEK, PEEK_SIZE, peekStep } from '../../../src/core/descent/stepPeek';
import { getSurface } from '../../../src/core/surfaces/registry';

const bowl = getSurface('bowl')!;
const out = new Float64Array(PEEK_SIZE);

describe('peekStep', () => {
  it('plain descent on the bowl from (10, 10), η = 0.1: gradient (20, 20), step (−2, −2), next iterate (8, 8)', () => {
    const run = createRun(bowl, 10, 10, createRunSettings({ lr: 0.1 }));
    expect(peekStep(run, 0, out)).toBe(true);
    expect([out[PEEK.gx], out[PEEK.gy], out[PEEK.lr], out[PEEK.plainX], out[PEEK.plainY]]).toEqual([20, 20, 0.1, -2, -2]);
    expect([out[PEEK.nextX], out[PEEK.nextY], out[PEEK.hasNext], out[PEEK.stored]]).toEqual([8, 8, 1, 0]);
    // The peek left the run where it was.
    expect([run.t, run.count, run.x]).toEqual([0, 1, 10]);
  });

  it('momentum: the peek past the end equals the run\'s own next step, and a stored point is read back', () => {
    const s = createRunSettings({ lr: 0.05, optimizer: optimizerDefaults('momentum') });
    const run = createRun(bowl, 10, -6, s);
    advanceRun(run, 7);
    expect(peekStep(run, 7, out)).toBe(true);
    const peeked = [out[PEEK.nextX], out[PEEK.nextY], out[PEEK.stored]];
    advanceRun(run, 1);
    const [nx, ny] = runPoint(run, 8);
    expect(peeked).toEqual([nx, ny, 0]);
    // Momentum's step (the velocity) differs from −η∇f.
    peekStep(run, 7, out);
    const [x7, y7] = runPoint(run, 7);
    expect([out[PEEK.nextX], out[PEEK.nextY], out[PEEK.stored]]).toEqual([nx, ny, 1]);
    expect([out[PEEK.plainX], out[PEEK.plainY]]).toEqual([-0.05 * 2 * x7, -0.05 * 2 * y7]);
    expect(Math.abs(nx - x7 - out[PEEK.plainX]!)).toBeGreaterThan(1e-3);
  });

  it('uses the schedule\'s rate of that iteration, flips for ascent, and has no ghost past a runaway', () => {
    const run = createRun(bowl, 1, 1, createRunSettings({ lr: 0.1, schedule: { kind: 'exponential', gamma: 0.5 }, ascent: true }));
    advanceRun(run, 3);
    peekStep(run, 2, out);
    const [x2] = runPoint(run, 2);
    expect(out[PEEK.lr]).toBe(0.025);
    expect(out[PEEK.plainX]).toBe(0.025 * 2 * x2);
    const away = createRun(bowl, 1, 1, createRunSettings({ lr: 1.5 }));
    advanceRun(away, 100);
    expect(away.status).toBe('diverged');
    expect(peekStep(away, away.count - 1, out)).toBe(true);
    expect(out[PEEK.hasNext]).toBe(0);
    expect(peekStep(away, away.count, out)).toBe(false);
  });
});
