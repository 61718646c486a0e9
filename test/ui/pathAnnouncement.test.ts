import { describe, expect, it } from 'vitest';
import { announcement } from '../../src/ui/pathAnnouncement';

describe('what the paths table announces to screen readers', () => {
  it('up to three outcomes by name, each a sentence after the path letter', () => {
    expect(announcement([
      ['B', { status: 'diverged', text: 'the cost is not defined here' }],
      ['C', { status: 'converged', text: 'converged at iteration 17, at minimum M3 (global)' }],
    ])).toBe('Path B: the cost is not defined here. Path C: converged at iteration 17, at minimum M3 (global).');
  });
  it('more than three as counts by status that add up to the number finished', () => {
    const o = (status: 'converged' | 'diverged' | 'max-steps') => ({ status, text: status });
    expect(announcement([['A', o('converged')], ['B', o('converged')], ['C', o('diverged')], ['D', o('max-steps')]]))
      .toBe('4 paths finished: 2 converged, 1 diverged, 1 stopped at the limit.');
  });
});
