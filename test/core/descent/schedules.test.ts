import { describe, expect, it } from 'vitest';
import { learningRateAt, scheduleKinds, type Schedule } from '../../../src/core/descent/schedules';
import { defaultSchedule } from '../../../src/core/descent/settingsCatalog';
import { defaultOptimizer, optimizerKinds } from '../../../src/core/descent/optimizers';
import { toRuleParams } from '../../../src/core/descent/ruleParams';
import { advanceRun, createRun, TRAJ_STRIDE } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { getSurface } from '../../../src/core/surfaces/registry';

// torch.optim.lr_scheduler's closed forms (REFERENCE.md), written out here independently of the code:
// η_t is the rate after t calls to scheduler.step(), used by the update at iteration t = 0, 1, 2, …
const stepLR = (eta: number, stepSize: number, gamma: number, t: number) => eta * gamma ** Math.floor(t / stepSize);
const exponentialLR = (eta: number, gamma: number, t: number) => eta * gamma ** t;
const cosineLR = (eta: number, tMax: number, etaMin: number, t: number) => etaMin + ((eta - etaMin) * (1 + Math.cos((Math.PI * t) / tMax))) / 2;

const ts = Array.from({ length: 400 }, (_, t) => t);

describe('learning-rate schedules, as torch.optim.lr_scheduler', () => {
  it('constant keeps η at every iteration', () => {
    for (const t of [0, 1, 999]) expect(learningRateAt(0.3, { kind: 'constant' }, t)).toBe(0.3);
  });

  it('StepLR(step_size, γ): η·γ^⌊t/step_size⌋, the first decay at t = step_size', () => {
    const s: Schedule = { kind: 'step', stepSize: 10, gamma: 0.5 };
    expect([0, 9, 10, 19, 20].map((t) => learningRateAt(1, s, t))).toEqual([1, 1, 0.5, 0.5, 0.25]);
    for (const t of ts) expect(learningRateAt(0.2, { kind: 'step', stepSize: 7, gamma: 0.3 }, t)).toBeCloseTo(stepLR(0.2, 7, 0.3, t), 15);
  });

  it('ExponentialLR(γ): η·γ^t, so η itself at t = 0', () => {
    expect(learningRateAt(2, { kind: 'exponential', gamma: 0.9 }, 0)).toBe(2);
    expect(learningRateAt(2, { kind: 'exponential', gamma: 0.9 }, 2)).toBeCloseTo(2 * 0.81, 14);
    for (const t of ts) expect(learningRateAt(0.5, { kind: 'exponential', gamma: 0.97 }, t)).toBeCloseTo(exponentialLR(0.5, 0.97, t), 15);
  });

  it('CosineAnnealingLR(T_max, η_min): η at 0, the mean at T_max/2, η_min at T_max, with an absolute η_min', () => {
    const s: Schedule = { kind: 'cosine', tMax: 100, etaMin: 0.1 };
    expect(learningRateAt(1, s, 0)).toBeCloseTo(1, 15);
    expect(learningRateAt(1, s, 50)).toBeCloseTo(0.55, 15);
    expect(learningRateAt(1, s, 100)).toBeCloseTo(0.1, 15);
    // Absolute: with η = 0.5 the floor is still 0.1 (a relative floor would give 0.05).
    expect(learningRateAt(0.5, s, 100)).toBeCloseTo(0.1, 15);
    for (const t of ts) expect(learningRateAt(0.3, { kind: 'cosine', tMax: 60, etaMin: 0.01 }, t)).toBeCloseTo(cosineLR(0.3, 60, 0.01, t), 15);
  });

  it('past T_max the cosine goes on (PyTorch\'s closed form): back up to η at 2·T_max', () => {
    const s: Schedule = { kind: 'cosine', tMax: 100, etaMin: 0 };
    expect(learningRateAt(1, s, 150)).toBeCloseTo(0.5, 15);
    expect(learningRateAt(1, s, 200)).toBeCloseTo(1, 15);
    expect(learningRateAt(1, s, 101)).toBeGreaterThan(learningRateAt(1, s, 100));
  });

  it('the run uses η_t at iteration t: on the bowl x_{t+1} = (1 − 2η_t) x_t', () => {
    const bowl = getSurface('bowl')!;
    for (const schedule of [{ kind: 'step', stepSize: 3, gamma: 0.5 }, { kind: 'exponential', gamma: 0.9 }, { kind: 'cosine', tMax: 5, etaMin: 0.01 }] as const) {
      const run = createRun(bowl, 1, 0, createRunSettings({ lr: 0.1, schedule, maxSteps: 12, tolerances: { grad: 0, step: 0, cost: 0 } }));
      advanceRun(run, 12);
      let x = 1;
      for (let t = 0; t < 12; t++) {
        const eta = schedule.kind === 'step' ? stepLR(0.1, 3, 0.5, t) : schedule.kind === 'exponential' ? exponentialLR(0.1, 0.9, t) : cosineLR(0.1, 5, 0.01, t);
        x *= 1 - 2 * eta;
        expect(run.traj![(t + 1) * TRAJ_STRIDE], `${schedule.kind} t=${t}`).toBeCloseTo(x, 14);
      }
    }
  });

  it('every kind has defaults of its own kind', () => {
    for (const k of scheduleKinds) expect(defaultSchedule(k).kind).toBe(k);
    expect(defaultSchedule('cosine')).toEqual({ kind: 'cosine', tMax: 1000, etaMin: 0 });
  });

  it('defaults PyTorch sets are PyTorch\'s: StepLR gamma=0.1, CosineAnnealingLR eta_min=0', () => {
    // torch.optim.lr_scheduler.StepLR(optimizer, step_size, gamma=0.1); CosineAnnealingLR(optimizer, T_max, eta_min=0)
    expect((defaultSchedule('step') as { gamma: number }).gamma).toBe(0.1);
    expect((defaultSchedule('cosine') as { etaMin: number }).etaMin).toBe(0);
  });
});

describe('optimizer settings', () => {
  it('every kind has PyTorch defaults and a distinct code', () => {
    const codes = optimizerKinds.map((k) => toRuleParams(defaultOptimizer(k)).code);
    expect(new Set(codes).size).toBe(optimizerKinds.length);
    expect(defaultOptimizer('adam')).toEqual({ kind: 'adam', beta1: 0.9, beta2: 0.999, eps: 1e-8 });
  });
});
