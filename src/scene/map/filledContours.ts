// The map's surface: the sampled grid laid flat, each pixel coloured by the contour band its cost falls in
// (the levels are uniforms, so band edges follow f exactly as the mesh interpolates it), or by basin.
import * as THREE from 'three';
import { heightColor } from '../../state/palette';

/** Most levels the shader holds (landscapeData asks for 18). */
export const MAX_LEVELS = 32;

const vertexShader = /* glsl */ `
attribute float cost;
attribute float defined;
varying float vCost;
varying float vDefined;
varying vec3 vColor;
void main() {
  vCost = cost;
  vDefined = defined;
  vColor = color;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;

const fragmentShader = /* glsl */ `
uniform float levels[${MAX_LEVELS}];
uniform vec3 bands[${MAX_LEVELS + 1}];
uniform int count;
uniform float basins;
varying float vCost;
varying float vDefined;
varying vec3 vColor;
void main() {
  int k = 0;
  for (int i = 0; i < ${MAX_LEVELS}; i++) {
    if (i >= count) break;
    if (vCost >= levels[i]) k = i + 1;
  }
  vec3 c = bands[0];
  for (int i = 0; i <= ${MAX_LEVELS}; i++) { if (i == k) c = bands[i]; }
  // With basins shown: the basin colour, every other band a little darker, so the levels still read.
  if (basins > 0.5) c = vColor * (mod(float(k), 2.0) < 0.5 ? 1.0 : 0.82);
  if (vDefined < 0.5) c = vec3(0.5, 0.1, 0.1);
  gl_FragColor = vec4(c, 1.0);
}`;

/** A material for the flat map; `setLevels` fills its uniforms. */
export function createFilledContourMaterial(): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    vertexShader, fragmentShader, vertexColors: true,
    uniforms: {
      levels: { value: new Float32Array(MAX_LEVELS) },
      bands: { value: Array.from({ length: MAX_LEVELS + 1 }, () => new THREE.Color()) },
      count: { value: 0 },
      basins: { value: 0 },
    },
  });
}

const _rgb = new Float32Array(3);

/** The levels (ascending) and one colour per band, low (deep blue) to high (sand), evenly over the bands. Mutates material. */
export function setLevels(material: THREE.ShaderMaterial, levels: readonly number[]): void {
  const n = Math.min(MAX_LEVELS, levels.length);
  const u = material.uniforms as { levels: { value: Float32Array }; bands: { value: THREE.Color[] }; count: { value: number } };
  for (let i = 0; i < n; i++) u.levels.value[i] = levels[i] as number;
  for (let k = 0; k <= n; k++) {
    heightColor((k + 0.5) / (n + 1), _rgb, 0);
    u.bands.value[k]!.setRGB(_rgb[0]!, _rgb[1]!, _rgb[2]!);
  }
  u.count.value = n;
}
