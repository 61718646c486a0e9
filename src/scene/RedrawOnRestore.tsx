// A paused view draws only on demand: when the browser restores a lost WebGL context, ask for a frame so the
// landscape and paths come back without waiting for the next edit (three re-uploads every buffer itself).
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';

export function RedrawOnRestore() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    // three handles the restore in its own listener first; the frame after that draws everything anew.
    const onRestored = () => { setTimeout(() => invalidate(), 0); };
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => canvas.removeEventListener('webglcontextrestored', onRestored);
  }, [gl, invalidate]);
  return null;
}
