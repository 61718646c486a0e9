// Rewinding the timeline without touching the path buffers: every line vertex and dot carries its iteration
// (attribute `iter`) and the vertex shader puts those beyond the cursor outside the clip volume, where the GPU
// drops them. Moving the cursor is one uniform change, whatever the number of paths or points.
import type * as THREE from 'three';

/** Live: no iteration is hidden. */
export const LIVE_CURSOR = 1e30;

/** The cursor the path materials read; the frame loop sets `value` (LIVE_CURSOR when live). */
export interface CursorUniform { value: number }

export const createCursorUniform = (): CursorUniform => ({ value: LIVE_CURSOR });

const DECLARE = 'attribute float iter;\nuniform float uCursor;\n';
// Outside the clip volume (|x| > w): the whole primitive is clipped; points also shrink to nothing.
const HIDE = '\n  if (iter > uCursor) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0);\n#ifdef IS_POINTS\n    gl_PointSize = 0.0;\n#endif\n  }\n}';

/** Makes `material` hide vertices whose `iter` exceeds the cursor. Mutates material (its compile hook); returns it. */
export function hideBeyondCursor<M extends THREE.Material>(material: M, cursor: CursorUniform, points = false): M {
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uCursor = cursor;
    const body = shader.vertexShader.replace(/}\s*$/, HIDE);
    shader.vertexShader = (points ? '#define IS_POINTS\n' : '') + DECLARE + body;
  };
  // One program per material kind with the hook (the default key is the hook's source, the same for all).
  material.customProgramCacheKey = () => `downhill-cursor-${points ? 'points' : 'lines'}`;
  return material;
}
