// Text labels over the canvas (axis ticks, minima, start letters): plain DOM nodes positioned by
// projecting 3D points each frame, in each view that shows them (the 3D view, the map). One container
// per layer and view, no extra React roots.
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { createLabelBoxes, placeLabels } from './labelPlacement';
import { useViews, type ViewName } from './map/views';

export interface Label {
  readonly key: string;
  readonly text: string;
  readonly className: string;
  readonly color?: string;
  /** Writes the label's scene position into out; false hides it. Called every frame. */
  readonly at: (out: THREE.Vector3) => boolean;
}

const _v = new THREE.Vector3();
/** The pixel position each label was last placed at. */
const shown = new WeakMap<HTMLElement, [number, number]>();
const hide = (el: HTMLElement) => { if (el.style.display !== 'none') el.style.display = 'none'; };

const BOTH: readonly ViewName[] = ['3d', 'map'];

/**
 * separate: labels move apart (fan out around their anchors) instead of covering one another; for the few,
 * important start letters. Other layers keep labels on their points. views: where the labels show.
 */
export function LabelLayer({ labels, name, separate = false, views = BOTH }: { labels: readonly Label[]; name: string; separate?: boolean; views?: readonly ViewName[] }) {
  return <>{views.map((v) => <ViewLabels key={v} labels={labels} name={name} separate={separate} view={v} />)}</>;
}

function ViewLabels({ labels, name, separate, view }: { labels: readonly Label[]; name: string; separate: boolean; view: ViewName }) {
  const gl = useThree((s) => s.gl);
  const perspective = useThree((s) => s.camera);
  const views = useViews();
  const camera = view === 'map' ? views.mapCamera : perspective;
  const container = useMemo(() => {
    const div = document.createElement('div');
    div.className = `label-layer ${name} in-${view}`;
    div.setAttribute('aria-hidden', 'true');
    return div;
  }, [name, view]);
  const nodes = useRef(new Map<string, HTMLDivElement>());
  const boxes = useMemo(() => createLabelBoxes(labels.length), [labels]);

  // The container is in the page only while its view is shown (attached by the frame callback), so a hidden
  // view's labels are not in the page at all.
  useEffect(() => () => { container.remove(); }, [container]);

  useEffect(() => {
    const map = nodes.current, keep = new Set<string>();
    for (const l of labels) {
      keep.add(l.key);
      let el = map.get(l.key);
      if (!el) { el = document.createElement('div'); map.set(l.key, el); container.appendChild(el); }
      el.className = `label ${l.className}`;
      el.textContent = l.text;
      if (l.color) el.style.borderColor = l.color;
    }
    for (const [k, el] of map) if (!keep.has(k)) { el.remove(); map.delete(k); }
  }, [labels, container]);

  useFrame(() => {
    const map = nodes.current, n = labels.length;
    const rect = view === 'map' ? views.map : views.three;
    if (rect === null) { if (container.isConnected) container.remove(); return; }
    if (!container.isConnected) gl.domElement.parentElement?.appendChild(container);
    for (let i = 0; i < n; i++) {
      const l = labels[i]!, el = map.get(l.key);
      boxes.shown[i] = 0;
      if (!el) continue;
      if (!l.at(_v)) { hide(el); continue; }
      _v.project(camera);
      if (_v.z > 1 || _v.x < -1 || _v.x > 1 || _v.y < -1 || _v.y > 1) { hide(el); continue; }
      if (el.style.display !== '') el.style.display = '';
      boxes.shown[i] = 1;
      boxes.ax[i] = rect.x + ((_v.x + 1) / 2) * rect.width; boxes.ay[i] = rect.y + ((1 - _v.y) / 2) * rect.height;
      // A label's size is measured once, when first shown (one layout), and kept.
      if (separate && boxes.w[i] === 0) { boxes.w[i] = el.offsetWidth; boxes.h[i] = el.offsetHeight; }
    }
    if (separate) placeLabels(boxes, n);
    for (let i = 0; i < n; i++) {
      if (boxes.shown[i] === 0) continue;
      const el = map.get(labels[i]!.key)!;
      // Whole pixels; an unchanged label costs no string and no style work.
      const px = Math.round(separate ? boxes.x[i]! : boxes.ax[i]!), py = Math.round(separate ? boxes.y[i]! : boxes.ay[i]!);
      const last = shown.get(el);
      if (last === undefined || last[0] !== px || last[1] !== py) {
        if (last === undefined) shown.set(el, [px, py]); else { last[0] = px; last[1] = py; }
        el.style.transform = `translate(-50%, -50%) translate(${px}px, ${py}px)`;
      }
    }
  });
  return null;
}
