import { describe, expect, it } from 'vitest';
import { traceMain } from '../../../src/cli/traceRun';
import { advanceRun, createRun } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { getSurface } from '../../../src/core/surfaces/registry';
import { traceOf } from '../../../src/core/descent/traceFormat';
import { cone, rootX, steepX } from './faultySurfaces';

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
    expect(t.status).toBe('running');
    expect(t.reason).toMatch(/still running at iteration 3/);
  });

  it('a start where the cost is undefined exports its start point, with a null cost', () => {
    const run = createRun(rootX, -1, 1, createRunSettings({}));
    const t = traceOf(run, { kind: 'builtin', id: 'bowl' });
    expect(t.points).toEqual([[-1, 1, null]]);
    expect([t.status, t.steps, t.divergedAt]).toEqual(['diverged', 0, 0]);
    expect(t.reason).toBe('the cost is not defined at the start');
    expect(JSON.parse(JSON.stringify(t)).points).toEqual([[-1, 1, null]]);
  });

  it('where the cost is finite but the gradient is not, the reason says so and not that the cost is undefined', () => {
    const start = traceOf(createRun(cone, 0, 0, createRunSettings({})), { kind: 'builtin', id: 'bowl' });
    expect(start.points).toEqual([[0, 0, 0]]);
    expect(start.reason).toBe('the gradient is not defined at the start (the cost is)');
    // From (1, 0) with η = 1 the first step lands exactly on the tip, where ∇f = (0/0, 0/0).
    const run = createRun(cone, 1, 0, createRunSettings({ lr: 1 }));
    advanceRun(run, 10);
    const t = traceOf(run, { kind: 'builtin', id: 'bowl' });
    expect([t.status, t.divergedAt, t.points]).toEqual(['diverged', 1, [[1, 0, 1]]]);
    expect(t.reason).toBe('stopped at iteration 1: the gradient is not defined at the next point (the cost is)');
  });

  it('an infinite cost at the start is a runaway, named as such (not "not defined"), in the export and the trace command', () => {
    const run = createRun(steepX, 5, 0, createRunSettings({}));
    expect(5 ** 1000).toBe(Infinity); // the reference: x¹⁰⁰⁰ overflows at x = 5
    const t = traceOf(run, { kind: 'builtin', id: 'bowl' });
    expect([t.status, t.divergedAt, t.points]).toEqual(['diverged', 0, [[5, 0, null]]]);
    expect(run.fault).toBe('runaway');
    expect(t.reason).toBe('the cost is infinite at the start (f = +∞)');
    const cli = traceMain(['--formula', 'x^1000', '--start', '5,0']);
    expect([cli.code, cli.stderr]).toEqual([2, 'trace: the cost is infinite at the start (5, 0)\n']);
  });

  it('a stalled run says the rate decayed and claims no minimum; a memory optimizer\'s gradient rule names its next step', () => {
    const run = createRun(getSurface('himmelblau')!, 0, 0, createRunSettings({ lr: 0.01, schedule: { kind: 'step', stepSize: 10, gamma: 0.5 } }));
    advanceRun(run, 1e6);
    const t = traceOf(run, { kind: 'builtin', id: 'himmelblau' });
    expect([t.status, t.minimum, t.critical]).toEqual(['stalled', undefined, undefined]);
    // StepLR's closed form at t = 251: 0.01 · 0.5^25
    expect(t.reason).toBe(`stopped at iteration 251, not converged: the schedule decayed the learning rate to ${(0.01 * 0.5 ** 25).toExponential()} (from 0.01) `
      + 'before the run came to rest; its steps are below 1e-10, but at the base rate it would still move');
    const m = createRun(getSurface('bowl')!, 1, 1, createRunSettings({ lr: 0.5, optimizer: { kind: 'momentum', momentum: 0.9 } }));
    advanceRun(m, 1e6);
    expect(traceOf(m, { kind: 'builtin', id: 'bowl' }).reason).toMatch(/^gradient norm below 1e-6, and the optimizer's next step below \d(\.\d+)?e-\d+$/);
  });
});
