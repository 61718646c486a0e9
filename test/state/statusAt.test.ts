// The table's status cell at the shown iteration: running paths carry their trend, finished ones their outcome.
import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { getSurface } from '../../src/core/surfaces/registry';
import { outcomeShort, statusAt } from '../../src/state/outcomeText';

const bowl = getSurface('bowl')!;
const running = (lr: number, steps: number) => {
  const run = createRun(bowl, 10, 10, createRunSettings({ lr, maxSteps: 1000 }));
  advanceRun(run, steps);
  return run;
};

describe('statusAt', () => {
  it('a running path is ready at its start and carries its trend after two steps (bowl: η 0.3, 0.9, 1.1)', () => {
    expect(statusAt(running(0.3, 6), 0)).toBe('ready');
    expect(statusAt(running(0.3, 6), 1)).toBe('running');
    expect(statusAt(running(0.3, 6), 6)).toBe('running · converging');
    expect(statusAt(running(0.9, 6), 6)).toBe('running · oscillating');
    expect(statusAt(running(1.1, 6), 6)).toBe('running · diverging');
  });
  it('a finished path shows its outcome at its last point and its trend then when rewound', () => {
    const run = running(0.9, 10_000);
    expect(run.status).toBe('converged');
    expect(statusAt(run, 3)).toBe('running · oscillating');
    expect(statusAt(run, run.count - 1)).toBe(outcomeShort(run));
    expect(statusAt(run, run.count - 1)).toMatch(/^converged at /);
  });
});

describe('statusAt under ascent and when rewound', () => {
  const himmelblau = getSurface('himmelblau')!;
  const climb = (steps: number) => {
    const run = createRun(himmelblau, 0.5, 0.5, createRunSettings({ lr: 0.005, ascent: true, maxSteps: 2000 }));
    advanceRun(run, steps);
    return run;
  };
  it('a path climbing to Himmelblau\'s maximum X1 is converging, not diverging', () => {
    expect(statusAt(climb(12), 12)).toBe('running · converging');
  });
  it('a finished path rewound before its last point shows what it was doing then, not its final outcome', () => {
    const run = climb(2000);
    expect(run.status).toBe('converged');
    expect(statusAt(run, 12)).toBe('running · converging');
    expect(statusAt(run, 0)).toBe('ready');
    expect(statusAt(run, run.count - 1)).toBe(outcomeShort(run));
    expect(statusAt(run, run.count - 1)).toMatch(/^converged at X1 \(maximum\)/);
  });
});
