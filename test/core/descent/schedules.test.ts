import { describe, expect, it } from 'vitest';
import { defaultSchedule, learningRateAt, scheduleKinds } from '../../../src/core/descent/schedules';
import { defaultOptimizer, optimizerKinds } from '../../../src/core/descent/optimizers';
import { toRuleParams } from '../../../src/core/descent/ruleParams';

describe('learning-rate schedules', () => {
  it('constant keeps η', () => expect(learningRateAt(0.3, { kind: 'constant' }, 999)).toBe(0.3));
  it('step decay multiplies by the factor every k iterations', () => {
    const s = { kind: 'step', every: 10, factor: 0.5 } as const;
    expect([1, 10, 11, 20, 21].map((t) => learningRateAt(1, s, t))).toEqual([1, 1, 0.5, 0.5, 0.25]);
  });
  it('exponential decay is η·γ^(t−1)', () => {
    expect(learningRateAt(2, { kind: 'exponential', gamma: 0.9 }, 3)).toBeCloseTo(2 * 0.81, 14);
  });
  it('cosine goes from η to η_min over the period and stays there', () => {
    const s = { kind: 'cosine', period: 100, minFactor: 0.1 } as const;
    expect(learningRateAt(1, s, 1)).toBeCloseTo(1, 14);
    expect(learningRateAt(1, s, 51)).toBeCloseTo(0.55, 14);
    expect(learningRateAt(1, s, 101)).toBeCloseTo(0.1, 14);
    expect(learningRateAt(1, s, 500)).toBeCloseTo(0.1, 14);
  });
  it('every kind has defaults that round-trip', () => {
    for (const k of scheduleKinds) expect(defaultSchedule(k).kind).toBe(k);
  });
});

describe('optimizer settings', () => {
  it('every kind has PyTorch defaults and a distinct code', () => {
    const codes = optimizerKinds.map((k) => toRuleParams(defaultOptimizer(k)).code);
    expect(new Set(codes).size).toBe(optimizerKinds.length);
    expect(defaultOptimizer('adam')).toEqual({ kind: 'adam', beta1: 0.9, beta2: 0.999, eps: 1e-8 });
  });
});
