// The CSV export: a header, one row per iterate (Σ count over the paths), values that read back as the
// trajectories' doubles, and η_{t−1} per row (schedules included) checked against PyTorch's closed forms.
import { describe, expect, it } from 'vitest';
import { advanceRun, createRun } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { getSurface } from '../../../src/core/surfaces/registry';
import { CSV_HEADER, csvBlob, csvRowCount, csvSlice, type CsvPath } from '../../../src/ui/export/csvRows';

const himmelblau = getSurface('himmelblau')!;

function pathOf(label: string, x: number, y: number, lr: number, schedule: CsvPath['schedule'] = { kind: 'constant' }): CsvPath {
  const run = createRun(himmelblau, x, y, createRunSettings({ lr, schedule }));
  advanceRun(run, 10_000);
  return { label, traj: run.traj, count: run.count, lr, schedule };
}

const read = async (paths: CsvPath[], slices = { n: 0 }) => (await csvBlob(paths, () => {}, async () => { slices.n++; }, () => 0, 0)).text();

describe('Export CSV', () => {
  const paths = [pathOf('A', 4, 4, 0.01), pathOf('B', -4, 4, 0.01, { kind: 'step', stepSize: 10, gamma: 0.5 }), pathOf('C', 1, -1, 0.02, { kind: 'cosine', tMax: 50, etaMin: 0.001 })];

  it('has the header and Σ count rows, each path in order with iterations 0…count−1', async () => {
    const lines = (await read(paths)).trimEnd().split('\n');
    expect(`${lines[0]}\n`).toBe(CSV_HEADER);
    const total = paths.reduce((n, p) => n + p.count, 0);
    expect(csvRowCount(paths)).toBe(total);
    expect(lines).toHaveLength(total + 1);
    let row = 1;
    for (const p of paths) {
      for (let i = 0; i < p.count; i++, row++) {
        const cells = lines[row]!.split(',');
        expect(cells[0]).toBe(p.label);
        expect(Number(cells[1])).toBe(i);
        // Full precision: every value reads back as the very double of the trajectory.
        for (let c = 0; c < 4; c++) expect(Number(cells[2 + c])).toBe(p.traj![4 * i + c]);
      }
    }
  });

  it('gives the rate of the step that reached each point: none at the start, then η·γ^⌊(t−1)/s⌋ and the cosine', async () => {
    const lines = (await read(paths)).trimEnd().split('\n').slice(1).map((l) => l.split(','));
    const b = lines.filter((c) => c[0] === 'B'), c = lines.filter((r) => r[0] === 'C');
    expect(b[0]![6]).toBe('');
    for (const t of [1, 10, 11, 25]) expect(Number(b[t]![6])).toBeCloseTo(0.01 * 0.5 ** Math.floor((t - 1) / 10), 15);
    for (const t of [1, 26, 40]) expect(Number(c[t]![6])).toBeCloseTo(0.001 + 0.5 * (0.02 - 0.001) * (1 + Math.cos((Math.PI * (t - 1)) / 50)), 15);
  });

  it('stops each path at the count it was given (the timeline rewound), and skips a path without points', async () => {
    const cut = [{ ...paths[0]!, count: 3 }, { ...paths[1]!, traj: null }];
    expect((await read(cut)).trimEnd().split('\n')).toHaveLength(4);
  });

  it('slices a large scene and yields to the page between slices, with nothing lost', async () => {
    const big = Array.from({ length: 200 }, (_, i) => ({ ...paths[i % 3]!, label: `P${i}` }));
    const slices = { n: 0 };
    const text = await read(big, slices);
    expect(slices.n).toBeGreaterThan(1);
    expect(text.trimEnd().split('\n')).toHaveLength(csvRowCount(big) + 1);
    const cursor = { path: 0, point: 0 };
    expect(csvSlice(big, cursor, 7).rows).toBe(7);
    expect(cursor).toEqual({ path: 0, point: 7 });
  });
});
