// One finger on the view belongs to the page (it scrolls, so a phone is never trapped under a tall view) unless
// it holds a pin; two fingers belong to the scene (orbit and pinch-zoom). Taps still reach the scene as clicks.

/** What a pin drag in progress says, read when a finger lands or moves (pointerdown comes before touchstart). */
export const heldPin = { threeD: false };

/**
 * Lets the browser pan the page with one finger on `el` and the elements under it (touch-action on each, since the
 * browser intersects them), and cancels that pan from the touch events when two or more fingers are down or
 * `holding()` is true. Returns the undo.
 */
export function shareTouchWithPage(el: HTMLElement, holding: () => boolean, inner: readonly HTMLElement[] = []): () => void {
  const all = [el, ...inner];
  for (const e of all) e.style.touchAction = 'pan-x pan-y';
  const keep = (e: TouchEvent) => { if (e.cancelable && (e.touches.length > 1 || holding())) e.preventDefault(); };
  // Not passive: the browser must wait for the answer before it starts a scroll.
  el.addEventListener('touchstart', keep, { passive: false });
  el.addEventListener('touchmove', keep, { passive: false });
  return () => {
    for (const e of all) e.style.touchAction = '';
    el.removeEventListener('touchstart', keep);
    el.removeEventListener('touchmove', keep);
  };
}
