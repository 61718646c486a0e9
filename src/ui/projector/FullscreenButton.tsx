// "Full screen": the whole app (so the controls stay reachable) through the Fullscreen API. Its pressed state
// follows fullscreenchange, so Esc or the browser's own exit shows too. Absent where the API is (iPhone Safari).
import { useEffect, useState } from 'react';

const supported = (): boolean => typeof document !== 'undefined' && document.fullscreenEnabled === true
  && typeof document.documentElement.requestFullscreen === 'function';

export function FullscreenButton() {
  const [full, setFull] = useState(() => supported() && document.fullscreenElement !== null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!supported()) return;
    const onChange = () => { setFull(document.fullscreenElement !== null); setFailed(null); };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!supported()) return null;
  const toggle = () => {
    const p = document.fullscreenElement !== null ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    // Refused (no user gesture, a policy): say so rather than leave the button silently unpressed.
    p.catch(() => setFailed('The browser refused full screen.'));
  };
  return (
    <>
      <button type="button" className="fullscreen-button" aria-pressed={full} onClick={toggle}>Full screen</button>
      {failed !== null && <p className="hint" role="status">{failed}</p>}
    </>
  );
}
