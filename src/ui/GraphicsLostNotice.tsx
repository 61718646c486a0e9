// Says so over the view while the browser has taken the 3D view's WebGL context away (a GPU reset, too
// many contexts, a driver crash), and clears itself when the context is restored.
import { useEffect, useState, type RefObject } from 'react';

/**
 * Listens (in the capture phase: the events do not bubble) for webglcontextlost / webglcontextrestored on
 * any canvas inside `view`. One state change per event: these are rare, human-speed events.
 */
export function GraphicsLostNotice({ view }: { view: RefObject<HTMLElement | null> }) {
  const [lost, setLost] = useState(false);
  useEffect(() => {
    const el = view.current;
    if (!el) return;
    const onLost = () => setLost(true);
    const onRestored = () => setLost(false);
    el.addEventListener('webglcontextlost', onLost, true);
    el.addEventListener('webglcontextrestored', onRestored, true);
    return () => {
      el.removeEventListener('webglcontextlost', onLost, true);
      el.removeEventListener('webglcontextrestored', onRestored, true);
    };
  }, [view]);
  return (
    <div className="graphics-lost">
      {lost && (
        <p className="notice" role="alert">
          The 3D view lost its graphics context; it will come back by itself when the browser restores it. Your paths
          and settings are kept, and the table and controls still work.
        </p>
      )}
    </div>
  );
}
