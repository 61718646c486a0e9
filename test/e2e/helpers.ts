// Shared helpers for the end-to-end tests: error collection, the paths table as data, canvas pixels.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { inflateSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';

/** The canvas background, #0b1220. */
export const BACKGROUND: readonly [number, number, number] = [0x0b, 0x12, 0x20];

/** Console messages that are known noise, not errors of the app. */
const KNOWN_NOISE = ['THREE.Clock: This module has been deprecated'];

/** Collects console errors (but known noise) and uncaught page errors from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !KNOWN_NOISE.some((n) => m.text().includes(n))) errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Collects (and dismisses) every JavaScript dialog (alert, confirm, prompt) the page opens. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
  return dialogs;
}

/** Where screenshots of notable states are kept (test-results/screens/<name>.png). */
export function screenPath(name: string): string {
  const p = `test-results/screens/${name}.png`;
  mkdirSync(dirname(p), { recursive: true });
  return p;
}

/** The lab (the canvas and its overlays), named for what it shows: "3D cost landscape…" or, with the map alone, "Map of the cost landscape…". */
export const lab = (page: Page): Locator => page.getByRole('application', { name: /^(3D cost landscape|Map of the cost landscape) with descent paths$/ });
export const canvas = (page: Page): Locator => lab(page).locator('canvas');
export const pathsTable = (page: Page): Locator => page.getByRole('table', { name: 'Paths' });
/** Body rows of the paths table (those with a row header: the path letter). */
export const pathRows = (page: Page): Locator => pathsTable(page).getByRole('row').filter({ has: page.getByRole('rowheader') });
/** The row of path `label` (A, B, …). */
export const pathRow = (page: Page, label: string): Locator =>
  pathRows(page).filter({ has: page.getByRole('button', { name: `Select path ${label}`, exact: true }) });
/** The play/pause button, whatever it reads now. */
export const playButton = (page: Page): Locator => page.getByRole('button', { name: /^(Play|Pause)$/ });

export interface PathReadout {
  readonly label: string;
  readonly iteration: string;
  readonly x: string;
  readonly y: string;
  readonly cost: string;
  readonly grad: string;
  readonly status: string;
}

/** Every row of the paths table, read by column header (Iteration, x, y, Cost, ‖∇‖, Status). */
export async function readPaths(page: Page): Promise<PathReadout[]> {
  return pathsTable(page).evaluate((table: HTMLTableElement) => {
    const heads = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent?.trim() ?? '');
    const col = (test: (h: string) => boolean): number => heads.findIndex(test);
    // The two parameter columns follow Iteration and are named after the surface's axes (x, y or w, b).
    const iteration = col((h) => h === 'Iteration');
    const idx = {
      iteration, x: iteration + 1, y: iteration + 2,
      cost: col((h) => h.startsWith('Cost')), grad: col((h) => h.startsWith('‖∇')), status: col((h) => h === 'Status'),
    };
    return [...table.tBodies[0]!.rows].filter((r) => r.querySelector('th[scope="row"]')).map((r) => {
      const cell = (i: number): string => r.cells[i]?.textContent?.trim() ?? '';
      return {
        label: r.querySelector('th button')?.textContent?.trim() ?? '',
        iteration: cell(idx.iteration), x: cell(idx.x), y: cell(idx.y),
        cost: cell(idx.cost), grad: cell(idx.grad), status: cell(idx.status),
      };
    });
  });
}

/** The paths table once it has stopped changing (readouts refresh at most every 200 ms, so two reads 450 ms apart agree). */
export async function settledPaths(page: Page): Promise<PathReadout[]> {
  let previous = '';
  let rows: PathReadout[] = [];
  await expect.poll(async () => {
    rows = await readPaths(page);
    const now = JSON.stringify(rows), same = now === previous;
    previous = now;
    return same;
  }, { message: 'the paths table settles', intervals: [450] }).toBe(true);
  return rows;
}

/**
 * Waits until the scene has mounted and the paths run: path A's iteration cell holds a number above 0.
 * (A key pressed before that, while the scene is still mounting, acts on paths that do not exist yet.)
 */
export async function waitForRunningPaths(page: Page): Promise<void> {
  await expect.poll(async () => Number((await readPaths(page))[0]?.iteration.replace(/,/g, '')), { message: 'path A runs' }).toBeGreaterThan(0);
}

/** Pauses the lab if it is playing (by the Pause button). */
export async function pauseIfPlaying(page: Page): Promise<void> {
  const button = playButton(page);
  if ((await button.textContent()) === 'Pause') await button.click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
}

/** Opens `url` and waits for the paths table and for the canvas to fill the lab (it starts at 300 × 150, the lab is larger). */
export async function openLab(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(pathsTable(page)).toBeVisible();
  await expect(canvas(page)).toBeVisible();
  await expect.poll(() => canvas(page).evaluate((c) => {
    const p = c.parentElement;
    return p !== null && p.clientWidth > 0 && c.clientWidth === p.clientWidth && c.clientHeight === p.clientHeight;
  })).toBe(true);
}

/** The canvas's box on the page; `at(fx, fy)` is the page point at fractions (fx, fy) of its width and height. */
export async function canvasBox(page: Page): Promise<Box & { at: (fx: number, fy: number) => { x: number; y: number } }> {
  const b = await canvas(page).boundingBox();
  if (!b) throw new Error('the canvas has no box');
  return { ...b, at: (fx, fy) => ({ x: b.x + fx * b.width, y: b.y + fy * b.height }) };
}

/** A press-move-release with the left button, moving in `steps` pointer moves. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 10): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** The first value of query parameter `key` in the page's current address, or null. */
/** A key of the scenario in the page's address: the link lives in the fragment (#…). */
export const urlParam = (page: Page, key: string): string | null => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);

// ---- pixels ----

export interface Image {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes per pixel, row after row. */
  readonly rgba: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are). */
export function decodePng(png: Buffer): Image {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let o = 8, width = 0, height = 0, channels = 0;
  const idat: Buffer[] = [];
  while (o < png.length) {
    const len = png.readUInt32BE(o), type = png.toString('latin1', o + 4, o + 8), body = png.subarray(o + 8, o + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0); height = body.readUInt32BE(4);
      const depth = body[8], colour = body[9], interlace = body[12];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour}, interlace ${interlace})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels, out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride), cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels]! : 0, b = prev[i]!, c = i >= channels ? prev[i - channels]! : 0;
      let p: number;
      switch (filter) {
        case 0: p = 0; break;
        case 1: p = a; break;
        case 2: p = b; break;
        case 3: p = (a + b) >> 1; break;
        case 4: { const q = a + b - c, pa = Math.abs(q - a), pb = Math.abs(q - b), pc = Math.abs(q - c); p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c; break; }
        default: throw new Error(`bad PNG filter ${filter}`);
      }
      cur[i] = (line[i]! + p) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const d = 4 * (y * width + x), s = x * channels;
      out[d] = cur[s]!; out[d + 1] = cur[s + 1]!; out[d + 2] = cur[s + 2]!; out[d + 3] = channels === 4 ? cur[s + 3]! : 255;
    }
    [prev, cur] = [cur, prev];
  }
  return { width, height, rgba: out };
}

export interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

/** Number of pixels in `box` (whole image if omitted) for which `test(r, g, b)` holds. */
export function countPixels(img: Image, test: (r: number, g: number, b: number) => boolean, box?: Box): number {
  const b = clampBox(img, box);
  let n = 0;
  for (let y = b.y; y < b.y + b.height; y++) {
    for (let x = b.x; x < b.x + b.width; x++) {
      const i = 4 * (y * img.width + x);
      if (test(img.rgba[i]!, img.rgba[i + 1]!, img.rgba[i + 2]!)) n++;
    }
  }
  return n;
}

/** Fraction of pixels in `box` (whole image if omitted) whose colour differs from the background by more than `tol` in some channel. */
export function nonBackgroundFraction(img: Image, box?: Box, tol = 12): number {
  const b = clampBox(img, box);
  const [br, bg, bb] = BACKGROUND;
  const n = countPixels(img, (r, g, bl) => Math.abs(r - br) > tol || Math.abs(g - bg) > tol || Math.abs(bl - bb) > tol, b);
  return n / Math.max(1, b.width * b.height);
}

/** Fraction of pixels in `box` that differ (by more than `tol` in some channel) between two images of one size. */
export function changedFraction(a: Image, b: Image, box?: Box, tol = 24): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size');
  const r = clampBox(a, box);
  let n = 0;
  for (let y = r.y; y < r.y + r.height; y++) {
    for (let x = r.x; x < r.x + r.width; x++) {
      const i = 4 * (y * a.width + x);
      if (Math.abs(a.rgba[i]! - b.rgba[i]!) > tol || Math.abs(a.rgba[i + 1]! - b.rgba[i + 1]!) > tol || Math.abs(a.rgba[i + 2]! - b.rgba[i + 2]!) > tol) n++;
    }
  }
  return n / Math.max(1, r.width * r.height);
}

function clampBox(img: Image, box?: Box): Box {
  if (!box) return { x: 0, y: 0, width: img.width, height: img.height };
  const x = Math.max(0, Math.round(box.x)), y = Math.max(0, Math.round(box.y));
  return { x, y, width: Math.min(img.width - x, Math.round(box.width)), height: Math.min(img.height - y, Math.round(box.height)) };
}

/** A screenshot of the lab's canvas, decoded (canvas pixels; the canvas's CSS size at device scale 1). */
export async function shootCanvas(page: Page, path?: string): Promise<Image> {
  const png = await canvas(page).screenshot(path ? { path } : {});
  return decodePng(png);
}

/**
 * The page pixel where the map's own tick labels put maths (x, y): the x tick's centre gives the column, the
 * y tick's the row. The labels are placed by three.js projecting the axes through the map camera, so this is
 * independent of the pointer mapping under test.
 */
export async function mapPointFromTicks(page: Page, x: string, y: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(({ tx, ty }) => {
    const labels = [...document.querySelectorAll<HTMLElement>('.label-layer.axes.in-map .axis-label')].filter((e) => e.style.display !== 'none');
    const centre = (e: HTMLElement) => { const r = e.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; };
    const withText = (t: string) => labels.filter((e) => e.textContent === t).map(centre);
    // x ticks run along the bottom edge (largest y), y ticks up the left edge (smallest x).
    const xs = withText(tx).sort((a, b) => b.y - a.y), ys = withText(ty).sort((a, b) => a.x - b.x);
    return xs[0] && ys[0] ? { x: xs[0].x, y: ys[0].y } : null;
  }, { tx: x, ty: y });
  if (!at) throw new Error(`no map ticks ${x} and ${y}`);
  return at;
}
