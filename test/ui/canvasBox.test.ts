import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCanvasBox, measureCanvasBox, observeCanvasBox } from '../../src/ui/canvasBox';

describe('measureCanvasBox: the size a chart canvas draws at', () => {
  it('floors the CSS size to whole pixels, at least 1, and keeps the pixel ratio', () => {
    const b = createCanvasBox();
    measureCanvasBox(300.7, 120.2, 2, 15, b);
    expect(b).toEqual({ w: 300, h: 120, dpr: 2, k: 1 });
    measureCanvasBox(0.4, -3, 0, 15, b);
    expect(b).toEqual({ w: 1, h: 1, dpr: 1, k: 1 });
  });
  it('scales with root text above 15 px only (k = root / 15), and ignores a root size it cannot read', () => {
    const b = createCanvasBox();
    measureCanvasBox(100, 100, 1, 24, b);
    expect(b.k).toBeCloseTo(1.6, 12);
    measureCanvasBox(100, 100, 1, 12, b);
    expect(b.k).toBe(1);
    measureCanvasBox(100, 100, 1, NaN, b);
    expect(b.k).toBe(1);
  });
});

describe('observeCanvasBox: sizes the canvas now and on each resize, then redraws', () => {
  afterEach(() => { vi.unstubAllGlobals(); });
  it('sets the backing store to w·dpr × h·dpr, redraws, follows a resize and stops when told', () => {
    let fire: (() => void) | null = null;
    let observed = 0, disconnected = 0;
    vi.stubGlobal('ResizeObserver', class { constructor(cb: () => void) { fire = cb; } observe() { observed++; } disconnect() { disconnected++; } });
    vi.stubGlobal('window', { devicePixelRatio: 1.5 });
    vi.stubGlobal('document', { documentElement: {} });
    vi.stubGlobal('getComputedStyle', () => ({ fontSize: '30px' }));
    let rect = { width: 200.9, height: 100 };
    const box = { getBoundingClientRect: () => rect } as unknown as HTMLElement;
    const canvas = { width: 0, height: 0 } as HTMLCanvasElement;
    const size = createCanvasBox(), seen: string[] = [];
    const stop = observeCanvasBox(box, canvas, size, () => seen.push(`${size.w}×${size.h}@${size.dpr},k${size.k} → ${canvas.width}×${canvas.height}`));
    expect(observed).toBe(1);
    expect(seen).toEqual(['200×100@1.5,k2 → 300×150']);
    rect = { width: 81, height: 41 };
    fire!();
    expect(seen[1]).toBe('81×41@1.5,k2 → 122×62');
    stop();
    expect(disconnected).toBe(1);
  });
});
