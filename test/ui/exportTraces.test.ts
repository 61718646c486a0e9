import { describe, expect, it } from 'vitest';
import { exportText, type ExportedPath } from '../../src/ui/exportTraces';

const path = (label: string, n: number): ExportedPath => ({
  path: label, surface: 'bowl', optimizer: 'gd', lr: 0.1, status: 'max-steps', reason: 'reached the iteration limit', steps: n,
  points: Array.from({ length: n + 1 }, (_, i) => [i, 2 * i + 1, i * i] as [number, number, number]),
  settings: { optimizer: { kind: 'gd' }, schedule: { kind: 'constant' }, ascent: false, sequential: false, maxSteps: n, batch: 0, seed: 1 },
});

describe('the Export JSON file', () => {
  it('is a JSON array that reads back to the same paths, one path per line', () => {
    const paths = [path('A', 3), path('B', 200)];
    const text = exportText(paths);
    expect(JSON.parse(text)).toEqual(paths);
    expect(text.trim().split('\n')).toHaveLength(paths.length + 2);
  });
  it('with no paths is an empty array', () => {
    expect(JSON.parse(exportText([]))).toEqual([]);
  });
});
