// A QR code of the link, made in the page (uqr, loaded on first use; no network), drawn as SVG: dark
// modules on white with the standard four-module quiet zone, so phone cameras read it from a projector.
import { useEffect, useState } from 'react';
import { makeQr, type Qr } from './makeQr';

export function QrCode({ text }: { text: string }) {
  const [qr, setQr] = useState<(Qr & { readonly text: string }) | null>(null);
  useEffect(() => {
    let live = true;
    void makeQr(text).then((q) => { if (live) setQr({ ...q, text }); });
    return () => { live = false; };
  }, [text]);
  if (qr === null) return <p className="qr-wait">Making the QR code…</p>;
  if (!qr.ok) return <p className="qr-none">{qr.message}</p>;
  return (
    <svg className="qr" role="img" aria-label="QR code of the link" viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges"
      aria-busy={qr.text !== text}>
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
