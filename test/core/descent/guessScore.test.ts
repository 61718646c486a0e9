import { describe, expect, it } from 'vitest';
import { nearestCritical, scoreGuess, totalScore } from '../../../src/core/descent/guessScore';
import { createRun, advanceRun } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { getSurface } from '../../../src/core/surfaces/registry';
import type { CriticalPoint } from '../../../src/core/types';

// Himmelblau's four minima and its maximum (REFERENCE.md), as hand-written points independent of the registry.
const M1: CriticalPoint = { kind: 'min', x: 3, y: 2, f: 0, label: 'M1' };
const M2: CriticalPoint = { kind: 'min', x: -2.805118086952745, y: 3.131312518250573, f: 0, label: 'M2' };
const MAX: CriticalPoint = { kind: 'max', x: -0.270845, y: -0.923039, f: 181.6165 };
const CRIT = [M1, M2, MAX];

describe('scoreGuess', () => {
  it('measures the distance to the end point: a 3-4-5 triangle, and (1.2, −0.4) from (0, 0) is √1.6', () => {
    expect(scoreGuess(3, 4, 0, 0, null, []).distance).toBe(5);
    expect(scoreGuess(1.2, -0.4, 0, 0, null, []).distance).toBeCloseTo(1.2649110640673518, 14);
    expect(scoreGuess(3.3, 2.4, 3, 2, M1, CRIT).distance).toBeCloseTo(0.5, 14);
  });

  it('is right when the critical point nearest the guess is the minimum the path reached', () => {
    const s = scoreGuess(3.3, 2.4, 3, 2, M1, CRIT);
    expect(s.named).toBe(M1);
    expect(s.right).toBe(true);
  });

  it('is wrong when the guess is nearer another minimum, or nearer a maximum, or the path reached none', () => {
    expect(scoreGuess(-2, 3, 3, 2, M1, CRIT).right).toBe(false);
    expect(scoreGuess(-2, 3, 3, 2, M1, CRIT).named).toBe(M2);
    expect(scoreGuess(0, -1, 3, 2, M1, CRIT).named).toBe(MAX);
    expect(scoreGuess(0, -1, 3, 2, M1, CRIT).right).toBe(false);
    expect(scoreGuess(3, 2, 3, 2, null, CRIT).right).toBe(false);
    expect(scoreGuess(3, 2, 3, 2, M1, []).named).toBeNull();
  });

  it('compares points by place, so a copy of the reached minimum counts as the same one', () => {
    expect(scoreGuess(3.1, 2, 3, 2, { ...M1 }, CRIT).right).toBe(true);
  });

  it('a non-finite end point gives NaN distance, left out of the total', () => {
    const bad = scoreGuess(0, 0, Number.NaN, 0, null, CRIT);
    expect(Number.isNaN(bad.distance)).toBe(true);
    const t = totalScore([scoreGuess(3, 4, 0, 0, null, []), bad, scoreGuess(3.3, 2.4, 3, 2, M1, CRIT)]);
    expect(t.distance).toBeCloseTo(5.5, 14);
    expect(t.counted).toBe(2);
    expect(t.right).toBe(1);
  });

  it('scores a real run: Himmelblau from (4, 4) at η = 0.01 ends at (3, 2), and a guess at (3.3, 2.4) is about 0.5 away and right', () => {
    const surface = getSurface('himmelblau')!;
    const run = createRun(surface, 4, 4, createRunSettings({ lr: 0.01 }));
    advanceRun(run, 5000);
    expect(run.status).toBe('converged');
    const s = scoreGuess(3.3, 2.4, run.x, run.y, run.minimum, surface.critical);
    expect(s.distance).toBeCloseTo(0.5, 3);
    expect(s.right).toBe(true);
    expect(s.named?.x).toBeCloseTo(3, 9);
  });
});

describe('nearestCritical', () => {
  it('picks the nearest by Euclidean distance, ties to the first listed', () => {
    expect(nearestCritical(CRIT, 2.9, 1.9)).toBe(M1);
    const A: CriticalPoint = { kind: 'min', x: -1, y: 0, f: 0 }, B: CriticalPoint = { kind: 'min', x: 1, y: 0, f: 0 };
    expect(nearestCritical([A, B], 0, 0)).toBe(A);
    expect(nearestCritical([], 0, 0)).toBeNull();
  });
});
