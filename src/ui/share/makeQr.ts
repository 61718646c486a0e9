// A QR code of a text as SVG path data, made with uqr (loaded on first use). No network.
import { qrPath } from './qrPath';

export type Qr = { readonly ok: true; readonly size: number; readonly d: string } | { readonly ok: false; readonly message: string };

/** Medium error correction reads best from a screen; a long link falls back to low, then to none. */
export async function makeQr(text: string): Promise<Qr> {
  const { encode } = await import('uqr');
  for (const ecc of ['M', 'L'] as const) {
    try {
      const qr = encode(text, { ecc, border: 4 });
      return { ok: true, size: qr.size, d: qrPath(qr.data) };
    } catch {
      // Too long for this level: try the next.
    }
  }
  return { ok: false, message: `This link is too long for a QR code (${text.length.toLocaleString('en-US')} characters); share the link instead.` };
}
