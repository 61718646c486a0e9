import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as THREE from 'three';
import { createSceneFrame, toScene } from '../../../src/scene/frame';
import { applyMapFit, createMapCamera } from '../../../src/scene/map/mapCamera';
import { fitMap, mapPixelToXY, mapXYToPixel } from '../../../src/scene/map/mapFit';

// Himmelblau's domain is a square; a wide one tests the other fitting direction.
const square = createSceneFrame({ xMin: -6, xMax: 6, yMin: -6, yMax: 6 }, 0, 2000, 1);
const wide = createSceneFrame({ xMin: -2, xMax: 6, yMin: 1, yMax: 3 }, -1, 5, 1);

describe('map pixels and maths (x, y)', () => {
  it('puts the domain centre in the middle and its corners at the margin, maths y up (worked by hand)', () => {
    // 600 × 324 px: the domain is 12 wide (10 scene units, 5/6 per unit) and as high, with 1.5 scene units and
    // 6 px around it; the height limits: (324 − 12) / 13 = 24 px per scene unit, 20 px per unit of x.
    const fit = fitMap(square, 600, 324);
    const p = [0, 0];
    mapXYToPixel(fit, square, 0, 0, p);
    expect(p).toEqual([300, 162]);
    mapXYToPixel(fit, square, -6, 6, p);
    expect(p[0]).toBeCloseTo(300 - 6 * 20, 9);
    expect(p[1]).toBeCloseTo(6 + 1.5 * 24, 9);
    mapXYToPixel(fit, square, 6, -6, p);
    expect(p[1]).toBeCloseTo(324 - 6 - 1.5 * 24, 9);
    const [x, y] = mapPixelToXY(fit, square, 300 + 20, 162 - 40);
    expect(x).toBeCloseTo(1, 12);
    expect(y).toBeCloseTo(2, 12);
  });

  it('fits a wide domain by its width', () => {
    // 10 scene units wide, 2.5 high: (500 − 12) / 13 px per scene unit.
    const fit = fitMap(wide, 500, 500), k = 488 / 13;
    const a = [0, 0], b = [0, 0];
    mapXYToPixel(fit, wide, -2, 2, a);
    mapXYToPixel(fit, wide, 6, 2, b);
    expect(a[0]).toBeCloseTo(6 + 1.5 * k, 9);
    expect(b[0]).toBeCloseTo(500 - 6 - 1.5 * k, 9);
    expect(a[1]).toBeCloseTo(250, 9);
  });

  it('pixel → (x, y) → pixel is the identity', () => {
    fc.assert(fc.property(fc.integer({ min: 120, max: 2000 }), fc.integer({ min: 120, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (w, h, u, v) => {
      for (const fr of [square, wide]) {
        const fit = fitMap(fr, w, h), out = [0, 0];
        const [x, y] = mapPixelToXY(fit, fr, u * w, v * h);
        mapXYToPixel(fit, fr, x, y, out);
        expect(out[0]).toBeCloseTo(u * w, 6);
        expect(out[1]).toBeCloseTo(v * h, 6);
      }
    }));
  });

  it('agrees with three.js projecting the scene point through the map camera', () => {
    const cam = createMapCamera();
    const v = new THREE.Vector3(), s = [0, 0, 0], p = [0, 0];
    for (const [fr, w, h] of [[square, 640, 480], [wide, 390, 700], [square, 1500, 690]] as const) {
      const fit = fitMap(fr, w, h);
      applyMapFit(cam, fit);
      const d = fr.domain, at = (u: number, v: number) => [d.xMin + u * (d.xMax - d.xMin), d.yMin + v * (d.yMax - d.yMin)] as const;
      for (const [[x, y], f] of [[at(0.6, 0.7), 40], [at(0.01, 0.99), 0], [at(0.8, 0.2), 1900], [at(1, 0), 3]] as const) {
        toScene(fr, x, y, f, 0.04, s, 0);
        v.set(s[0]!, s[1]!, s[2]!).project(cam);
        mapXYToPixel(fit, fr, x, y, p);
        // The height of a point never moves it on the map: straight above is straight above.
        expect(((v.x + 1) / 2) * w).toBeCloseTo(p[0]!, 6);
        expect(((1 - v.y) / 2) * h).toBeCloseTo(p[1]!, 6);
      }
    }
  });
});
