// Registers the canvas capturer for "Export PNG": draws the shown views as ViewRenderer does, at 1× or with the
// pixel ratio multiplied, hands the canvas over while its pixels are still there, then restores the size and
// redraws in the same task, so the screen never shows the enlarged frame.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { setViewCapturer, type CapturedView } from '../state/viewCapture';
import { drawInto } from './map/ViewRenderer';
import { useViews, type Rect } from './map/views';

export function ViewCapture() {
  const views = useViews();
  const get = useThree((s) => s.get);
  useEffect(() => {
    const drawViews = (): void => {
      const { gl, scene, camera, size } = get();
      const both = views.three !== null && views.map !== null;
      if (views.three) drawInto(gl, scene, camera, views.three, size.height, both);
      if (views.map) drawInto(gl, scene, views.mapCamera, views.map, size.height, both);
      if (both) gl.setScissorTest(false);
    };
    setViewCapturer((scale, copy) => {
      const { gl } = get();
      if (views.three === null && views.map === null) return false;
      const pr = gl.getPixelRatio(), k = pr * scale;
      const shown: CapturedView[] = [];
      const at = (name: CapturedView['name'], r: Rect) => shown.push({ name, x: Math.round(r.x * k), y: Math.round(r.y * k), width: Math.round(r.width * k), height: Math.round(r.height * k) });
      if (views.three) at('3d', views.three);
      if (views.map) at('map', views.map);
      const canvas = gl.domElement, w = canvas.width, h = canvas.height;
      // Exactly scale × the canvas's pixels (flooring cssWidth·k could differ by one).
      if (scale !== 1) { gl.setPixelRatio(k); canvas.width = w * scale; canvas.height = h * scale; }
      try {
        drawViews();
        copy(canvas, shown, k);
      } finally {
        if (scale !== 1) { gl.setPixelRatio(pr); drawViews(); }
      }
      return true;
    });
    return () => setViewCapturer(null);
  }, [views, get]);
  return null;
}
