// Text labels over the canvas (axis ticks, minima, start letters): plain DOM nodes positioned by
// projecting 3D points each frame. One container per layer, no extra React roots.
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useFrame, useThree } from '@react-three/fiber';

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

export function LabelLayer({ labels, name }: { labels: readonly Label[]; name: string }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const container = useMemo(() => {
    const div = document.createElement('div');
    div.className = `label-layer ${name}`;
    div.setAttribute('aria-hidden', 'true');
    return div;
  }, [name]);
  const nodes = useRef(new Map<string, HTMLDivElement>());

  useEffect(() => {
    const parent = gl.domElement.parentElement;
    parent?.appendChild(container);
    return () => { container.remove(); };
  }, [gl, container]);

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
    const map = nodes.current;
    for (const l of labels) {
      const el = map.get(l.key);
      if (!el) continue;
      if (!l.at(_v)) { hide(el); continue; }
      _v.project(camera);
      if (_v.z > 1) { hide(el); continue; }
      // Whole pixels; an unchanged label costs no string and no style work.
      const px = Math.round(((_v.x + 1) / 2) * size.width), py = Math.round(((1 - _v.y) / 2) * size.height);
      if (el.style.display !== '') el.style.display = '';
      const last = shown.get(el);
      if (last === undefined || last[0] !== px || last[1] !== py) {
        if (last === undefined) shown.set(el, [px, py]); else { last[0] = px; last[1] = py; }
        el.style.transform = `translate(-50%, -50%) translate(${px}px, ${py}px)`;
      }
    }
  });
  return null;
}
