import { describe, expect, it } from 'vitest';
import {
  coefText, createPlotFrame, equationText, fitFrame, fromPx, fromPy, handleXs, lineThroughHandles, modelAt, pointAt, pxPerY,
  squareRect, squaresArea, toPx, toPy, type PlotFrame,
} from '../../../src/ui/dataview/plotMaths';

const frame = (): PlotFrame => ({ left: 50, top: 10, width: 400, height: 200, x0: -1, x1: 3, y0: 0, y1: 10 });

describe('data ↔ pixel', () => {
  it('maps the corners of the data range to the corners of the plot, y up', () => {
    const f = frame();
    expect(toPx(f, -1)).toBe(50);
    expect(toPx(f, 3)).toBe(450);
    expect(toPy(f, 0)).toBe(210);
    expect(toPy(f, 10)).toBe(10);
    expect(toPx(f, 1)).toBe(250);
    expect(toPy(f, 2.5)).toBe(160);
  });
  it('inverts itself', () => {
    const f = frame();
    for (const [x, y] of [[0.3, 7.1], [-0.9, 0.2], [2.99, 9.5]] as const) {
      expect(fromPx(f, toPx(f, x))).toBeCloseTo(x, 12);
      expect(fromPy(f, toPy(f, y))).toBeCloseTo(y, 12);
    }
  });
  it('fits the data with padding, and logistic y to [−0.1, 1.1]', () => {
    const f = createPlotFrame();
    fitFrame(f, [0, 10], [5, 25], 'linear', { left: 1, top: 2, width: 300, height: 100 });
    expect([f.x0, f.x1, f.y0, f.y1]).toEqual([-0.6, 10.6, 3, 27]);
    expect([f.left, f.top, f.width, f.height]).toEqual([1, 2, 300, 100]);
    fitFrame(f, [0, 10], [0, 1], 'logistic', { left: 0, top: 0, width: 300, height: 100 });
    expect([f.y0, f.y1]).toEqual([-0.1, 1.1]);
  });
  it('finds the point nearest a pixel within reach', () => {
    const f = frame(), xs = [0, 1, 2], ys = [1, 5, 9];
    expect(pointAt(f, xs, ys, toPx(f, 1) + 3, toPy(f, 5) - 2, 8)).toBe(1);
    expect(pointAt(f, xs, ys, toPx(f, 1) + 30, toPy(f, 5), 8)).toBe(-1);
  });
});

describe('handles ↔ line', () => {
  it('the line through two handles passes through both (linear)', () => {
    const out = new Float64Array(2);
    lineThroughHandles('linear', 0.5, 3, 2.5, 7, out);
    expect(out[0]).toBeCloseTo(2, 12);
    expect(out[1]).toBeCloseTo(2, 12);
    lineThroughHandles('linear', -1, 4, 1, -2, out);
    expect(out[0]).toBeCloseTo(-3, 12);
    expect(out[1]).toBeCloseTo(1, 12);
  });
  it('logistic handles are probabilities: the sigmoid passes through both', () => {
    const out = new Float64Array(2);
    lineThroughHandles('logistic', 1, 0.2, 4, 0.9, out);
    expect(modelAt('logistic', out[0]!, out[1]!, 1)).toBeCloseTo(0.2, 12);
    expect(modelAt('logistic', out[0]!, out[1]!, 4)).toBeCloseTo(0.9, 12);
  });
  it('handles sit on the visible part of a line, and dragging one to where it is gives back the line', () => {
    const f = frame(), hx = new Float64Array(2), out = new Float64Array(2);
    // y = 5x + 2 is inside y ∈ [0, 10] for x ∈ [−0.4, 1.6].
    handleXs(f, 'linear', 5, 2, hx);
    expect(hx[0]).toBeCloseTo(-0.4 + 0.2 * 2, 12);
    expect(hx[1]).toBeCloseTo(-0.4 + 0.8 * 2, 12);
    lineThroughHandles('linear', hx[0]!, 5 * hx[0]! + 2, hx[1]!, 5 * hx[1]! + 2, out);
    expect(out[0]).toBeCloseTo(5, 12);
    expect(out[1]).toBeCloseTo(2, 12);
    // A flat line inside the plot: 20 % and 80 % of the whole width.
    handleXs(f, 'linear', 0, 4, hx);
    expect(hx[0]).toBeCloseTo(-0.2, 12);
    expect(hx[1]).toBeCloseTo(2.2, 12);
  });
});

describe('equations', () => {
  it('writes signs with a true minus and 3 significant digits', () => {
    expect(equationText('linear', 1.95, 1.02)).toBe('y = 1.95x + 1.02');
    expect(equationText('linear', 1.95, -1.02)).toBe('y = 1.95x − 1.02');
    expect(equationText('linear', -0.6618, 4.883)).toBe('y = −0.662x + 4.88');
    expect(equationText('linear', 2, 0)).toBe('y = 2x + 0');
    expect(equationText('logistic', 1.95, 1.02)).toBe('p = σ(1.95x + 1.02)');
    expect(equationText('logistic', -12.5, -40)).toBe('p = σ(−12.5x − 40)');
  });
  it('never writes −0 and switches to exponents far from 1', () => {
    expect(equationText('linear', -0.00001, -0)).toBe('y = −1e-5x + 0');
    expect(coefText(123456)).toBe('1.23e5');
    expect(coefText(0.0004)).toBe('4e-4');
  });
});

describe('residual squares', () => {
  it('are square on screen and their areas total Σ r² in data units', () => {
    const f = frame(), xs = [0, 0.5, 1, 2, 2.5], ys = [1, 4, 2.5, 9, 6], r = new Float64Array(4);
    const slope = 2.2, intercept = 1.3;
    let area = 0, sumR2 = 0;
    for (let i = 0; i < xs.length; i++) {
      squareRect(f, 'linear', slope, intercept, xs[i]!, ys[i]!, r);
      expect(r[2]).toBeCloseTo(r[3]!, 12);
      area += (r[2]! / pxPerY(f)) * (r[3]! / pxPerY(f));
      const res = slope * xs[i]! + intercept - ys[i]!;
      sumR2 += res * res;
      // The square stands on the residual's segment: its top is the higher of the point and the line.
      expect(r[1]).toBeCloseTo(Math.min(toPy(f, ys[i]!), toPy(f, slope * xs[i]! + intercept)), 9);
    }
    expect(area).toBeCloseTo(sumR2, 9);
    expect(squaresArea('linear', slope, intercept, xs, ys)).toBeCloseTo(sumR2, 12);
  });
});
