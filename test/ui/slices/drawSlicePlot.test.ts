import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SliceFigure } from '../../../src/core/landscape/slices';
import { drawSlicePlot } from '../../../src/ui/slices/drawSlicePlot';

/** A 2D context that records the points of moveTo, lineTo and arc, per stroke colour. */
function recorder() {
  const calls: { op: string; x: number; y: number; style: unknown }[] = [];
  const g: Record<string, unknown> = { strokeStyle: '', fillStyle: '', lineWidth: 1, font: '' };
  for (const op of ['moveTo', 'lineTo', 'arc']) g[op] = (x: number, y: number) => calls.push({ op, x, y, style: op === "arc" ? g.fillStyle : g.strokeStyle });
  for (const op of ['setTransform', 'clearRect', 'strokeRect', 'save', 'restore', 'beginPath', 'rect', 'clip', 'stroke', 'fill', 'fillText', 'setLineDash']) g[op] = () => {};
  return { g, calls };
}

describe('drawSlicePlot: each panel maps (t, f) into its own box', () => {
  afterEach(() => { vi.unstubAllGlobals(); });
  it('puts the slices and the head where a hand-worked mapping says, left panel and right panel apart', () => {
    vi.stubGlobal('window', { devicePixelRatio: 1 });
    const { g, calls } = recorder();
    const canvas = { clientWidth: 208, clientHeight: 101, width: 0, height: 0, getContext: () => g } as unknown as HTMLCanvasElement;
    // Along x: f = t² on [−1, 1]; along y: f = 2 + t on [0, 4]. The head at (0, 0) with f0 = 0.
    const fig: SliceFigure = {
      n: 3, x0: 0, y0: 0, f0: 0, slopeX: 0, slopeY: 1,
      tx: Float64Array.of(-1, 0, 1), fx: Float64Array.of(1, 0, 1), ty: Float64Array.of(0, 2, 4), fy: Float64Array.of(2, 4, 6),
    };
    drawSlicePlot(canvas, fig, { axes: ['x', 'y'], cost: 'f' });
    // Panels are (208 − 8) / 2 = 100 wide: the left box at (0.5, 0.5), 99 × 100; the right at (108.5, 0.5).
    // Left: f in [0, 1] padded by 8 % → [−0.08, 1.08]; X(t) = 0.5 + (t + 1) / 2 · 99, Y(f) = 100.5 − (f + 0.08) / 1.16 · 100.
    const XL = (t: number) => 0.5 + ((t + 1) / 2) * 99, YL = (f: number) => 100.5 - ((f + 0.08) / 1.16) * 100;
    const left = calls.filter((c) => c.style === '#ff6ec7');
    expect(left[0]).toMatchObject({ op: 'moveTo' });
    expect(left[0]!.x).toBeCloseTo(XL(-1), 9); expect(left[0]!.y).toBeCloseTo(YL(1), 9);
    expect(left[1]!.x).toBeCloseTo(XL(0), 9); expect(left[1]!.y).toBeCloseTo(YL(0), 9);
    const headL = left.find((c) => c.op === 'arc')!;
    expect(headL.x).toBeCloseTo(XL(0), 9); expect(headL.y).toBeCloseTo(YL(0), 9);
    // Right: f in [2, 6] padded → [1.68, 6.32]; X(t) = 108.5 + t / 4 · 99.
    const XR = (t: number) => 108.5 + (t / 4) * 99, YR = (f: number) => 100.5 - ((f - 1.68) / 4.64) * 100;
    const right = calls.filter((c) => c.style === '#6ecbff');
    expect(right[2]!.x).toBeCloseTo(XR(4), 9); expect(right[2]!.y).toBeCloseTo(YR(6), 9);
    // The tangent through (0, 0) with slope 1 at t = 4 reaches f = 4.
    expect(right[4]!.x).toBeCloseTo(XR(4), 9); expect(right[4]!.y).toBeCloseTo(YR(4), 9);
  });
});
