// The QR code made for a link reads back as that link with jsQR (an independent decoder), and a link too long
// for any QR code says so instead of throwing.
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { makeQr } from '../../../src/ui/share/makeQr';

/** RGBA pixels (`scale` per module, white background) of the runs `M x y h w v1 h-w z` in d. */
function pixels(d: string, size: number, scale: number): Uint8ClampedArray {
  const n = size * scale, px = new Uint8ClampedArray(n * n * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let r = y * scale; r < (y + 1) * scale; r++) {
      for (let c = x * scale; c < (x + w) * scale; c++) px.fill(0, (r * n + c) * 4, (r * n + c) * 4 + 3);
    }
  }
  return px;
}

async function decoded(text: string): Promise<string | null> {
  const qr = await makeQr(text);
  if (!qr.ok) throw new Error(qr.message);
  const scale = 4;
  return jsQR(pixels(qr.d, qr.size, scale), qr.size * scale, qr.size * scale)?.data ?? null;
}

describe('makeQr', () => {
  it('encodes a short link and a lesson link with a title', async () => {
    expect(await decoded('http://127.0.0.1:4201/')).toBe('http://127.0.0.1:4201/');
    const lesson = 'https://example.org/downhill/#s=bowl&p=1,2;-3,0.5&lr=0.05&title=Lesson+3%3A+why+%CE%B7+%3D+0.3+blows+up&hide=surface,lr';
    expect(await decoded(lesson)).toBe(lesson);
  });

  it('encodes a link of 1,500 characters (about 40 starts), falling back to low error correction when needed', async () => {
    const starts = Array.from({ length: 40 }, (_, i) => `${(i * 0.137).toFixed(4)},${(-i * 0.291).toFixed(4)}`).join(';');
    const link = `https://example.org/#s=himmelblau&p=${starts}`.padEnd(1500, 'x');
    expect(await decoded(link)).toBe(link);
  });

  it('says a link is too long for a QR code instead of throwing', async () => {
    const qr = await makeQr(`https://example.org/#p=${'1,2;'.repeat(2000)}`);
    expect(qr).toEqual({ ok: false, message: 'This link is too long for a QR code (8,023 characters); share the link instead.' });
  });
});
