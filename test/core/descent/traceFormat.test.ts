import { describe, expect, it } from 'vitest';
import { traceMain } from '../../../src/cli/traceRun';
import { advanceRun, createRun } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { getSurface } from '../../../src/core/surfaces/registry';
import { traceOf } from '../../../src/core/descent/traceFormat';

describe('trace format', () => {
  it('what the app exports for a run is exactly what the trace command prints for the same setup', () => {
    const run = createRun(getSurface('himmelblau')!, -4, 4, createRunSettings({ lr: 0.01, optimizer: { kind: 'momentum', momentum: 0.5 } }));
    advanceRun(run, 1e6);
    const app = traceOf(run, { kind: 'builtin', id: 'himmelblau' });
    const cli = JSON.parse(traceMain(['--surface', 'himmelblau', '--start', '-4,4', '--lr', '0.01', '--optimizer', 'momentum', '--momentum', '0.5']).stdout);
    expect(app).toEqual(cli);
  });

  it('a run still going is exported where it stands', () => {
    const run = createRun(getSurface('bowl')!, 1, 1, createRunSettings({ lr: 0.1 }));
    advanceRun(run, 3);
    const t = traceOf(run, { kind: 'builtin', id: 'bowl' });
    expect(t.steps).toBe(3);
    expect(t.points).toHaveLength(4);
    expect(t.status).toBe('max-steps');
    expect(t.reason).toMatch(/still running at iteration 3/);
  });
});
