// An embed's way out: the same setup in the full app, in a new tab. The address is brought up to date
// when the link is about to be followed, so a student's changes in the embed go with it.
import { useRef } from 'react';
import { flushUrl } from '../../state/urlSync';
import { fullAppUrl } from './shareLinks';
import './share.css';

export function OpenInDownhill() {
  const a = useRef<HTMLAnchorElement>(null);
  const refresh = () => {
    flushUrl();
    if (a.current !== null) a.current.href = fullAppUrl(window.location.href);
  };
  return (
    <a ref={a} className="open-full" href={fullAppUrl(window.location.href)} target="_blank" rel="noopener"
      onPointerDown={refresh} onFocus={refresh} onClick={refresh}>Open in Downhill</a>
  );
}
