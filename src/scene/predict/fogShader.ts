// Fog: the landscape materials (3D mesh, map, their contour lines) show only discs around the points in a uniform
// array (heads and starts, state/fogPoints.ts) and paint the rest in the fog colour. One set of uniforms shared by
// every fogged material, so a frame updates them once; the draw calls do not change.
import * as THREE from 'three';
import { FOG_POINTS } from '../../state/fogPoints';

/** The fog's colour (sRGB), written as is over the landscape: the e2e test samples it. */
export const FOG_COLOR = '#3a4150';

export const fogUniforms = {
  uFogOn: { value: 0 },
  /** Maths (x, y) pairs of the open discs. */
  uFogPts: { value: new Float32Array(2 * FOG_POINTS) },
  uFogCount: { value: 0 },
  /** Disc radius in maths units. */
  uFogR: { value: 1 },
  /** The scene mapping: maths x = cx + X / s, y = cy − Z / s, as (cx, cy, s). */
  uFogFrame: { value: new THREE.Vector3(0, 0, 1) },
  // Raw sRGB bytes / 255 (a THREE.Color would hold them converted to linear), since they are written after the colour-space step.
  uFogColor: { value: new THREE.Vector3(...[1, 3, 5].map((i) => parseInt(FOG_COLOR.slice(i, i + 2), 16) / 255)) },
};

const VERTEX_DECLARE = 'uniform vec3 uFogFrame;\nvarying vec2 vFogXY;\n';
const VERTEX_END = '\n  vFogXY = vec2(uFogFrame.x + position.x / uFogFrame.z, uFogFrame.y - position.z / uFogFrame.z);\n}';
const FRAGMENT_DECLARE = `uniform float uFogOn;\nuniform vec2 uFogPts[${FOG_POINTS}];\nuniform int uFogCount;\nuniform float uFogR;\nuniform vec3 uFogColor;\nvarying vec2 vFogXY;\n`;
// After everything else (lighting, tone mapping, colour space): the fog colour is written exactly.
const FRAGMENT_END = `
  if (uFogOn > 0.5) {
    float d = 1e30;
    for (int i = 0; i < ${FOG_POINTS}; i++) { if (i >= uFogCount) break; d = min(d, distance(vFogXY, uFogPts[i])); }
    gl_FragColor.rgb = mix(gl_FragColor.rgb, uFogColor, smoothstep(0.85 * uFogR, uFogR, d));
  }
}`;

const fogged = new WeakSet<THREE.Material>();

/** Makes a landscape material draw the fog when it is on. Mutates material (its compile hook); returns it. */
export function withFog<M extends THREE.Material>(material: M): M {
  // Once per material: a ref callback may run twice (React's StrictMode), and a second hook would declare the uniforms twice.
  if (fogged.has(material)) return material;
  fogged.add(material);
  const before = material.onBeforeCompile.bind(material);
  material.onBeforeCompile = (shader, renderer) => {
    before(shader, renderer);
    Object.assign(shader.uniforms, fogUniforms);
    shader.vertexShader = VERTEX_DECLARE + shader.vertexShader.replace(/}\s*$/, VERTEX_END);
    shader.fragmentShader = FRAGMENT_DECLARE + shader.fragmentShader.replace(/}\s*$/, FRAGMENT_END);
  };
  const key = material.customProgramCacheKey.bind(material);
  material.customProgramCacheKey = () => `${key()}+downhill-fog`;
  return material;
}
