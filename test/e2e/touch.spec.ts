// Fingers on a tablet (768 × 1024, touch, mobile): a tap adds a start, one finger drags a pin, two fingers orbit
// and pinch-zoom, one finger elsewhere scrolls the page, the map's readout follows a tap, and the help speaks of taps.
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { canvasBox, collectErrors, openLab, pathRows, pauseIfPlaying, screenPath } from './helpers';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

interface Point { x: number; y: number }
interface TouchDebug {
  store: { getState: () => { scenario: { starts: { id: number; x: number; y: number }[]; camera: { zoom: number; azimuth: number; elevation: number } | null } } };
  stats: { handleScreen?: (i: number) => Point | null; screenOf?: (view: '3d' | 'map', x: number, y: number) => Point | null };
}
const starts = (page: Page) => page.evaluate(() => (window as unknown as { __downhill: TouchDebug }).__downhill.store.getState().scenario.starts.map((s) => [s.x, s.y]));
const cameraView = (page: Page) => page.evaluate(() => (window as unknown as { __downhill: TouchDebug }).__downhill.store.getState().scenario.camera);
/** Page point of path i's pin (where a finger grabs it). */
async function pinAt(page: Page, i: number): Promise<Point> {
  const c = await canvasBox(page);
  const p = await page.evaluate((k) => (window as unknown as { __downhill: TouchDebug }).__downhill.stats.handleScreen?.(k) ?? null, i);
  if (!p) throw new Error(`no pin ${i}`);
  return { x: c.x + p.x, y: c.y + p.y };
}

/** Real touch input through the browser's input pipeline (touch-action and scrolling apply), one finger per path. */
async function gesture(page: Page, cdp: CDPSession, paths: [Point, Point][], steps = 12): Promise<void> {
  const at = (t: number) => paths.map(([a, b], id) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let s = 1; s <= steps; s++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('the help speaks of taps and fingers on a touch screen', async ({ page }) => {
  await openLab(page, '/?debug');
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  await expect(page.locator('.tagline')).toHaveText(/Tap the surface to drop a start/);
  await expect(page.getByText('Tap the surface: add a start', { exact: false })).toBeVisible();
  await expect(page.getByText('two fingers: orbit and pinch to zoom', { exact: false })).toBeVisible();
  await expect(page.getByText('scroll: zoom', { exact: false })).toBeHidden();
  await expect(page.getByText(/^Click$/)).toBeHidden();
});

test('a setting\'s help, kept in a title for a mouse to hover, is written out where nothing hovers', async ({ page }) => {
  await openLab(page, '/?debug');
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  const rowsHelp = () => [...document.querySelectorAll<HTMLElement>('.row[title]')]
    .map((r) => ({ title: r.title, shown: getComputedStyle(r, '::after').content }));
  const touchRows = await page.evaluate(rowsHelp);
  expect(touchRows.length, 'settings with help on the first screen').toBeGreaterThan(0);
  for (const r of touchRows) expect(r.shown).toBe(JSON.stringify(r.title));
});

test('a tap adds a start; one finger drags its pin and leaves the camera; one finger elsewhere scrolls the page', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug');
  await pauseIfPlaying(page);
  const cdp = await page.context().newCDPSession(page);
  const box = await canvasBox(page);
  await page.touchscreen.tap(box.at(0.5, 0.5).x, box.at(0.5, 0.5).y);
  await expect(pathRows(page)).toHaveCount(5);
  const before = await starts(page);
  expect(before).toHaveLength(5);

  // One finger on E's pin drags it: E's start moves, the others and the camera stay.
  const pin = await pinAt(page, 4);
  await gesture(page, cdp, [[pin, { x: pin.x - 0.15 * box.width, y: pin.y + 0.1 * box.height }]]);
  await expect.poll(async () => (await starts(page))[4]).not.toEqual(before[4]);
  const moved = await starts(page);
  expect(moved.slice(0, 4)).toEqual(before.slice(0, 4));
  expect(await cameraView(page), 'a pin drag does not turn the camera').toBeNull();
  expect(await page.evaluate(() => window.scrollY), 'a pin drag does not scroll the page').toBe(0);
  await expect(pathRows(page)).toHaveCount(5);

  // One finger on the landscape away from every pin scrolls the page (a phone is not trapped under the view) and does not orbit.
  const from = box.at(0.85, 0.85);
  await gesture(page, cdp, [[from, { x: from.x, y: from.y - 300 }]]);
  await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'the page scrolls' }).toBeGreaterThan(50);
  expect(await cameraView(page), 'one finger does not orbit').toBeNull();
  expect(await starts(page), 'a swipe adds or moves no start').toEqual(moved);
  expect(errors).toEqual([]);
});

test('two fingers pinch-zoom and orbit the camera and leave the starts alone', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug');
  await pauseIfPlaying(page);
  const cdp = await page.context().newCDPSession(page);
  const box = await canvasBox(page);
  const before = await starts(page);
  expect(await cameraView(page)).toBeNull();

  // Fingers spreading apart zoom in: the camera comes closer (zoom below the default 1).
  const c = box.at(0.5, 0.55);
  await gesture(page, cdp, [[{ x: c.x - 40, y: c.y }, { x: c.x - 150, y: c.y }], [{ x: c.x + 40, y: c.y }, { x: c.x + 150, y: c.y }]]);
  await expect.poll(async () => (await cameraView(page))?.zoom ?? 1).toBeLessThan(0.9);
  const zoomed = await cameraView(page);
  expect(await starts(page)).toEqual(before);
  await expect(pathRows(page)).toHaveCount(4);

  // Two fingers moving together sideways orbit: the azimuth turns, the zoom stays.
  await gesture(page, cdp, [[{ x: c.x - 60, y: c.y }, { x: c.x + 60, y: c.y }], [{ x: c.x + 60, y: c.y }, { x: c.x + 180, y: c.y }]]);
  await expect.poll(async () => Math.abs(((await cameraView(page))?.azimuth ?? 0) - zoomed!.azimuth)).toBeGreaterThan(0.1);
  expect(Math.abs((await cameraView(page))!.zoom - zoomed!.zoom)).toBeLessThan(0.02);
  expect(await starts(page)).toEqual(before);
  expect(await page.evaluate(() => window.scrollY), 'two fingers do not scroll the page').toBe(0);
  expect(errors).toEqual([]);
});

test('on the map a tap adds a start and the readout of x, y, f and ∇f stays at the tap; one finger drags a pin or scrolls the page', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug');
  await pauseIfPlaying(page);
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'Map', exact: true }).check();
  const map = page.getByRole('application', { name: 'Map of the cost landscape, seen from above' });
  await expect(map).toBeVisible();
  await expect(page.getByText('Map: tap to add a start', { exact: false })).toBeVisible();
  const mb = (await map.boundingBox())!;
  await page.touchscreen.tap(mb.x + 0.5 * mb.width, mb.y + 0.5 * mb.height);
  await expect(pathRows(page)).toHaveCount(5);
  const readout = map.locator('output');
  await expect(readout).toBeVisible();
  await expect(readout).toHaveText(/^x -?[\d.]+ +y/);
  // It stays after the finger has lifted (a finger cannot hover), and names the point tapped: the new start.
  await page.waitForTimeout(500);
  await expect(readout).toBeVisible();
  const [sx, sy] = (await starts(page))[4]!;
  const text = (await readout.textContent())!.replace(/−/g, '-');
  const [, rx, ry] = /^x (\S+) +y (\S+)/.exec(text)!;
  expect(Math.abs(Number(rx) - sx!)).toBeLessThan(0.05);
  expect(Math.abs(Number(ry) - sy!)).toBeLessThan(0.05);
  await page.screenshot({ path: screenPath('touch-map-tap') });

  // One finger on the new pin drags it (the page stays put); one finger off the pins scrolls the page.
  const cdp = await page.context().newCDPSession(page);
  const cb = await canvasBox(page);
  const pin = await page.evaluate(([x, y]) => (window as unknown as { __downhill: TouchDebug }).__downhill.stats.screenOf?.('map', x!, y!) ?? null, [sx, sy]);
  if (!pin) throw new Error('no map pin');
  const grab = { x: cb.x + pin.x, y: cb.y + pin.y };
  await gesture(page, cdp, [[grab, { x: grab.x + 0.2 * mb.width, y: grab.y + 0.15 * mb.height }]]);
  await expect.poll(async () => (await starts(page))[4]).not.toEqual([sx, sy]);
  expect(await page.evaluate(() => window.scrollY), 'a pin drag on the map does not scroll the page').toBe(0);
  await expect(pathRows(page)).toHaveCount(5);
  const dropped = await starts(page);
  const from = { x: mb.x + 0.5 * mb.width, y: mb.y + 0.95 * mb.height };
  await gesture(page, cdp, [[from, { x: from.x, y: from.y - 300 }]]);
  await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'the page scrolls' }).toBeGreaterThan(50);
  expect(await starts(page), 'a swipe on the map adds or moves no start').toEqual(dropped);
  expect(errors).toEqual([]);
});
