// The map view: the landscape from above. Picked with "View"; a click adds a start where the map's own axes
// say it is, a drag moves a pin, hovering shows x, y, f and ∇f, and the map and the 3D view agree.
import { expect, test, type Page } from '@playwright/test';
import {
  mapPointFromTicks, canvas, changedFraction, collectErrors, countPixels, nonBackgroundFraction, openLab, pathRow, pathRows, pauseIfPlaying,
  playButton, readPaths, screenPath, settledPaths, shootCanvas, urlParam, type Image,
} from './helpers';

const mapArea = (page: Page) => page.getByRole('application', { name: 'Map of the cost landscape, seen from above' });
const pickView = async (page: Page, name: '3D' | 'Map' | '3D and map') => {
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name, exact: true }).check();
};

/** What the swarm test reads of ?debug's window.__downhill. */
interface SwarmDebug {
  simulation: { paths: unknown[] };
  store: { getState: () => { scenario: { starts: { x: number; y: number; member?: number }[] } } };
  stats: { screenOf?: (view: '3d' | 'map', x: number, y: number) => { x: number; y: number } | null };
}
const pathCount = (page: Page) => page.evaluate(() => (window as unknown as { __downhill: SwarmDebug }).__downhill.simulation.paths.length);

const near = (v: string, want: number, tol: number) => Math.abs(Number(v.replace('−', '-')) - want) <= tol;

/** The start of path `label` as its editor shows it (once the editor shows that path). */
async function startOf(page: Page, label: string): Promise<[string, string]> {
  const group = page.getByRole('group', { name: `Start of path ${label}`, exact: true });
  await expect(group).toBeVisible();
  return [await group.getByRole('textbox', { name: 'Start x' }).inputValue(), await group.getByRole('textbox', { name: 'Start y' }).inputValue()];
}

test('"Map" shows the map; a click adds a start at the clicked (x, y); a drag moves a pin', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await pauseIfPlaying(page);
  await expect(mapArea(page)).toBeHidden();
  await pickView(page, 'Map');
  await expect(mapArea(page)).toBeVisible();
  await expect.poll(() => urlParam(page, 'view')).toBe('map');
  // The map fills the canvas: the overlay that takes its pointer covers it.
  const [cb, mb] = [await canvas(page).boundingBox(), await mapArea(page).boundingBox()];
  expect(mb).toEqual(cb);
  await expect(page.locator('.label-layer.levels.in-map .level-label').first()).toBeVisible();
  const before = await shootCanvas(page, screenPath('map-01-map'));
  expect(nonBackgroundFraction(before)).toBeGreaterThan(0.3);

  // A click where the map's ticks say (2, −2) adds start E there.
  const p = await mapPointFromTicks(page, '2', '-2');
  await page.mouse.click(p.x, p.y);
  await expect(pathRows(page)).toHaveCount(5);
  const e = (await settledPaths(page)).find((r) => r.label === 'E')!;
  // Its path is already finished (paused), so the table shows where it ended: read the start from the editor.
  const [sx, sy] = await startOf(page, 'E');
  expect(near(sx, 2, 0.06) && near(sy, -2, 0.06), `start E at (${sx}, ${sy}), row ${JSON.stringify(e)}`).toBe(true);

  // Drag pin A from (4, 4) to (−2, 2): A is selected, moved, and no start is added.
  const from = await mapPointFromTicks(page, '4', '4'), to = await mapPointFromTicks(page, '-2', '2');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Select path A', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await startOf(page, 'A'))[0]).not.toBe('4');
  const [ax, ay] = await startOf(page, 'A');
  expect(near(ax, -2, 0.06) && near(ay, 2, 0.06), `start A moved to (${ax}, ${ay})`).toBe(true);
  await expect(pathRows(page)).toHaveCount(5);
  await expect.poll(() => urlParam(page, 'p')).toContain('-2');
  await shootCanvas(page, screenPath('map-02-after-drag'));
  expect(errors).toEqual([]);
});

test('hovering the map shows x, y, f and ∇f and draws the gradient arrow there', async ({ page }) => {
  await openLab(page, '/#view=map');
  await pauseIfPlaying(page);
  const before = await shootCanvas(page);
  const p = await mapPointFromTicks(page, '0', '2');
  await page.mouse.move(p.x, p.y);
  const readout = mapArea(page).locator('output');
  await expect(readout).toBeVisible();
  // Himmelblau at (0, 2): f = (2 − 11)² + (4 − 7)² = 90; ∇f = (4x(x²+y−11) + 2(x+y²−7), 2(x²+y−11) + 4y(x+y²−7)) = (−6, −42).
  const text = (await readout.textContent()) ?? '';
  const m = /x (\S+) {2}y (\S+) {2}f (\S+) {2}∇f \((\S+), (\S+)\)/.exec(text);
  expect(m, text).not.toBeNull();
  const [x, y, f, gx, gy] = m!.slice(1).map((v) => Number(v.replace('−', '-')));
  expect(Math.abs(x!) < 0.06 && Math.abs(y! - 2) < 0.06, text).toBe(true);
  // f and ∇f are the surface's at the shown (x, y).
  const himmelblau = (a: number, b: number) => (a * a + b - 11) ** 2 + (a + b * b - 7) ** 2;
  expect(f).toBeCloseTo(himmelblau(x!, y!), 0);
  expect(gx! / gy!).toBeCloseTo((4 * x! * (x! * x! + y! - 11) + 2 * (x! + y! * y! - 7)) / (2 * (x! * x! + y! - 11) + 4 * y! * (x! + y! * y! - 7)), 1);
  expect(Math.hypot(gx! + 6, gy! + 42)).toBeLessThan(3);
  // The arrow (violet) and the level through the point (yellow) are drawn around it.
  const cb = (await canvas(page).boundingBox())!;
  const box = { x: p.x - cb.x - 70, y: p.y - cb.y - 70, width: 140, height: 140 };
  const after = await shootCanvas(page, screenPath('map-03-hover'));
  expect(changedFraction(before, after, box)).toBeGreaterThan(0.02);
  const yellow = (img: Image, b = box) => countPixels(img, (r, g, bl) => r > 200 && g > 180 && bl < 150, b);
  expect(yellow(after)).toBeGreaterThan(yellow(before) + 20);
  // The level drawn is the one through the hovered point: it passes right by it.
  const here = { x: p.x - cb.x - 5, y: p.y - cb.y - 5, width: 10, height: 10 };
  expect(yellow(after, here), 'the level through the point passes through it').toBeGreaterThan(yellow(before, here) + 2);
  // Leaving the map hides the readout.
  await page.mouse.move(cb.x + 2, cb.y + cb.height + 40);
  await expect(readout).toBeHidden();
});

test('"3D and map" shows both, side by side on a wide screen and stacked on a phone, and they agree on where the heads are', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug');
  await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
  await pickView(page, '3D and map');
  await expect.poll(() => urlParam(page, 'view')).toBe('both');
  const cb = (await canvas(page).boundingBox())!, mb = (await mapArea(page).boundingBox())!;
  // Side by side: the map takes the right half of the canvas.
  expect(mb.x - cb.x).toBeCloseTo(cb.width / 2, -1);
  expect(mb.height).toBeCloseTo(cb.height, 0);
  const img = await shootCanvas(page, screenPath('map-04-both'));
  const left = { x: 0, y: 0, width: img.width / 2, height: img.height }, right = { ...left, x: img.width / 2 };
  expect(nonBackgroundFraction(img, left), 'the 3D view is drawn').toBeGreaterThan(0.15);
  expect(nonBackgroundFraction(img, right), 'the map is drawn').toBeGreaterThan(0.3);

  // Every head, projected through the 3D camera and through the map camera, lands on its own colour in each
  // view: the two views show the one scene from two cameras.
  const rows = await readPaths(page);
  const colours = { A: [0xff, 0x7a, 0x1a], B: [0x19, 0xe3, 0xff], C: [0xff, 0x3d, 0x9a], D: [0x8c, 0xff, 0x2e] } as const;
  for (const r of rows) {
    const [x, y] = [Number(r.x.replace('−', '-')), Number(r.y.replace('−', '-'))];
    const at = await page.evaluate(([hx, hy]) => {
      const s = (window as unknown as { __downhill: { stats: { screenOf(v: '3d' | 'map', x: number, y: number): { x: number; y: number } | null } } }).__downhill.stats;
      return { three: s.screenOf('3d', hx!, hy!), map: s.screenOf('map', hx!, hy!) };
    }, [x, y]);
    expect(at.three && at.map).toBeTruthy();
    expect(at.three!.x, 'the 3D head is in the 3D half').toBeLessThan(cb.width / 2);
    expect(at.map!.x, 'the map head is in the map half').toBeGreaterThan(cb.width / 2);
    const c = colours[r.label as keyof typeof colours];
    const like = (rr: number, g: number, b: number) => Math.abs(rr - c[0]) < 70 && Math.abs(g - c[1]) < 70 && Math.abs(b - c[2]) < 70;
    for (const [view, q] of [['3d', at.three!], ['map', at.map!]] as const) {
      const n = countPixels(img, like, { x: q.x - 8, y: q.y - 14, width: 16, height: 22 });
      expect(n, `head ${r.label} at (${x}, ${y}) in the ${view} view`).toBeGreaterThan(6);
    }
    // And the map's pointer mapping agrees with where the map draws it: hovering the head reads its (x, y).
    await page.mouse.move(cb.x + at.map!.x, cb.y + at.map!.y);
    const text = (await mapArea(page).locator('output').textContent()) ?? '';
    const m = /x (\S+) {2}y (\S+)/.exec(text)!;
    expect(near(m[1]!, x, 0.06) && near(m[2]!, y, 0.06), `${r.label}: ${text}`).toBe(true);
  }

  // On a phone the two views are stacked: the map below the 3D view.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(async () => {
    const [c, m] = [await canvas(page).boundingBox(), await mapArea(page).boundingBox()];
    return c && m && c.width <= 390 && Math.abs(m.y - c.y - c.height / 2) <= 1 && Math.abs(m.width - c.width) <= 1;
  }, { message: 'the map sits below the 3D view, as wide as the canvas' }).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await shootCanvas(page, screenPath('map-05-both-phone'));
  // Back to 3D: the map is gone, the link forgets the view.
  await pickView(page, '3D');
  await expect(mapArea(page)).toBeHidden();
  await expect.poll(() => urlParam(page, 'view')).toBeNull();
  await expect(pathRow(page, 'A')).toBeVisible();
  expect(errors).toEqual([]);
});

test('with both views, a click on the 3D half adds a start there, and its pin appears on the map at the same (x, y)', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug#view=both');
  await pauseIfPlaying(page);
  const cb = (await canvas(page).boundingBox())!;
  const before = await shootCanvas(page);
  // The middle of the 3D half: the landscape fills it.
  await page.mouse.click(cb.x + cb.width / 4, cb.y + cb.height / 2);
  await expect(pathRows(page)).toHaveCount(5);
  const [sx, sy] = (await startOf(page, 'E')).map(Number) as [number, number];
  // The 3D view puts the new pin under the click (the pointer is aimed through the 3D half alone).
  const at = await page.evaluate(([x, y]) => {
    const s = (window as unknown as { __downhill: { stats: { screenOf(v: '3d' | 'map', x: number, y: number): { x: number; y: number } | null } } }).__downhill.stats;
    return { three: s.screenOf('3d', x!, y!), map: s.screenOf('map', x!, y!) };
  }, [sx, sy]);
  expect(Math.hypot(at.three!.x - cb.width / 4, at.three!.y - cb.height / 2), `start at (${sx}, ${sy})`).toBeLessThan(3);
  // And the map draws a pin there (the scene is one; only the camera differs).
  const box = { x: at.map!.x - 8, y: at.map!.y - 8, width: 16, height: 16 };
  await expect.poll(async () => changedFraction(before, await shootCanvas(page), box)).toBeGreaterThan(0.2);
  await shootCanvas(page, screenPath('map-06-3d-click-both'));
  expect(errors).toEqual([]);
});

test('with 1,000 swarm starts (their pins hidden), a click on the map right on a member adds a start', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await openLab(page, '/?debug#view=map');
  await pauseIfPlaying(page);
  await page.getByLabel('Number of starts', { exact: true }).fill('1000');
  await page.getByLabel('Arrangement', { exact: true }).selectOption({ label: 'Random' });
  await page.getByLabel('Seed', { exact: true }).fill('7');
  await page.getByRole('button', { name: 'Add starts', exact: true }).click();
  await expect.poll(() => pathCount(page)).toBe(1004);
  await pauseIfPlaying(page);
  const cb = (await canvas(page).boundingBox())!;
  // A member's map pixel at least 30 px from every ordinary pin: the old fixed 12 px reach grabbed it there.
  const target = await page.evaluate(() => {
    const d = (window as unknown as { __downhill: SwarmDebug }).__downhill, starts = d.store.getState().scenario.starts;
    const at = (x: number, y: number) => d.stats.screenOf!('map', x, y)!;
    const pins = starts.filter((s) => s.member === undefined).map((s) => at(s.x, s.y));
    for (const s of starts) {
      if (s.member === undefined) continue;
      const q = at(s.x, s.y);
      if (pins.every((p) => Math.hypot(p.x - q.x, p.y - q.y) > 30)) return { ...q, x0: s.x, y0: s.y };
    }
    return null;
  });
  expect(target, 'a member away from the ordinary pins').not.toBeNull();
  await page.mouse.click(cb.x + target!.x, cb.y + target!.y);
  await expect.poll(() => pathCount(page)).toBe(1005);
  const added = await page.evaluate(() => (window as unknown as { __downhill: SwarmDebug }).__downhill.store.getState().scenario.starts.filter((s) => s.member === undefined).map((s) => [s.x, s.y]));
  expect(added).toHaveLength(5);
  const [ex, ey] = added[4]!;
  // The new start is where the click was: on the member's start (within a pixel or so).
  expect(Math.hypot(ex! - target!.x0, ey! - target!.y0), `added at (${ex}, ${ey}), member at (${target!.x0}, ${target!.y0})`).toBeLessThan(0.1);
  expect(errors).toEqual([]);
});

test('the View picker works by keyboard, and a tap on the map adds a start', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openLab(page);
  await pauseIfPlaying(page);
  const group = page.getByRole('radiogroup', { name: 'View' });
  await group.getByRole('radio', { name: '3D', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Map', exact: true })).toBeChecked();
  await expect(mapArea(page)).toBeVisible();
  await expect.poll(() => urlParam(page, 'view')).toBe('map');
  const p = await mapPointFromTicks(page, '-2', '-2');
  await page.touchscreen.tap(p.x, p.y);
  await expect(pathRows(page)).toHaveCount(5);
  const [sx, sy] = await startOf(page, 'E');
  expect(near(sx, -2, 0.1) && near(sy, -2, 0.1), `tapped start at (${sx}, ${sy})`).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: '3D and map', exact: true })).toBeChecked();
  await context.close();
});

for (const size of [{ width: 390, height: 844 }, { width: 768, height: 1024 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  for (const view of ['map', 'both'] as const) {
    test(`at ${size.width} × ${size.height} with ${view === 'map' ? 'the map' : 'both views'}: no sideways scroll, labels clear of the picker, the map inside the stage`, async ({ page }) => {
      await page.setViewportSize(size);
      await openLab(page, `/#view=${view}`);
      await expect(mapArea(page)).toBeVisible();
      await expect(page.locator('.label-layer.levels.in-map .level-label').first()).toBeVisible();
      const m = await page.evaluate(() => {
        const box = (e: Element) => e.getBoundingClientRect();
        const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const picker = box(document.querySelector('.view-picker')!), stage = box(document.querySelector('.stage')!), map = box(document.querySelector('.map-input')!);
        const shown = [...document.querySelectorAll<HTMLElement>('.label-layer.in-map .label')].filter((e) => e.style.display !== 'none' && e.offsetWidth > 0);
        return {
          sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          underPicker: shown.filter((e) => hit(box(e), picker)).map((e) => e.textContent),
          mapInStage: map.left >= stage.left - 0.5 && map.right <= stage.right + 0.5 && map.top >= stage.top - 0.5 && map.bottom <= stage.bottom + 0.5,
          mapSize: [map.width, map.height],
          levelFont: parseFloat(getComputedStyle(shown.find((e) => e.classList.contains('level-label'))!).fontSize),
        };
      });
      expect(m.sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      expect(m.underPicker, 'map labels under the View picker').toEqual([]);
      expect(m.mapInStage, 'the map lies within the stage').toBe(true);
      expect(Math.min(...m.mapSize), 'the map is large enough to use').toBeGreaterThan(250);
      expect(m.levelFont, 'level labels are readable').toBeGreaterThanOrEqual(10);
      await page.screenshot({ path: screenPath(`map-${view}-${size.width}x${size.height}`) });
    });
  }
}
