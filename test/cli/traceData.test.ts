import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceMain, type TraceOutput } from '../../src/cli/traceRun';
import { getDataset } from '../../src/core/surfaces/datasets';

const dir = mkdtempSync(join(tmpdir(), 'downhill-trace-'));
const file = (name: string, text: string): string => { const p = join(dir, name); writeFileSync(p, text); return p; };

function ok(args: string[]): TraceOutput {
  const r = traceMain(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as TraceOutput;
}

/** Least squares by the normal equations, written out here. */
function leastSquares(xs: readonly number[], ys: readonly number[]): [number, number] {
  const m = xs.length, mx = xs.reduce((a, v) => a + v, 0) / m, my = ys.reduce((a, v) => a + v, 0) / m;
  let sxy = 0, sxx = 0;
  xs.forEach((x, i) => { sxy += (x - mx) * (ys[i]! - my); sxx += (x - mx) ** 2; });
  return [sxy / sxx, my - (sxy / sxx) * mx];
}

describe('trace --data, --loss, --model, --standardize, --noise', () => {
  it('fits a CSV file and names the dataset, loss, model and the least-squares answer', () => {
    const csv = file('rent.csv', 'size,rent\r\n1,2.1\r\n2,3.9\r\n3,6.2\r\n4,7.8\r\n');
    const out = ok(['--data', csv, '--start', '0,0', '--lr', '0.05']);
    const [w, b] = leastSquares([1, 2, 3, 4], [2.1, 3.9, 6.2, 7.8]);
    expect(out.regression).toMatchObject({ dataset: 'rent.csv', points: 4, model: 'linear', loss: 'mean squared error', standardize: false });
    expect(out.regression!.answer!.name).toBe('the least-squares line');
    expect(out.regression!.answer!.w).toBeCloseTo(w, 12);
    expect(out.regression!.answer!.b).toBeCloseTo(b, 12);
    expect(out.status).toBe('converged');
    expect(out.points.at(-1)![0]).toBeCloseTo(w, 4);
  });

  it('--loss mae on "One outlier" answers with a slope near the inliers\'; --standardize gives the same line in data units', () => {
    const d = getDataset('outlier');
    const [inW] = leastSquares(d.xs.slice(0, -1), d.ys.slice(0, -1));
    const mae = ok(['--regression', 'outlier', '--loss', 'mae', '--start', '0,0', '--summary']);
    expect(mae.regression).toMatchObject({ loss: 'mean absolute error', answer: { name: 'the least-absolute-deviations line' } });
    expect(Math.abs(mae.regression!.answer!.slope - inW)).toBeLessThan(0.1);
    const [w, b] = leastSquares(d.xs, d.ys);
    const std = ok(['--regression', 'outlier', '--standardize', '--start', '0,0', '--summary']);
    expect(std.regression!.standardize).toBe(true);
    expect(std.regression!.answer!.slope).toBeCloseTo(w, 10);
    expect(std.regression!.answer!.intercept).toBeCloseTo(b, 10);
    expect(ok(['--regression', 'outlier', '--loss', 'huber:0.5', '--start', '0,0', '--summary']).regression!.loss).toBe('Huber (δ = 0.5)');
  });

  it('--model logistic: the hours-studied fit; separable data has no answer and says descent walks off', () => {
    const hours = ok(['--regression', 'hours-studied', '--start', '0,0', '--lr', '0.5', '--summary']);
    expect(hours.regression).toMatchObject({ model: 'logistic', loss: 'cross-entropy' });
    expect(hours.regression!.answer!.w).toBeCloseTo(1.5046, 3);
    const sep = ok(['--regression', 'separable', '--start', '0,0', '--steps', '200', '--summary']);
    expect(sep.regression!.answer).toBeNull();
    expect(sep.regression!.noMinimum).toMatch(/walks off/);
    const csv = file('pass.csv', '1,0\n2,0\n3,1\n2.5,1\n1.5,1\n4,1\n');
    expect(ok(['--data', csv, '--model', 'logistic', '--start', '0,0', '--summary']).regression!.model).toBe('logistic');
  });

  it('--noise replays by --seed and changes with it', () => {
    const run = (seed: string) => traceMain(['--surface', 'himmelblau', '--start', '1,1', '--noise', '2', '--seed', seed, '--steps', '50']).stdout;
    expect(run('3')).toBe(run('3'));
    expect(run('3')).not.toBe(run('4'));
    expect(JSON.parse(run('3')).points).toHaveLength(51);
  });
});

describe('trace: bad data and options, as a command', () => {
  const cmd = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/trace.ts', ...args], { encoding: 'utf8' });

  it('exits 2 with one line naming the file\'s line and the problem, and nothing on stdout', () => {
    const csv = file('broken.csv', 'x,y\n1,2\n2,3\n3,abc\n4,5,6\n');
    const r = cmd(['--data', csv, '--start', '0,0']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`trace: --data ${csv}: line 4: 'abc' is not a number (and 1 more problem)\n`);
    const missing = cmd(['--data', join(dir, 'nope.csv'), '--start', '0,0']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`trace: --data ${join(dir, 'nope.csv')}: cannot read the file (ENOENT)\n`);
    const good = cmd(['--data', file('fine.csv', '1,2\n2,4\n3,6.5\n'), '--start', '0,0', '--summary']);
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).regression.dataset).toBe('fine.csv');
  }, 60_000);

  it('refuses 0/1-less data for logistic, unknown losses and fit options without data, each on one line', () => {
    const lines = (args: string[]) => { const r = traceMain(args); expect(r.code).toBe(2); expect(r.stdout).toBe(''); expect(r.stderr.trim().split('\n')).toHaveLength(1); return r.stderr; };
    expect(lines(['--regression', 'noisy-line', '--model', 'logistic', '--start', '0,0'])).toMatch(/needs every y to be 0 or 1, but point 1 has y = 1.12/);
    expect(lines(['--regression', 'outlier', '--loss', 'l1', '--start', '0,0'])).toMatch(/unknown loss 'l1': use mse, mae or huber:<δ>/);
    expect(lines(['--regression', 'outlier', '--loss', 'huber:0', '--start', '0,0'])).toMatch(/δ must be from/);
    expect(lines(['--surface', 'bowl', '--standardize', '--start', '0,0'])).toMatch(/only apply to --regression or --data/);
    expect(lines(['--regression', 'outlier', '--model', 'cubic', '--start', '0,0'])).toMatch(/unknown model 'cubic'/);
    expect(lines(['--data', file('one.csv', '1,2\n'), '--start', '0,0'])).toMatch(/at least 2 points/);
  });
});
