// Copies the address, which always holds the whole scenario, so a class sees exactly this setup.
import { useState } from 'react';
import { flushUrl } from '../state/urlSync';

export function ShareButton() {
  const [done, setDone] = useState<string | null>(null);
  const copy = async () => {
    flushUrl();
    try {
      await navigator.clipboard.writeText(window.location.href);
      setDone('Link copied');
    } catch {
      setDone('Copy the address bar to share');
    }
    setTimeout(() => setDone(null), 2500);
  };
  return (
    <div className="share">
      <button type="button" onClick={() => void copy()}>Copy link</button>
      <span className="share-status" aria-live="polite">{done ?? ''}</span>
    </div>
  );
}
