// Copies the address, which holds the whole scenario, so a class sees exactly this setup. The address is
// written first and checked; a link that is not up to date is never reported as copied.
import { useState } from 'react';
import { flushUrl } from '../state/urlSync';

export function ShareButton() {
  const [done, setDone] = useState<string | null>(null);
  const copy = async () => {
    const r = flushUrl();
    if (!r.ok) {
      setDone(`Not copied: ${r.message}`);
    } else {
      try {
        await navigator.clipboard.writeText(window.location.href);
        setDone(r.note === undefined ? 'Link copied' : `Link copied; ${r.note}`);
      } catch {
        setDone('Copy the address bar to share');
      }
    }
    setTimeout(() => setDone(null), r.ok ? 2500 : 8000);
  };
  return (
    <div className="share">
      <button type="button" onClick={() => void copy()}>Copy link</button>
      <span className="share-status" aria-live="polite">{done ?? ''}</span>
    </div>
  );
}
