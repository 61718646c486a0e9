import { describe, expect, it } from 'vitest';
import { scalarSettings } from '../../src/core/descent/settingsCatalog';
import { getSurface } from '../../src/core/surfaces/registry';
import { advanceRun, createRun } from '../../src/core/descent/run';
import { createRunSettings } from '../../src/core/descent/settings';
import { rateTicks, thumbFraction, ticksName } from '../../src/ui/rateTicks';
import { SLIDER_STEPS, valueAt } from '../../src/ui/logScale';

const LR = scalarSettings.lr;

/** The slider position whose value is nearest v on a log scale, by trying every position (valueAt only). */
function nearestPosition(v: number): number {
  let best = 0, gap = Infinity;
  for (let p = 0; p <= SLIDER_STEPS; p++) {
    const d = Math.abs(Math.log(valueAt(LR, p)) - Math.log(v));
    if (d < gap) { gap = d; best = p; }
  }
  return best;
}

describe('thumbFraction: a tick stands where the thumb would be for that η', () => {
  it.each([1e-5, 3.3e-5, 0.001, 0.0149, 0.024306, 0.5, 1, 7.5, 10])('η = %s: within one slider position of the position whose valueAt is nearest', (v) => {
    const f = thumbFraction(LR, v);
    expect(f).not.toBeNull();
    expect(Math.abs((f as number) * SLIDER_STEPS - nearestPosition(v))).toBeLessThanOrEqual(1);
  });

  it('the ends of the range are the ends of the travel; values off the slider have no tick', () => {
    expect(thumbFraction(LR, LR.min)).toBe(0);
    expect(thumbFraction(LR, LR.max)).toBe(1);
    expect(thumbFraction(LR, LR.max * 1.01)).toBeNull();
    expect(thumbFraction(LR, LR.min / 2)).toBeNull();
    expect(thumbFraction(LR, NaN)).toBeNull();
  });
});

describe('rateTicks', () => {
  it('Himmelblau: one tick per minimum, labelled like the hint (M3: 0.0149), in slider order', () => {
    const ticks = rateTicks(getSurface('himmelblau')!, LR, false);
    expect(ticks.map((t) => t.text)).toEqual(['M3: 0.0149', 'M4: 0.0189', 'M1: 0.0243', 'M2: 0.0248']);
    // REFERENCE.md's critical rates at the four minima.
    expect(ticks.map((t) => t.rate)).toEqual([0.014949, 0.018972, 0.024306, 0.024829].map((r) => expect.closeTo(r, 5)));
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.fraction).toBeGreaterThan(ticks[i - 1]!.fraction);
  });

  it('the bowl: 2/λ_max = 1, at the thumb position of η = 1', () => {
    const [t, ...rest] = rateTicks(getSurface('bowl')!, LR, false);
    expect(rest).toEqual([]);
    expect(t!.text).toBe('M1: 1');
    expect(Math.abs(t!.fraction * SLIDER_STEPS - nearestPosition(1))).toBeLessThanOrEqual(1);
  });

  it('Rastrigin: minima with the same shown rate share a tick, and every minimum with a rate is on one', () => {
    const surface = getSurface('rastrigin')!;
    const ticks = rateTicks(surface, LR, false);
    const minima = surface.critical.filter((c) => c.kind === 'min').length;
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThan(minima);
    const covered = ticks.reduce((n, t) => {
      const names = t.text.split(': ')[0]!;
      const more = /\+(\d+)$/.exec(names);
      return n + names.replace(/ \+\d+$/, '').split(', ').length + (more ? Number(more[1]) : 0);
    }, 0);
    expect(covered).toBe(minima);
  });

  it('no ticks for ascent, or where no minimum has a rate (Ackley\'s cone)', () => {
    expect(rateTicks(getSurface('himmelblau')!, LR, true)).toEqual([]);
    expect(rateTicks(getSurface('ackley')!, LR, false)).toEqual([]);
  });
});

describe('rateTicks follow the optimizer (only where the edge is true)', () => {
  const bowl = getSurface('bowl')!;
  const himmelblau = getSurface('himmelblau')!;
  const momentum = { kind: 'momentum', momentum: 0.5 } as const;
  const nesterov = { kind: 'nesterov', momentum: 0.5 } as const;

  it('no ticks for Adam, RMSProp, AdaGrad or Newton, which have no 2/λ edge', () => {
    for (const o of [
      { kind: 'adam', beta1: 0.9, beta2: 0.999, eps: 1e-8 },
      { kind: 'rmsprop', alpha: 0.99, eps: 1e-8 },
      { kind: 'adagrad', eps: 1e-8 },
      { kind: 'newton', damping: 0 },
    ] as const) {
      expect(rateTicks(himmelblau, LR, false, o)).toEqual([]);
      expect(ticksName(o)).toBe('Critical learning rates 2/λ_max');
    }
    expect(rateTicks(himmelblau, LR, false, { kind: 'gd' })).toHaveLength(4);
  });

  it('the bowl (λ = 2): plain descent at 1, momentum μ = 0.5 at 2(1+μ)/λ = 1.5, Nesterov μ = 0.5 at 2(1+μ)/((1+2μ)λ) = 0.75', () => {
    expect(rateTicks(bowl, LR, false, { kind: 'gd' }).map((t) => [t.text, t.rate])).toEqual([['M1: 1', 1]]);
    expect(rateTicks(bowl, LR, false, momentum).map((t) => [t.text, t.rate])).toEqual([['M1: 1.5', 1.5]]);
    expect(rateTicks(bowl, LR, false, nesterov).map((t) => [t.text, t.rate])).toEqual([['M1: 0.75', 0.75]]);
    expect(ticksName(momentum)).toBe('Critical learning rates 2(1+μ)/λ_max');
    expect(ticksName(nesterov)).toBe('Critical learning rates 2(1+μ)/((1+2μ)λ_max)');
  });

  it('each tick is the real edge: a run on the bowl 3% below it converges, 3% above it diverges', () => {
    for (const o of [{ kind: 'gd' } as const, momentum, nesterov, { kind: 'momentum', momentum: 0.9 } as const]) {
      const [tick] = rateTicks(bowl, LR, false, o);
      expect(tick).toBeDefined();
      const end = (lr: number) => {
        const run = createRun(bowl, 1, 1, createRunSettings({ lr, optimizer: o, maxSteps: 5000 }));
        advanceRun(run, 5000);
        return run.status;
      };
      expect(end(tick!.rate * 0.97)).toBe('converged');
      expect(end(tick!.rate * 1.03)).toBe('diverged');
    }
  });
});
