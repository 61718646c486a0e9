// The PNG's legend names each path with what a worksheet needs to reproduce it, and counts the rest.
import { describe, expect, it } from 'vitest';
import { LEGEND_ROWS, legendLines, type LegendRow } from '../../../src/ui/export/pngImage';

const row = (i: number): LegendRow => ({ label: String.fromCharCode(65 + (i % 26)), color: '#fff', x0: 4, y0: -4, lr: 0.01, optimizer: 'adam', outcome: 'converged at M1 (global)' });

describe('the PNG legend', () => {
  it('gives letter, start, η, optimizer and outcome', () => {
    expect(legendLines([row(0)])).toEqual(['A  start (4, -4)  η = 0.01  Adam  converged at M1 (global)']);
  });
  it(`lists ${LEGEND_ROWS} paths and counts the others`, () => {
    const lines = legendLines(Array.from({ length: 40 }, (_, i) => row(i)));
    expect(lines).toHaveLength(LEGEND_ROWS + 1);
    expect(lines.at(-1)).toBe(`…and ${40 - LEGEND_ROWS} more paths`);
  });
});
