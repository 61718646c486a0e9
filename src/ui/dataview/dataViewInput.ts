// Pointer and keys on the data view: a start handle drags the focused path's start (previewed live, committed on
// release); a data point drags (previewed live, committed on release); a click on empty space adds a point; a
// long press (touch) or Delete removes the chosen one; ←/→ choose a point and Shift+arrows move it.
// No store write per pointer move.
import { moveStart, selectStart } from '../../state/actions';
import {
  addPointAt, commitDataPoint, dataEditable, dropDataPreview, movePointBy, previewDataPoint, removeChosenPoint,
} from '../../state/dataPreview';
import { dropPreview, previewStart } from '../../state/preview';
import { useDownhill } from '../../state/store';
import { dataDragStats } from './dataViewDebug';
import type { DataViewPainter } from './dataViewPainter';
import { fromPx, fromPy, handleXs, handleY, lineThroughHandles, modelAt, pointAt, toPx, toPy } from './plotMaths';

/** Pointer travel (px) above which a press is not a click. */
const CLICK_SLOP = 5;
/** How near (px) a mouse or a finger must be to grab a handle or a point. */
const REACH = { mouse: 10, touch: 22 } as const;
const LONG_PRESS_MS = 600;

const _line = new Float64Array(2);
const _wb = new Float64Array(2);
const _u = new Float64Array(2);
const _hx = new Float64Array(2);
/** The start line (data units) when a handle gesture began. */
const gestureLine = new Float64Array(2);

type Gesture =
  | { readonly kind: 'handle'; readonly id: number; readonly which: 0 | 1; readonly xa: number; readonly xb: number; moved: boolean }
  | { readonly kind: 'point'; readonly index: number; x: number; y: number; moved: boolean }
  | { readonly kind: 'press'; readonly px: number; readonly py: number };

/** Wires the canvas's pointer and key events to the painter's view; returns the function that unwires them. */
export function attachDataViewInput(canvas: HTMLCanvasElement, p: DataViewPainter, choose: (i: number) => void): () => void {
  let g: Gesture | null = null;
  let longPress: ReturnType<typeof setTimeout> | null = null;
  const local = (e: PointerEvent): [number, number] => {
    const r = canvas.getBoundingClientRect(), k = p.size.k;
    return [(e.clientX - r.left) / k, (e.clientY - r.top) / k];
  };
  const cancelLongPress = () => { if (longPress !== null) { clearTimeout(longPress); longPress = null; } };
  const editable = () => dataEditable(useDownhill.getState().scenario);

  /** The focused path's start handle under (px, py): 0, 1 or −1 (their xs left in _hx). */
  const handleAt = (px: number, py: number, reach: number): -1 | 0 | 1 => {
    const fp = p.focusPath, f = p.facts;
    if (!fp || !f) return -1;
    f.toDataUnits(fp.x0, fp.y0, _u);
    handleXs(p.frame, f.model, _u[0] as number, _u[1] as number, _hx);
    for (const which of [0, 1] as const) {
      const x = _hx[which] as number, hx = toPx(p.frame, x);
      const hy = handleY(p.frame, toPy(p.frame, modelAt(f.model, _u[0] as number, _u[1] as number, x)));
      if (Math.hypot(hx - px, hy - py) <= reach) return which;
    }
    return -1;
  };

  /**
   * The start (w, b) that puts handle `which` (at xa or xb, fixed for the gesture) at pointer height py, the other
   * handle staying on the start line where the gesture began. Writes _wb.
   */
  const startFromHandle = (h: { which: 0 | 1; xa: number; xb: number }, py: number): void => {
    const f = p.facts as NonNullable<typeof p.facts>;
    const { which, xa, xb } = h;
    const yOther = modelAt(f.model, gestureLine[0] as number, gestureLine[1] as number, which === 0 ? xb : xa);
    const yHere = fromPy(p.frame, py);
    if (which === 0) lineThroughHandles(f.model, xa, yHere, xb, yOther, _line);
    else lineThroughHandles(f.model, xa, yOther, xb, yHere, _line);
    f.fromDataUnits(_line[0] as number, _line[1] as number, _wb);
  };

  const onDown = (e: PointerEvent) => {
    if (e.button !== 0 || !p.facts) return;
    const [px, py] = local(e), reach = e.pointerType === 'mouse' ? REACH.mouse : REACH.touch;
    canvas.setPointerCapture(e.pointerId);
    e.preventDefault();
    canvas.focus({ preventScroll: true });
    const h = handleAt(px, py, reach + 2);
    if (h !== -1 && p.focusPath) {
      gestureLine[0] = _u[0] as number; gestureLine[1] = _u[1] as number;
      g = { kind: 'handle', id: p.focusPath.startId, which: h, xa: _hx[0] as number, xb: _hx[1] as number, moved: false };
      selectStart(p.focusPath.startId);
      return;
    }
    const i = pointAt(p.frame, p.facts.xs, p.facts.ys, px, py, reach);
    if (i >= 0) {
      choose(i);
      if (editable()) {
        g = { kind: 'point', index: i, x: p.facts.xs[i] as number, y: p.facts.ys[i] as number, moved: false };
        if (e.pointerType !== 'mouse') longPress = setTimeout(() => { longPress = null; g = null; removeChosenPoint(i); choose(-1); }, LONG_PRESS_MS);
      }
      return;
    }
    g = { kind: 'press', px, py };
  };

  const onMove = (e: PointerEvent) => {
    if (g === null) return;
    const [px, py] = local(e);
    if (g.kind === 'handle') {
      g.moved = true;
      startFromHandle(g, py);
      previewStart(g.id, _wb[0] as number, _wb[1] as number);
    } else if (g.kind === 'point') {
      const x = fromPx(p.frame, px), y = fromPy(p.frame, py);
      if (!g.moved && Math.hypot(toPx(p.frame, g.x) - px, toPy(p.frame, g.y) - py) <= CLICK_SLOP) return;
      cancelLongPress();
      g.moved = true; g.x = x; g.y = y;
      p.holdFrame = true;
      const t0 = performance.now();
      previewDataPoint(g.index, x, y);
      dataDragStats.moves++;
      dataDragStats.ms += performance.now() - t0;
    } else if (Math.hypot(px - g.px, py - g.py) > CLICK_SLOP) g = null;
  };

  const onUp = (e: PointerEvent) => {
    if (canvas.hasPointerCapture(e.pointerId)) canvas.releasePointerCapture(e.pointerId);
    cancelLongPress();
    const done = g;
    g = null;
    p.holdFrame = false;
    if (done === null) return;
    if (done.kind === 'handle') {
      if (done.moved) { const [, py] = local(e); startFromHandle(done, py); moveStart(done.id, _wb[0] as number, _wb[1] as number); }
    } else if (done.kind === 'point') {
      if (done.moved) commitDataPoint(done.index, done.x, done.y);
    } else if (editable()) {
      const [px, py] = local(e);
      const f = p.frame;
      if (px >= f.left && px <= f.left + f.width && py >= f.top && py <= f.top + f.height) addPointAt(fromPx(f, px), fromPy(f, py));
    }
  };

  const onCancel = () => {
    cancelLongPress();
    if (g?.kind === 'handle' && g.moved) dropPreview();
    if (g?.kind === 'point' && g.moved) dropDataPreview();
    g = null;
    p.holdFrame = false;
  };

  const onKey = (e: KeyboardEvent) => {
    const f = p.facts;
    if (!f || e.altKey || e.ctrlKey || e.metaKey) return;
    const m = f.xs.length, cur = p.chosen;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      if (cur >= 0 && editable()) { e.preventDefault(); removeChosenPoint(cur); choose(-1); }
      return;
    }
    if (!e.key.startsWith('Arrow')) { if (e.key === 'Escape') choose(-1); return; }
    e.preventDefault(); // the arrows belong to the view here, not to the timeline's shortcuts
    if (e.shiftKey && cur >= 0 && editable()) {
      const dx = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0, dy = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
      movePointBy(cur, (dx * (p.frame.x1 - p.frame.x0)) / 50, (dy * (p.frame.y1 - p.frame.y0)) / 50);
      return;
    }
    if (m === 0) return;
    const step = e.key === 'ArrowRight' || e.key === 'ArrowUp' ? 1 : -1;
    choose(cur < 0 ? (step > 0 ? 0 : m - 1) : (cur + step + m) % m);
  };

  canvas.addEventListener('pointerdown', onDown);
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerup', onUp);
  canvas.addEventListener('pointercancel', onCancel);
  canvas.addEventListener('keydown', onKey);
  return () => {
    cancelLongPress();
    canvas.removeEventListener('pointerdown', onDown);
    canvas.removeEventListener('pointermove', onMove);
    canvas.removeEventListener('pointerup', onUp);
    canvas.removeEventListener('pointercancel', onCancel);
    canvas.removeEventListener('keydown', onKey);
  };
}
