import { describe, expect, it } from 'vitest';
import { startCaption } from '../../src/state/startCaption';

describe('startCaption', () => {
  it('is the letter alone for a path on the shared settings, and names a path\'s own optimizer and η', () => {
    expect(startCaption({ id: 1, x: 0, y: 0 }, 0)).toBe('A');
    expect(startCaption({ id: 2, x: 0, y: 0, override: { lr: 0.0025 } }, 4)).toBe('E η 0.0025');
    expect(startCaption({ id: 3, x: 0, y: 0, override: { lr: 0.1, optimizer: { kind: 'adam', beta1: 0.9, beta2: 0.999, eps: 1e-8 } } }, 6)).toBe('G Adam η 0.1');
    expect(startCaption({ id: 4, x: 0, y: 0, override: { optimizer: { kind: 'newton', damping: 0 } } }, 27)).toBe('AB Newton');
  });
});
