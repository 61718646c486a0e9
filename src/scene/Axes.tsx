// Axes along the domain's edges, labelled with the parameter names and tick values, and a cost axis.
import { useMemo } from 'react';
import * as THREE from 'three';
import { niceTicks } from '../core/landscape/ticks';
import { LabelLayer, type Label } from './LabelLayer';
import { useLandscape } from './LandscapeContext';

/** Short label for a tick value. Pure. */
export const tickText = (v: number): string => (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(0) : String(+v.toPrecision(4)));

export function Axes() {
  const { data } = useLandscape();
  const fr = data.frame, d = fr.domain, [ax, ay] = data.surface.axes;
  const costName = data.surface.id.startsWith('regression:') ? 'J' : 'f';
  const xTicks = niceTicks(d.xMin, d.xMax, 5), yTicks = niceTicks(d.yMin, d.yMax, 5);
  const fTicks = niceTicks(fr.fmin, fr.fmax, 4);
  const X = (x: number) => (x - fr.cx) * fr.s, Z = (y: number) => -(y - fr.cy) * fr.s, Y = (f: number) => (f - fr.fmin) * fr.k;
  // x runs along the front edge, y along the left edge, the cost rises at the back-left corner
  // (the default camera looks from the front-left corner).
  const edgeZ = fr.halfZ + 0.15, edgeX = -fr.halfX - 0.15, backZ = -fr.halfZ - 0.15;
  const geometry = useMemo(() => {
    const pts: number[] = [];
    const seg = (a: [number, number, number], b: [number, number, number]) => pts.push(...a, ...b);
    seg([-fr.halfX, 0, edgeZ], [fr.halfX, 0, edgeZ]);
    seg([edgeX, 0, fr.halfZ], [edgeX, 0, -fr.halfZ]);
    seg([edgeX, 0, backZ], [edgeX, fr.height, backZ]);
    for (const t of xTicks) seg([X(t), 0, edgeZ], [X(t), 0, edgeZ + 0.15]);
    for (const t of yTicks) seg([edgeX, 0, Z(t)], [edgeX - 0.15, 0, Z(t)]);
    for (const t of fTicks) seg([edgeX, Y(t), backZ], [edgeX - 0.15, Y(t), backZ - 0.15]);
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(pts, 3));
    return g;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fr]);

  // Ticks and names of x and y read in both views; the cost axis only in 3D (from above it is a point).
  const labels = useMemo((): { plane: Label[]; cost: Label[] } => {
    const fixed = (key: string, p: [number, number, number], text: string, cls = 'axis-label'): Label =>
      ({ key, text, className: cls, at: (out) => { out.set(p[0], p[1], p[2]); return true; } });
    return {
      plane: [
        ...xTicks.map((t) => fixed(`x${t}`, [X(t), 0, edgeZ + 0.55], tickText(t))),
        ...yTicks.map((t) => fixed(`y${t}`, [edgeX - 0.55, 0, Z(t)], tickText(t))),
        fixed('xname', [0, 0, edgeZ + 1.2], ax, 'axis-name'),
        fixed('yname', [edgeX - 1.2, 0, 0], ay, 'axis-name'),
      ],
      cost: [
        ...fTicks.map((t) => fixed(`f${t}`, [edgeX - 0.5, Y(t), backZ - 0.5], tickText(t))),
        fixed('fname', [edgeX, fr.height + 0.5, backZ], `${costName}(${ax}, ${ay})`, 'axis-name'),
      ],
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fr, ax, ay, costName]);
  return (
    <group>
      <lineSegments geometry={geometry}>
        <lineBasicMaterial color="#9fb3c8" />
      </lineSegments>
      <LabelLayer labels={labels.plane} name="axes" />
      <LabelLayer labels={labels.cost} name="axes cost-axis" views={['3d']} />
    </group>
  );
}
