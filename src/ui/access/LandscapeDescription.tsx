// "Describe the landscape": the surface's name, domain and critical points in words. The lab's region is
// described by this paragraph (aria-describedby="lab-description"), open or closed.
import { useMemo } from 'react';
import { surfaceFor } from '../../state/currentSurface';
import { useDownhill } from '../../state/store';
import { describeLandscape } from './landscapeDescription';
import './access.css';

/** The id the lab's region points its aria-describedby at. */
export const LANDSCAPE_DESCRIPTION_ID = 'lab-description';

export function LandscapeDescription() {
  const spec = useDownhill((s) => s.scenario.surface);
  const text = useMemo(() => {
    const r = surfaceFor(spec);
    return r.ok ? describeLandscape(r.surface) : 'The landscape cannot be drawn: see the formula box.';
  }, [spec]);
  return (
    <details className="ld">
      <summary>Describe the landscape</summary>
      <p id={LANDSCAPE_DESCRIPTION_ID} className="ld-text">{text}</p>
    </details>
  );
}
