import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTraceArgs } from '../../src/cli/traceArgs';
import { OutputError, oneLine, runTrace, traceMain, type TraceOutput } from '../../src/cli/traceRun';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { traceOf } from '../../src/core/descent/traceFormat';
import { hyperparameters, scalarSettings } from '../../src/core/descent/settingsCatalog';
import { getSurface } from '../../src/core/surfaces/registry';

function ok(args: string): TraceOutput {
  const r = traceMain(args.split(' '));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as TraceOutput;
}

function bad(args: string[]): string {
  const r = traceMain(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  return r.stderr;
}

describe('trace command', () => {
  it("takes --optimizer newton: the bowl from (10, 10) at η = 1 lands on [0, 0, 0]; the saddle's fallback steps are counted", () => {
    const bowl = ok('--surface bowl --start 10,10 --optimizer newton --lr 1 --steps 1');
    expect(bowl.points).toEqual([[10, 10, 200], [0, 0, 0]]);
    expect(bowl.newtonFallbacks).toBe(0);
    // x² − y² has H = diag(2, −2) everywhere: every step is a gradient step; with --damping 5, H + 5I = diag(7, 3), none is.
    expect(ok('--surface saddle --start 1,1 --optimizer newton --lr 0.1 --steps 3').newtonFallbacks).toBe(3);
    expect(ok('--surface saddle --start 1,1 --optimizer newton --damping 5 --lr 0.1 --steps 3').newtonFallbacks).toBe(0);
    expect(ok('--surface bowl --start 10,10 --lr 0.1 --steps 1').newtonFallbacks).toBeUndefined();
  });

  it('prints the textbook example: one step from (10, 10) on the bowl lands on (8, 8)', () => {
    const out = ok('--surface bowl --start 10,10 --lr 0.1 --steps 1');
    expect(out).toMatchObject({ surface: 'bowl', optimizer: 'gd', lr: 0.1, status: 'max-steps', steps: 1 });
    expect(out.points).toEqual([[10, 10, 200], [8, 8, 128]]);
  });

  it('has one point per iteration after the start, and names the minimum reached', () => {
    const out = ok('--surface himmelblau --start -4,4 --lr 0.01');
    expect(out.status).toBe('converged');
    expect(out.points.length - 1).toBe(out.steps);
    expect(out.minimum).toMatchObject({ x: -2.805118086952745, y: 3.131312518250573, global: true });
    expect(out.reason).toMatch(/gradient/);
    expect(out.critical).toMatchObject({ kind: 'min', label: out.minimum?.label });
  });

  it('names the maximum that --ascent climbs to, with no minimum', () => {
    const out = ok('--surface himmelblau --start 0,0 --ascent');
    expect(out.status).toBe('converged');
    expect(out.minimum).toBeUndefined();
    expect(out.critical).toMatchObject({ kind: 'max', label: 'X1' });
    expect(out.critical!.f).toBeCloseTo(181.61652, 4);
  });

  it('--summary keeps only the final point, equal to the last point of a full trace', () => {
    const full = ok('--surface rosenbrock --start -1.2,1 --lr 0.001 --steps 3000 --optimizer momentum --momentum 0.8');
    const sum = ok('--surface rosenbrock --start -1.2,1 --lr 0.001 --steps 3000 --optimizer momentum --momentum 0.8 --summary');
    expect(sum.points).toEqual([full.points.at(-1)]);
    expect(sum.steps).toBe(full.steps);
  });

  it('reports divergence with the iteration and only finite numbers', () => {
    const out = ok('--surface bowl --start 1,1 --lr 1.5');
    expect(out.status).toBe('diverged');
    expect(out.divergedAt).toBe(out.steps + 1);
    expect(out.points).toHaveLength(out.steps + 1); // the refused point is not written
    expect(out.points.flat().every(Number.isFinite)).toBe(true);
  });

  it('streams a diverging run exactly as traceOf gives it (no repeated last point)', () => {
    const args = '--surface saddle --start 1,1e-8 --lr 0.1 --steps 5000';
    const req = parseTraceArgs(args.split(' '));
    if (req === 'help') throw new Error('help');
    const run = createRun(getSurface('saddle')!, 1, 1e-8, req.settings);
    advanceRun(run, 5000);
    expect(run.status).toBe('diverged');
    expect(ok(args)).toEqual(traceOf(run, req.spec));
  });

  it('says whether the cost or only the gradient is undefined at the start', () => {
    expect(bad(['--formula', 'sqrt(x^2+y^2)', '--start', '0,0'])).toContain('the gradient is not defined at the start');
    expect(bad(['--formula', 'log(x)', '--start', '-1,0'])).toContain('the cost is not defined at the start');
  });

  it('takes formulas, regression datasets, hyperparameters, schedules and teaching switches', () => {
    expect(ok('--formula x^2+y^2 --start 10,10 --lr 0.1 --steps 1').points[1]).toEqual([8, 8, 128]);
    const sgd = ok('--regression noisy-line --start 0,0 --lr 0.02 --batch 1 --seed 4 --steps 50');
    expect(sgd.surface).toBe('regression:noisy-line');
    expect(ok('--regression noisy-line --start 0,0 --lr 0.02 --batch 1 --seed 4 --steps 50')).toEqual(sgd);
    expect(ok('--regression noisy-line --start 0,0 --lr 0.02 --batch 1 --seed 5 --steps 50').points).not.toEqual(sgd.points);
    const adam = ok('--surface himmelblau --start 0,0 --optimizer adam --lr 0.1 --beta1 0.8 --beta2 0.99 --eps 1e-6 --steps 5');
    expect(adam.optimizer).toBe('adam');
    expect(ok('--surface bowl --start 1,0 --lr 0.1 --ascent --steps 1').points[1]![0]).toBeCloseTo(1.2, 12);
    // StepLR(step_size=1, γ=0.5): η_0 = 0.1, η_1 = 0.05; on the bowl x ← (1 − 2η_t) x.
    const sched = ok('--surface bowl --start 1,0 --lr 0.1 --schedule step:1,0.5 --steps 2');
    expect(sched.points[2]![0]).toBeCloseTo(0.8 * 0.9, 12);
    // CosineAnnealingLR(T_max=2, η_min=0.02): η_0 = 0.1, η_1 = 0.06, η_2 = 0.02, η_3 = 0.06 (past T_max it goes on).
    const cos = ok('--surface bowl --start 1,0 --lr 0.1 --schedule cosine:2,0.02 --steps 4');
    const xs = [1, 0.8, 0.8 * 0.88, 0.8 * 0.88 * 0.96, 0.8 * 0.88 * 0.96 * 0.88];
    expect(cos.points).toHaveLength(xs.length);
    cos.points.forEach((p, i) => expect(p[0], `x_${i}`).toBeCloseTo(xs[i]!, 12));
    expect(ok('--surface bowl --start 1,0 --lr 0.1 --schedule exponential:0.5 --steps 2').points[2]![0]).toBeCloseTo(0.8 * 0.9, 12);
    expect(ok('--surface booth --start 0,0 --lr 0.01 --sequential --steps 1').points[1]).not.toEqual(ok('--surface booth --start 0,0 --lr 0.01 --steps 1').points[1]);
  });

  it('accepts negative numbers as option values', () => {
    expect(ok('--surface bowl --start -1,-2 --lr 0.1 --steps 1').points[1]).toEqual([-0.8, -1.6, 0.8 * 0.8 + 1.6 * 1.6]);
  });

  it('takes the formula as README writes it, even when it begins with a minus sign', () => {
    const r = traceMain(['--formula', '-(x^2) - y^2', '--start', '1,1', '--ascent', '--lr', '0.1', '--steps', '1']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as TraceOutput;
    expect(out.formula).toBe('-(x^2) - y^2');
    // Ascent on −(x² + y²) is descent on the bowl: (1, 1) → (0.8, 0.8).
    expect(out.points[1]![0]).toBeCloseTo(0.8, 14);
    // Every option that takes a value takes the next word, whatever it begins with.
    expect(() => parseTraceArgs(['--surface', '--start', '1,1'])).toThrow(/Unexpected argument '1,1'/);
    expect(parseTraceArgs(['--formula=-x', '--start', '-1,-1'])).toMatchObject({ spec: { kind: 'formula', text: '-x' }, start: [-1, -1] });
  });

  it('streams exactly what traceOf gives for the whole run', () => {
    const req = parseTraceArgs('--surface rosenbrock --start -1.2,1 --lr 0.001 --steps 3000 --optimizer adam'.split(' '));
    if (req === 'help') throw new Error('help');
    const run = createRun(getSurface('rosenbrock')!, -1.2, 1, req.settings);
    advanceRun(run, 3000);
    expect(ok('--surface rosenbrock --start -1.2,1 --lr 0.001 --steps 3000 --optimizer adam')).toEqual(traceOf(run, req.spec));
  });

  it('defaults are the app\'s (iteration limit 2,000) and --help lists every catalog option with its range', () => {
    expect(ok('--surface rosenbrock --start -1.2,1 --lr 0.0001')).toMatchObject({ status: 'max-steps', steps: 2000 });
    const help = traceMain(['--help']).stdout;
    for (const s of [scalarSettings.lr, scalarSettings.maxSteps, scalarSettings.batch, scalarSettings.seed, ...Object.values(hyperparameters)]) {
      expect(help).toContain(`--${s.cli} <${s.symbol}>`);
      expect(help).toContain(s.label);
    }
    expect(help).toMatch(/step:<step_size>,<γ> \| exponential:<γ> \| cosine:<T_max>,<eta_min>/);
  });

  it('shows control characters of the input escaped, so the error stays one line', () => {
    const r = traceMain(['--formula', 'x\u0007\n+ z', '--start', '1,1']);
    expect(r.code).toBe(2);
    expect([...r.stderr.trimEnd()].filter((ch) => ch.charCodeAt(0) < 32)).toEqual([]);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(oneLine('a\u0007b\nc\u202ed')).toBe('a\\x07b\\x0ac\\u{202e}d');
  });

  it('random argv never ends in exit 1: a result (0) or one clear line (2) (fast-check)', () => {
    const options = ['--surface', '--formula', '--regression', '--start', '--optimizer', '--lr', '--steps', '--momentum', '--alpha', '--beta1',
      '--beta2', '--eps', '--schedule', '--batch', '--seed', '--ascent', '--sequential', '--summary', '--bogus', '-x', '--', '--lr=3'];
    const values = ['bowl', 'himmelblau', 'noisy-line', 'nope', '1,1', '-1,2', '1e308,1', '1,', ',', '0', '-3', '2.5', '1e999', 'NaN', '',
      '-(x^2) - y^2', 'x^', 'sqrt(x)', '0/0', 'x\u0007', 'adam', 'momentum', 'gd', 'adagrad', 'step:1,0.5', 'cosine:5', 'cosine:5,20',
      'exponential:2', 'step:0', 'constant:1', '0.9', '1e-12', '30', '100000'];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...options), fc.constantFrom(...values), fc.string({ maxLength: 8 })), { maxLength: 12 }), (argv) => {
      const r = traceMain(argv);
      expect([0, 2], `${JSON.stringify(argv)} → ${r.stderr}`).toContain(r.code);
      if (r.code === 2) {
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^trace: [^\n]+\n$/);
      } else if (!argv.includes('--help')) {
        expect((JSON.parse(r.stdout) as TraceOutput).points.flat().every(Number.isFinite)).toBe(true);
      }
    }), { numRuns: 400, seed: 20_261_129 });
  });

  it.each([
    [['--surface', 'nope', '--start', '1,1'], /unknown surface 'nope'/],
    [['--surface', 'bowl'], /--start <x>,<y> is required/],
    [['--surface', 'bowl', '--start', '1'], /expected <x>,<y>/],
    [['--surface', 'bowl', '--start', '1,x'], /'x' is not a number/],
    [['--surface', 'bowl', '--start', '1,1', '--steps', '-3'], /whole number/],
    [['--surface', 'bowl', '--start', '1,1', '--steps', '2.5'], /whole number/],
    [['--surface', 'bowl', '--start', '1,1', '--lr', '1e'], /not a number/],
    [['--surface', 'bowl', '--start', '1,1', '--lr', '0'], /--lr \(η\) must be a number from 0\.00001 to 10, got '0'/],
    [['--surface', 'bowl', '--start', '1,1', '--lr', '20'], /from 0\.00001 to 10/],
    [['--surface', 'bowl', '--start', '1,1', '--optimizer', 'sgd'], /unknown optimizer 'sgd'/],
    [['--surface', 'bowl', '--start', '1,1', '--momentum', '1.5', '--optimizer', 'momentum'], /--momentum \(μ\) must be a number from 0 to 0\.999/],
    [['--surface', 'bowl', '--start', '1,1', '--beta1', '0.5'], /--beta1 does not apply to --optimizer gd \(only to adam\)/],
    [['--surface', 'bowl', '--start', '1,1', '--schedule', 'step:0,0.5'], /--schedule \(step_size\) must be a whole number from 1/],
    [['--surface', 'bowl', '--start', '1,1', '--schedule', 'exponential:0.9,2'], /exponential takes one parameter/],
    [['--surface', 'bowl', '--start', '1,1', '--steps', '1e10'], /--steps \(n\) must be a whole number from 1 to 1,000,000,000/],
    [['--formula', 'x^2 + z', '--start', '1,1'], /unknown name 'z'/],
    [['--formula', 'sqrt(x)', '--start', '-1,1'], /not defined at the start/],
    [['--surface', 'bowl', '--formula', 'x', '--start', '1,1'], /exactly one/],
    [['--surface', 'bowl', '--start', '1,1', '--schedule', 'warp'], /unknown schedule/],
    [['--surface', 'bowl', '--start', '1,1', '--batch', '2'], /only applies to --regression/],
    [['--surface', 'bowl', '--start', '1,1', '--bogus'], /Unknown option/],
  ])('rejects %j with one clear line and exit code 2', (args, message) => {
    expect(bad(args)).toMatch(message);
  });

  it('a failed write is one line and exit 2, a reader that has gone ends it quietly with 0, a fault is one line and 3', () => {
    const args = ['--surface', 'bowl', '--start', '1,1', '--steps', '3'];
    const failing = (code: string) => () => { throw new OutputError(code); };
    expect(runTrace(args, failing('ENOSPC'))).toEqual({ code: 2, stderr: 'trace: cannot write output: ENOSPC\n' });
    // The last piece is written when the caller flushes: a failure there counts the same.
    expect(runTrace(args, () => {}, failing('EIO'))).toEqual({ code: 2, stderr: 'trace: cannot write output: EIO\n' });
    expect(runTrace(args, failing('EPIPE'))).toEqual({ code: 0, stderr: '' });
    expect(runTrace(['--help'], failing('ENOSPC')).code).toBe(2);
    const fault = runTrace(args, () => { throw new TypeError('boom\n    at somewhere (file.ts:1:1)'); });
    expect(fault).toEqual({ code: 3, stderr: 'trace: internal error: boom\\x0a    at somewhere (file.ts:1:1)\n' });
    expect(runTrace(args, () => { throw 'not an Error'; })).toEqual({ code: 3, stderr: 'trace: internal error: not an Error\n' });
  });

  it('as a command: stdout on a full disk gives one line and exit 2, for short and streamed output; | head ends it with 0 and no message', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const steps of ['3', '100000']) {
        const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/trace.ts', '--surface', 'bowl', '--start', '1,1', '--lr', '0.00001', '--steps', steps],
          { encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
        expect(r.stderr, `--steps ${steps}`).toBe('trace: cannot write output: ENOSPC\n');
        expect(r.status, `--steps ${steps}`).toBe(2);
      }
    } finally { closeSync(full); }
    const piped = spawnSync('bash', ['-c', 'node --import tsx src/cli/trace.ts --surface bowl --start 1,1 --lr 0.00001 --steps 1000000 | head -c 20; echo " ${PIPESTATUS[0]}"'], { encoding: 'utf8' });
    expect(piped.stdout).toBe('{"surface":"bowl","o 0\n');
    expect(piped.stderr).toBe('');
  }, 60_000);

  it('runs as a command: JSON on stdout and exit 0; exit 2 with nothing on stdout for bad input', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/trace.ts', ...args], { encoding: 'utf8' });
    const good = run(['--surface', 'bowl', '--start', '10,10', '--lr', '0.1', '--steps', '1']);
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).points[1]).toEqual([8, 8, 128]);
    const badRun = run(['--surface', 'bowl']);
    expect(badRun.status).toBe(2);
    expect(badRun.stdout).toBe('');
    expect(badRun.stderr).toMatch(/--start/);
  }, 30_000);
});
