// Draws the app icons (public/icon-*.png): a descent curve and its walker on the page's dark blue.
// Plain PNG encoding (zlib + hand-written chunks), so no canvas package is needed. Run: npx tsx src/cli/drawIcons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG: [number, number, number] = [0x0b, 0x12, 0x20];
const CURVE: [number, number, number] = [0x9f, 0xb3, 0xc8];
const BALL: [number, number, number] = [0xff, 0x7a, 0x1a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** An 8-bit RGB PNG from rows of pixels. */
function png(size: number, rgb: Uint8Array): Buffer {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) Buffer.from(rgb.subarray(y * size * 3, (y + 1) * size * 3)).copy(raw, y * (size * 3 + 1) + 1);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8 bits, truecolour
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

/** The valley y = c(u) in unit coordinates (0..1, y down): a cost curve falling from the left into a minimum. */
const curve = (u: number): number => 0.32 + 0.42 * (1 - Math.exp(-(((u - 0.62) / 0.26) ** 2)) * 1) - 0.06 * u;
/** The curve's y in the picture, centred vertically. */
const curveY = (u: number): number => 1 - curve(u);
const dist2Curve = (x: number, y: number): number => {
  let best = Infinity;
  for (let i = 0; i <= 200; i++) {
    const u = 0.12 + 0.76 * (i / 200), dy = y - curveY(u), dx = x - u;
    best = Math.min(best, dx * dx + dy * dy);
  }
  return best;
};

/** Coverage-weighted colour of one pixel (4×4 samples); `inset` shrinks the drawing for the maskable safe zone. */
function draw(size: number, inset: number): Uint8Array {
  const out = new Uint8Array(size * size * 3), s = 4;
  // The walker rests on the slope: its centre one radius plus half the line's width along the curve's upward normal.
  const ballU = 0.36, h = 1e-4, slope = (curveY(ballU + h) - curveY(ballU - h)) / (2 * h), n = Math.hypot(1, slope);
  const ballX = ballU + (0.065 + 0.035) * slope / n, ballY = curveY(ballU) - (0.065 + 0.035) / n;
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    const acc = [0, 0, 0];
    for (let sy = 0; sy < s; sy++) for (let sx = 0; sx < s; sx++) {
      const x = ((px + (sx + 0.5) / s) / size - 0.5) / inset + 0.5, y = ((py + (sy + 0.5) / s) / size - 0.5) / inset + 0.5;
      const c = (x - ballX) ** 2 + (y - ballY) ** 2 < 0.065 ** 2 ? BALL : dist2Curve(x, y) < 0.035 ** 2 ? CURVE : BG;
      acc[0]! += c[0]; acc[1]! += c[1]; acc[2]! += c[2];
    }
    const o = (py * size + px) * 3;
    out[o] = Math.round(acc[0]! / (s * s)); out[o + 1] = Math.round(acc[1]! / (s * s)); out[o + 2] = Math.round(acc[2]! / (s * s));
  }
  return out;
}

for (const [name, size, inset] of [['icon-192.png', 192, 1], ['icon-512.png', 512, 1], ['icon-maskable-512.png', 512, 0.7]] as const) {
  writeFileSync(new URL(`../../public/${name}`, import.meta.url), png(size, draw(size, inset)));
}
