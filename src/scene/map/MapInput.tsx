// Pointer on the map, handled in the DOM (the top-down view makes maths (x, y) a linear function of the
// pixel): a click or tap adds a start, a drag moves a pin (previewing the path as StartHandles does), and
// hovering shows x, y, f and ∇f in a readout and the gradient arrow on the map; on a touch screen the readout
// follows the last tap or drop, and one finger off the pins scrolls the page. No store write per move.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { addStart, moveStart, selectStart } from '../../state/actions';
import { hideProbe, showProbe } from '../../state/dataProbe';
import { dropPreview, previewStart } from '../../state/preview';
import { endGuessDrag, guessInsteadOfStart, previewGuess } from '../../state/predict';
import { guessPreview } from '../../state/predictStore';
import { guessNear } from '../predict/guessGrab';
import { simulation } from '../../state/simulation';
import { useDownhill } from '../../state/store';
import { debugStats } from '../debugStats';
import { useLandscape } from '../LandscapeContext';
import { shareTouchWithPage } from '../touchSharing';
import { useMapHover } from './MapHover';
import { mapPixelToXY, mapXYToPixel } from './mapFit';
import { pinAt } from './pinAt';
import { useViews } from './views';

/** Pointer travel (px) above which a press-and-release is not a click. */
const CLICK_SLOP = 5;
/** How far (px) from a pin's centre a mouse or a finger still grabs it. */
const GRAB_PX = { mouse: 12, touch: 22 } as const;

const _p = [0, 0];
const _fg = new Float64Array(3);

/** A number for the readout: 4 significant digits, exponent form when very large or small. */
const fmt = (v: number): string => {
  if (!Number.isFinite(v)) return 'undefined';
  const a = Math.abs(v);
  return (a !== 0 && (a >= 1e5 || a < 1e-3) ? v.toExponential(2) : String(Number(v.toPrecision(4)))).replace('-', '−');
};

export function MapInput({ element, readout }: { element: HTMLElement | null; readout: HTMLElement | null }) {
  const views = useViews();
  const { data } = useLandscape();
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const hover = useMapHover(data, views, scene);

  // The overlay that takes the map's pointer follows the map's rectangle of the canvas.
  useEffect(() => {
    if (!element) return;
    const place = () => {
      const r = views.map;
      element.style.display = r ? '' : 'none';
      if (readout) readout.hidden = true;
      if (!r) return;
      element.style.left = `${r.x}px`; element.style.top = `${r.y}px`;
      element.style.width = `${r.width}px`; element.style.height = `${r.height}px`;
    };
    views.onLayout = place;
    place();
    return () => { views.onLayout = undefined; };
  }, [element, readout, views]);

  useEffect(() => {
    if (!element) return;
    const fr = data.frame, d = data.surface.domain;
    let drag: { id: number; x: number; y: number } | null = null;
    let press: { px: number; py: number } | null = null;
    const local = (e: PointerEvent): [number, number] => {
      const r = element.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    const inside = (x: number, y: number) => x >= d.xMin && x <= d.xMax && y >= d.yMin && y <= d.yMax;
    const toPixel = (x: number, y: number, out: number[]) => mapXYToPixel(views.mapFit, fr, x, y, out);
    /** The start whose drawn pin is nearest (px, py), within reach scaled by the pin's size, or null. */
    const grabbed = (px: number, py: number, reach: number): { id: number; x: number; y: number } | null => {
      const st = useDownhill.getState(), starts = st.scenario.starts;
      const i = pinAt(simulation.paths, (k) => starts[k]?.member !== undefined, st.selected, toPixel, _p, px, py, reach);
      const p = simulation.paths[i];
      return p ? { id: p.startId, x: p.x0, y: p.y0 } : null;
    };
    const showAt = (x: number, y: number) => {
      if (!inside(x, y)) { hideHover(); hideProbe(); return; }
      hover.show(x, y, _fg);
      showProbe(x, y);
      if (readout) {
        readout.hidden = false;
        readout.textContent = `x ${fmt(x)}  y ${fmt(y)}  f ${fmt(_fg[0]!)}  ∇f (${fmt(_fg[1]!)}, ${fmt(_fg[2]!)}), the violet arrow: uphill`;
      }
      invalidate();
    };
    const hideHover = () => { hover.hide(); if (readout) readout.hidden = true; invalidate(); };

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      const [px, py] = local(e);
      const reach = e.pointerType === 'mouse' ? GRAB_PX.mouse : GRAB_PX.touch;
      // Predicting: a guess under the pointer is dragged rather than the pin or a new guess.
      const guess = guessNear(toPixel, _p, px, py, reach);
      const pin = guess === null ? grabbed(px, py, reach) : null;
      element.setPointerCapture(e.pointerId);
      e.preventDefault();
      if (guess !== null) { const [gx, gy] = mapPixelToXY(views.mapFit, fr, px, py); previewGuess(guess, gx, gy); }
      else if (pin) { drag = pin; selectStart(pin.id); } else press = { px, py };
    };
    const onMove = (e: PointerEvent) => {
      const [px, py] = local(e);
      const [x, y] = mapPixelToXY(views.mapFit, fr, px, py);
      if (guessPreview.id !== null) previewGuess(guessPreview.id, x, y);
      else if (drag) {
        // A pin dragged off the map stays on its edge, as on the 3D landscape.
        drag.x = Math.min(d.xMax, Math.max(d.xMin, x)); drag.y = Math.min(d.yMax, Math.max(d.yMin, y));
        const t0 = performance.now();
        previewStart(drag.id, drag.x, drag.y);
        debugStats.dragMoves++;
        debugStats.dragMs += performance.now() - t0;
      } else if (press && Math.hypot(px - press.px, py - press.py) > CLICK_SLOP) press = null;
      showAt(x, y);
    };
    const onUp = (e: PointerEvent) => {
      if (element.hasPointerCapture(e.pointerId)) element.releasePointerCapture(e.pointerId);
      const [px, py] = local(e);
      const [x, y] = mapPixelToXY(views.mapFit, fr, px, py);
      // A finger cannot hover: the readout stays where it last tapped or dropped a pin.
      const touch = e.pointerType !== 'mouse';
      if (guessPreview.id !== null) endGuessDrag();
      else if (drag) { const { id, x: dx, y: dy } = drag; drag = null; moveStart(id, dx, dy); if (touch) showAt(dx, dy); }
      else if (press && inside(x, y) && !guessInsteadOfStart(x, y)) { addStart(x, y); if (touch) showAt(x, y); }
      else if (touch) hideHover();
      press = null;
    };
    const onCancel = () => {
      if (drag) dropPreview();
      if (guessPreview.id !== null) endGuessDrag(false);
      drag = null; press = null;
      hideHover();
    };
    // A finger "leaves" as it lifts: only a mouse leaving hides the readout and the probe line.
    const onLeave = (e: PointerEvent) => { if (e.pointerType === 'mouse') { if (!drag) hideHover(); hideProbe(); } };
    const unshare = shareTouchWithPage(element, () => drag !== null);
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onCancel);
    element.addEventListener('pointerleave', onLeave);
    return () => {
      unshare();
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onCancel);
      element.removeEventListener('pointerleave', onLeave);
    };
  }, [element, readout, data, views, hover, invalidate]);
  return null;
}
