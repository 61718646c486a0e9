// "Share": opens the Share dialog (loaded on first use) with the link, its QR code, the lesson title and
// the controls to hide. The dialog brings the address up to date before showing or copying it, so a link
// that does not hold the current setup is never reported as copied.
import { lazy, Suspense, useRef, useState } from 'react';

const ShareDialog = lazy(() => import('./share/ShareDialog').then((m) => ({ default: m.ShareDialog })));

export function ShareButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => { setOpen(false); button.current?.focus(); };
  return (
    <div className="share">
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>Share</button>
      {open && <Suspense fallback={null}><ShareDialog onClose={close} /></Suspense>}
    </div>
  );
}
