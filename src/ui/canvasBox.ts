// A chart canvas kept the size of its box at the device's pixel ratio, for the charts drawn on a 2D canvas of
// their own: they share how they size, scale with the root text and redraw on a resize.

/** The box's CSS size (w × h), the device pixel ratio, and k: the chart scales with root text, drawn for 15 px. */
export interface CanvasBox {
  w: number;
  h: number;
  dpr: number;
  k: number;
}

export const createCanvasBox = (): CanvasBox => ({ w: 0, h: 0, dpr: 1, k: 1 });

/**
 * Fills out from a box of width × height CSS px, the device pixel ratio (0 or missing counts as 1) and the root
 * font size in px (NaN or ≤ 15 gives k = 1). Sizes are whole pixels, at least 1. Mutates out only.
 */
export function measureCanvasBox(width: number, height: number, dpr: number, rootPx: number, out: CanvasBox): void {
  out.dpr = dpr || 1;
  out.k = Number.isFinite(rootPx) && rootPx > 15 ? rootPx / 15 : 1;
  out.w = Math.max(1, Math.floor(width)); out.h = Math.max(1, Math.floor(height));
}

/**
 * Sizes canvas to box now and whenever box resizes (its backing store at w·dpr × h·dpr), writing the sizes
 * into size, then calls redraw. Returns the function that stops observing.
 */
export function observeCanvasBox(box: HTMLElement, canvas: HTMLCanvasElement, size: CanvasBox, redraw: () => void): () => void {
  const resize = () => {
    const r = box.getBoundingClientRect();
    measureCanvasBox(r.width, r.height, window.devicePixelRatio, parseFloat(getComputedStyle(document.documentElement).fontSize), size);
    canvas.width = Math.round(size.w * size.dpr); canvas.height = Math.round(size.h * size.dpr);
    redraw();
  };
  const ro = new ResizeObserver(resize);
  ro.observe(box);
  resize();
  return () => ro.disconnect();
}
