import { describe, expect, it } from 'vitest';
import type { CriticalPoint } from '../../src/core/types';
import type { Outcome } from '../../src/state/store';
import { announcement, pathSentence, type FinishedPath } from '../../src/ui/pathAnnouncement';

const M = (label: string): CriticalPoint => ({ kind: 'min', x: 0, y: 0, f: 0, label });
const S1: CriticalPoint = { kind: 'saddle', x: 0, y: 0, f: 0, label: 'S1' };
const path = (label: string, status: Outcome['status'], iterations: number, at: CriticalPoint | null, text = ''): FinishedPath =>
  ({ label, outcome: { status, text }, iterations, at });

describe('what the live region says when paths finish', () => {
  it('names each of up to three paths in a sentence of its own, in the words of the issue and the table', () => {
    expect(pathSentence(path('B', 'converged', 17, M('M2')))).toBe('Path B converged at minimum M2 after 17 iterations.');
    expect(pathSentence(path('A', 'converged', 1, S1))).toBe('Path A converged at saddle point S1 after 1 iteration.');
    expect(pathSentence(path('C', 'converged', 12_000, null))).toBe('Path C converged after 12,000 iterations, not at a known critical point.');
    expect(pathSentence(path('D', 'diverged', 11, null, 'diverged at iteration 12 (last finite point: iteration 11)')))
      .toBe('Path D diverged at iteration 12 (last finite point: iteration 11).');
    expect(pathSentence(path('E', 'diverged', 0, null, 'the cost is not defined here'))).toBe('Path E: the cost is not defined here.');
    expect(pathSentence(path('F', 'max-steps', 10_000, M('M1')))).toBe('Path F stopped at the limit after 10,000 iterations, near minimum M1.');
    expect(pathSentence(path('G', 'stalled', 300, null))).toBe('Path G stalled after 300 iterations: the learning rate decayed to about 0.');
    expect(announcement([path('B', 'converged', 17, M('M2')), path('C', 'max-steps', 5, null)]))
      .toBe('Path B converged at minimum M2 after 17 iterations. Path C stopped at the limit after 5 iterations.');
    expect(announcement([])).toBe('');
  });

  it('counts more than three by where they ended, most first, the counts adding up to the number finished', () => {
    const swarm = [
      ...Array.from({ length: 9 }, (_, i) => path(`P${i}`, 'converged', 40, M('M1'))),
      ...Array.from({ length: 3 }, (_, i) => path(`Q${i}`, 'converged', 40, M('M2'))),
    ];
    expect(announcement(swarm)).toBe('12 paths finished: 9 at M1, 3 at M2.');
    const mixed = [path('A', 'diverged', 3, null, 'x'), path('B', 'converged', 9, M('M3')), path('C', 'diverged', 2, null, 'x'),
      path('D', 'max-steps', 9, null), path('E', 'stalled', 9, null)];
    expect(announcement(mixed)).toBe('5 paths finished: 2 diverged, 1 at M3, 1 stopped at the limit, 1 stalled.');
  });

  it('sums places beyond the fourth as "elsewhere", and never reads a sentence it does not say', () => {
    const labels = ['M1', 'M1', 'M2', 'M2', 'M3', 'M4', 'M5', 'M6'];
    const many = labels.map((l, i) => ({
      label: String(i), iterations: 5, at: M(l),
      outcome: { status: 'converged' as const, get text(): string { throw new Error('the text of a counted path was read'); } },
    }));
    expect(announcement(many)).toBe('8 paths finished: 2 at M1, 2 at M2, 1 at M3, 1 at M4, 2 elsewhere.');
  });
});
