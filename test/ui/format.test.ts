import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../src/core/landscape/ticks';
import { formatCount, formatFit, formatNumber } from '../../src/ui/format';

describe('formatNumber', () => {
  it('shows a dash, never NaN or Infinity, for non-finite values', () => {
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(Infinity)).toBe('—');
    expect(formatNumber(-Infinity)).toBe('—');
  });

  it('shows zero as 0, including negative zero', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });

  it('uses exponent form for very small and very large magnitudes', () => {
    expect(formatNumber(1.234567e-7)).toBe('1.235e-7');
    expect(formatNumber(1.23e-7)).toBe('1.23e-7');
    expect(formatNumber(-4.5e-4)).toBe('-4.5e-4');
    expect(formatNumber(123456)).toBe('1.235e5');
    expect(formatNumber(1e5)).toBe('1e5');
    expect(formatNumber(-2.5e12)).toBe('-2.5e12');
  });

  it('keeps plain decimals between 1e-3 and 1e5, trimmed to the significant digits', () => {
    expect(formatNumber(1e-3)).toBe('0.001');
    expect(formatNumber(3.14159265)).toBe('3.142');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(-0.012345)).toBe('-0.01235');
    expect(formatNumber(12345)).toBe('12345');
    expect(formatNumber(99999)).toBe('99999');
  });

  it('honours the digits argument', () => {
    expect(formatNumber(Math.PI, 2)).toBe('3.1');
    expect(formatNumber(Math.PI, 6)).toBe('3.14159');
    expect(formatNumber(1.23456e-7, 2)).toBe('1.2e-7');
  });

  it('never prints NaN or Infinity for any finite input', () => {
    for (const v of [Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e-300, 0.0009999999, 99999.99]) {
      expect(formatNumber(v)).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('formatCount', () => {
  it('groups thousands and guards non-finite values', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(NaN)).toBe('—');
  });
  it('writes what toLocaleString("en-US") writes, for counts of every length and sign', () => {
    for (const v of [1, 12, 123, 1234, 12345, 123456, 1234567, 100000, 999999.6, 1e15, 2 ** 53, 1e22, -7, -1234, -0.6, 55134]) {
      expect(formatCount(v), String(v)).toBe(Math.round(v).toLocaleString('en-US'));
    }
    expect(formatCount(-0.4), 'no negative zero').toBe('0');
  });
});

describe('niceTicks', () => {
  it('gives round values covering the range', () => {
    expect(niceTicks(0, 5, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(-0.3, 0.95, 5)).toEqual([-0.2, 0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('is empty for empty or non-finite ranges', () => {
    expect(niceTicks(1, 1)).toEqual([]);
    expect(niceTicks(2, 1)).toEqual([]);
    expect(niceTicks(0, NaN)).toEqual([]);
  });
});

describe('formatFit', () => {
  it('keeps every digit when the number fits', () => {
    expect(formatFit(-3.58412, 8)).toBe('-3.584');
    expect(formatFit(1.35e-14, 8, 3)).toBe('1.35e-14');
  });
  it('drops significant digits until the number fits the width', () => {
    expect(formatFit(-4.2941e-7, 8)).toBe('-4.29e-7');
    expect(formatFit(-1.3512e-14, 8)).toBe('-1.4e-14');
    expect(formatFit(-123456.7, 6)).toBe('-1.2e5');
  });
  it('writes a number that cannot fit with one digit rather than cutting it', () => {
    expect(formatFit(-1.7e-200, 4)).toBe('-2e-200');
  });
  it('never writes NaN: a non-finite value is a dash', () => {
    expect(formatFit(Number.NaN, 8)).toBe('—');
  });
  it('stays within the width for any finite number whose one-digit form fits', () => {
    for (let e = -30; e <= 30; e++) {
      for (const m of [1, -1.23456, 9.99999, -5.5]) {
        const v = m * 10 ** e, s = formatFit(v, 8);
        if (formatNumber(v, 1).length <= 8) expect(s.length, `${v} → ${s}`).toBeLessThanOrEqual(8);
        expect(Number(s)).toBeCloseTo(v, -Math.floor(Math.log10(Math.abs(v))) + 0);
      }
    }
  });
});
