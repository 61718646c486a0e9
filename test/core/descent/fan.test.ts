import { describe, expect, it } from 'vitest';
import { FAN_FACTOR, FAN_SIZE, fanRates, rateText, roundRate } from '../../../src/core/descent/fan';
import { scalarSettings } from '../../../src/core/descent/settingsCatalog';

describe('fanRates', () => {
  it('spaces five rates by factors of 2 around 0.01, the original in the middle', () => {
    const f = fanRates(0.01);
    expect(f.rates).toEqual([0.0025, 0.005, 0.01, 0.02, 0.04]);
    expect(f.clamped).toEqual([]);
    expect(FAN_SIZE).toBe(5);
    expect(FAN_FACTOR).toBe(2);
  });

  it('is evenly spaced on a log scale (equal ratios, up to rounding) and centred on the original', () => {
    for (const lr of [0.0137, 0.3, 0.001, 1.7e-4]) {
      const { rates } = fanRates(lr);
      expect(rates).toHaveLength(5);
      expect(rates[2]).toBe(lr);
      for (let i = 1; i < rates.length; i++) {
        // Rounded to two significant digits: each ratio is 2 within 5 %.
        expect(rates[i]! / rates[i - 1]!).toBeGreaterThan(2 * 0.95);
        expect(rates[i]! / rates[i - 1]!).toBeLessThan(2 * 1.05);
      }
      expect(Math.log(rates[4]! / lr)).toBeCloseTo(-Math.log(rates[0]! / lr), 1);
    }
  });

  it('rounds the copies to two significant digits but keeps the original exactly', () => {
    expect(fanRates(0.0137).rates).toEqual([0.0034, 0.0069, 0.0137, 0.027, 0.055]);
    expect(roundRate(0.00703125)).toBe(0.007);
    expect(rateText(0.0025)).toBe('0.0025');
    expect(rateText(0.0137)).toBe('0.0137');
  });

  it('clamps into the catalog range, drops repeats and reports what it clamped', () => {
    const { max, min } = scalarSettings.lr;
    const hi = fanRates(5);
    expect(hi.rates).toEqual([1.3, 2.5, 5, max]);
    expect(hi.clamped).toEqual([20]);
    const top = fanRates(max);
    expect(top.rates).toEqual([2.5, 5, max]);
    expect(top.clamped).toEqual([20, 40]);
    const lo = fanRates(2e-5);
    expect(lo.rates).toEqual([min, 2e-5, 4e-5, 8e-5]);
    expect(lo.clamped).toEqual([5e-6, 1e-5].filter((r) => r < min));
    for (const lr of [1e-5, 3e-5, 0.5, 9, 10]) for (const r of fanRates(lr).rates) { expect(r).toBeGreaterThanOrEqual(min); expect(r).toBeLessThanOrEqual(max); }
  });

  it('takes another size and factor', () => {
    expect(fanRates(0.1, { count: 3, factor: 10 }).rates).toEqual([0.01, 0.1, 1]);
    expect(fanRates(0.1, { count: 1 }).rates).toEqual([0.1]);
  });
});
