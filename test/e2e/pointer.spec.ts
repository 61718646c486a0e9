// Pointer gestures on the canvas: a click adds a start, dragging a start's pin moves it, dragging elsewhere orbits.
import { expect, test, type Page } from '@playwright/test';
import {
  canvasBox, changedFraction, collectErrors, drag, openLab, pathRow, pathRows, pauseIfPlaying, readPaths, screenPath, shootCanvas, urlParam,
  type PathReadout,
} from './helpers';

/** Where the click adds start E: the middle of the canvas, which the Himmelblau surface fills. */
const CLICK = { fx: 0.5, fy: 0.5 };
/** The cone of a start stands on the surface at the start; this far above the tip the pointer is on the cone. */
const ON_CONE = 10;

const rowE = async (page: Page): Promise<PathReadout> => {
  const e = (await readPaths(page)).find((r) => r.label === 'E');
  if (!e) throw new Error('no row E');
  return e;
};
const minimumOf = (r: PathReadout): string | undefined => /at (M\d)/.exec(r.status)?.[1];

test('clicking the surface adds a start whose path appears', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await pauseIfPlaying(page);
  const box = await canvasBox(page);
  const before = await shootCanvas(page);

  const p = box.at(CLICK.fx, CLICK.fy);
  await page.mouse.click(p.x, p.y);

  await expect(pathRows(page)).toHaveCount(5);
  await expect(pathRow(page, 'E')).toBeVisible();
  // Paused, the new path is computed to its end at once: a finite outcome, never a divergence.
  await expect.poll(async () => (await rowE(page)).status).toMatch(/^(converged|stopped at the limit)/);
  const e = await rowE(page);
  for (const v of [e.x, e.y, e.cost, e.grad]) expect(Number(v), `${JSON.stringify(e)}`).not.toBeNaN();
  // The new pin, its letter and its path change the picture around the click.
  const near = { x: p.x - box.x - 80, y: p.y - box.y - 80, width: 160, height: 160 };
  await expect.poll(async () => changedFraction(before, await shootCanvas(page), near)).toBeGreaterThan(0.01);
  await shootCanvas(page, screenPath('02-after-click-add'));
  expect(errors).toEqual([]);
});

test('a click on the surface is not an orbit: it leaves the camera out of the link', async ({ page }) => {
  await openLab(page);
  await pauseIfPlaying(page);
  const box = await canvasBox(page);
  const p = box.at(CLICK.fx, CLICK.fy);
  await page.mouse.click(p.x, p.y);
  await expect(pathRows(page)).toHaveCount(5);
  // The link is written 250 ms after an edit: wait for the new start to reach it, then look for the camera.
  await expect.poll(() => urlParam(page, 'p')).not.toBeNull();
  expect(urlParam(page, 'cam'), 'a click must not write the camera view into the link').toBeNull();
});

test('dragging a pin moves its start without turning the camera; dragging elsewhere orbits', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await pauseIfPlaying(page);
  const box = await canvasBox(page);
  const p = box.at(CLICK.fx, CLICK.fy);
  const empty = await shootCanvas(page);
  await page.mouse.click(p.x, p.y);
  await expect(pathRows(page)).toHaveCount(5);
  await expect.poll(async () => (await rowE(page)).status).toMatch(/^converged/);
  const before = await rowE(page);
  await expect.poll(() => urlParam(page, 'p')).not.toBeNull();
  const linkBefore = page.url();
  const camBefore = urlParam(page, 'cam');

  // A plain click on E's cone selects E; it does not reach the surface below and add another start.
  // Select A first (adding E selected E), and wait until E's pin is drawn where the click will go.
  await page.getByRole('button', { name: 'Select path A', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Select path E', exact: true })).toHaveAttribute('aria-pressed', 'false');
  const cone = { x: p.x - box.x - 3, y: p.y - box.y - ON_CONE - 3, width: 6, height: 6 };
  await expect.poll(async () => changedFraction(empty, await shootCanvas(page), cone), { message: 'E\'s pin is drawn' }).toBeGreaterThan(0.5);
  await page.mouse.click(p.x, p.y - ON_CONE);
  await expect(page.getByRole('button', { name: 'Select path E', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(400);
  await expect(pathRows(page)).toHaveCount(5);
  const shotBefore = await shootCanvas(page);

  // Press on E's cone and drag it left and down; the path is recomputed while the pointer moves.
  const to = { x: p.x - 0.16 * box.width, y: p.y + 0.08 * box.height };
  await page.mouse.move(p.x, p.y - ON_CONE);
  await page.mouse.down();
  await page.mouse.move((p.x + to.x) / 2, (p.y - ON_CONE + to.y) / 2, { steps: 5 });
  await expect.poll(async () => (await rowE(page)).status, { message: 'row E changes during the drag' }).not.toBe(before.status);
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();

  await expect.poll(async () => minimumOf(await rowE(page))).toBeDefined();
  const after = await rowE(page);
  expect(after.status).toMatch(/^converged/);
  expect(minimumOf(after), `E ended at ${minimumOf(before)} before the drag and at ${minimumOf(after)} after`).not.toBe(minimumOf(before));
  expect([after.x, after.y]).not.toEqual([before.x, before.y]);
  expect(await pathRows(page).count(), 'a drag of a pin adds no start').toBe(5);
  // The start moved in the link too, and the view did not: no new camera in the link, the far side of the picture unchanged.
  await expect.poll(() => page.url()).not.toBe(linkBefore);
  expect(urlParam(page, 'cam')).toBe(camBefore);
  const farSide = { x: 0.75 * box.width, y: 0.1 * box.height, width: 0.25 * box.width, height: 0.8 * box.height };
  const shotAfter = await shootCanvas(page, screenPath('03-after-pin-drag'));
  expect(changedFraction(shotBefore, shotAfter, farSide), 'the view turned during a pin drag').toBeLessThan(0.002);

  // A drag that starts on the surface away from every pin orbits: the view changes and lands in the link.
  await drag(page, box.at(0.6, 0.75), box.at(0.75, 0.7));
  await expect.poll(() => urlParam(page, 'cam')).not.toBe(camBefore);
  expect(urlParam(page, 'cam')).toMatch(/^-?[\d.]+(,-?[\d.]+){4}$/);
  const shotOrbit = await shootCanvas(page, screenPath('03-after-orbit'));
  expect(changedFraction(shotAfter, shotOrbit), 'an orbit drag turns the view').toBeGreaterThan(0.1);
  expect(await pathRows(page).count(), 'an orbit adds no start').toBe(5);
  expect(errors).toEqual([]);
});
