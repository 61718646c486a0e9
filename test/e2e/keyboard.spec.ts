// Keys, when the focus is not in a control: Space plays or pauses, → steps, R resets.
import { expect, test, type Page } from '@playwright/test';
import { canvasBox, drag, openLab, pathRows, pauseIfPlaying, playButton, readPaths, settledPaths, waitForRunningPaths } from './helpers';

const iterationOfA = async (page: Page): Promise<number> => Number((await readPaths(page))[0]?.iteration.replace(/,/g, ''));

test('Space plays and pauses, ArrowRight steps, R resets', async ({ page }) => {
  await openLab(page);
  await waitForRunningPaths(page);
  await expect(page.locator('body')).toBeFocused();

  await page.keyboard.press('r');
  await expect(playButton(page)).toHaveText('Play');
  await expect.poll(() => iterationOfA(page), { message: 'R resets A to its start' }).toBe(0);
  expect((await readPaths(page))[0]?.status).toBe('ready');

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => iterationOfA(page), { message: '→ takes one step' }).toBe(1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => iterationOfA(page)).toBe(2);
  await expect(playButton(page)).toHaveText('Play');

  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Pause');
  await expect.poll(() => iterationOfA(page), { message: 'Space plays' }).toBeGreaterThan(3);
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Play');
  const paused = Number((await settledPaths(page))[0]?.iteration.replace(/,/g, ''));
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => iterationOfA(page), { message: '→ steps once when paused' }).toBe(paused + 1);

  await page.keyboard.press('R');
  await expect.poll(() => iterationOfA(page)).toBe(0);
  await expect(playButton(page)).toHaveText('Play');
  await expect(page.locator('body')).toBeFocused();
});

test('after a button is clicked or a slider is focused, Space still plays and R resets; → on a slider moves the slider', async ({ page }) => {
  await openLab(page);
  await waitForRunningPaths(page);
  await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
  const paths = (await readPaths(page)).length;

  // Focus on a button: Space is the lab's (it does not also press the button).
  const add = page.getByRole('button', { name: 'Reset view' });
  await add.click();
  await expect(add).toBeFocused();
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Pause');
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Play');
  await page.keyboard.press('r');
  await expect.poll(() => iterationOfA(page), { message: 'R resets with a button focused' }).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => iterationOfA(page), { message: '→ steps with a button focused' }).toBe(1);
  expect((await readPaths(page)).length, 'no button was pressed by the keys').toBe(paths);

  // Focus on a slider: → moves the slider (its native key), Space still toggles play.
  const speed = page.getByRole('slider', { name: 'Height exaggeration' });
  await speed.focus();
  const before = Number(await speed.inputValue());
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number(await speed.inputValue()), { message: '→ moves the focused slider' }).toBeGreaterThan(before);
  expect(await iterationOfA(page), '→ on a slider does not step').toBe(1);
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Pause');
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Play');

  // On a checkbox Space ticks it (a keyboard's only way to), and does not play.
  const slices = page.getByRole('checkbox', { name: 'Show slices and arrows' });
  await slices.focus();
  const ticked = await slices.isChecked();
  await page.keyboard.press(' ');
  await expect(slices).toBeChecked({ checked: !ticked });
  await expect(playButton(page)).toHaveText('Play');
  await page.keyboard.press(' ');
  await expect(slices).toBeChecked({ checked: ticked });

  // In a text box every key types.
  const lr = page.getByRole('textbox', { name: 'Learning rate value' });
  await lr.focus();
  await page.keyboard.press('r');
  await expect(playButton(page)).toHaveText('Play');
  await expect(lr).toHaveValue(/r/);
});

interface PathEnd { readonly x0: number; readonly y0: number; readonly x: number; readonly y: number; readonly t: number; readonly status: string; readonly traj: number[] }

/** Path `i`'s start, end, iteration, status and stored trajectory, from the ?debug hooks. */
const pathEnd = (page: Page, i: number): Promise<PathEnd | null> => page.evaluate((i) => {
  const sim = (window as unknown as { __downhill: { simulation: { paths: { x0: number; y0: number; run: { x: number; y: number; t: number; status: string; traj: Float64Array | null; count: number } }[] } } }).__downhill.simulation;
  const p = sim.paths[i];
  if (!p) return null;
  const traj = p.run.traj ? Array.from(p.run.traj.subarray(0, 4 * p.run.count)) : [];
  return { x0: p.x0, y0: p.y0, x: p.run.x, y: p.run.y, t: p.run.t, status: p.run.status, traj };
}, i);

test('from the keyboard alone: Tab to "Add start", type x and y, then the arrow keys move the start, and the path is the one a drag to that point gives', async ({ page }) => {
  await openLab(page, '/?debug#view=map');
  await pauseIfPlaying(page);
  const box = await canvasBox(page);

  // A drag in the map: click adds E, dragging E's pin moves it; the path is recomputed there.
  const from = box.at(0.62, 0.35), to = box.at(0.55, 0.45);
  await page.mouse.click(from.x, from.y);
  await expect(pathRows(page)).toHaveCount(5);
  await page.waitForTimeout(300);
  await drag(page, from, to);
  await expect.poll(async () => (await pathEnd(page, 4))?.status).not.toBe('running');
  const dragged = (await pathEnd(page, 4))!;
  expect(dragged.x0, 'the drag moved E').not.toBeCloseTo(0, 6);

  // Keyboard: Tab until the "Add start at x" box has the focus (it must be reachable by Tab).
  await page.locator('body').focus();
  let tabs = 0;
  while (tabs < 120 && await page.evaluate(() => document.activeElement?.getAttribute('aria-label')) !== 'Add start at x') { await page.keyboard.press('Tab'); tabs++; }
  await expect(page.getByRole('textbox', { name: 'Add start at x' })).toBeFocused();
  // One step (1% of Himmelblau's width, 0.1) left of the dragged start; the → key then brings it there.
  const x = Number((dragged.x0 - 0.1).toFixed(6));
  await page.keyboard.type(String(x));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(dragged.y0));
  await page.keyboard.press('Enter');
  await expect(pathRows(page)).toHaveCount(6);
  await expect(page.getByText(/^Added start F at /), 'said to a screen reader').toBeAttached();
  await expect(page.getByRole('button', { name: 'Select path F', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await pathEnd(page, 5))?.x0).toBe(x);

  // F's Select button takes the arrow keys (Shift: 10% of the domain, else 1%).
  const select = page.getByRole('button', { name: 'Select path F', exact: true });
  await select.focus();
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(async () => (await pathEnd(page, 5))?.y0, { message: 'Shift+↑ moves F up by 10% of the height' }).toBeCloseTo(dragged.y0 + 1, 9);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => { const f = await pathEnd(page, 5); return [f?.x0, f?.y0]; }, { message: 'F is back at the dragged start, on the grid' })
    .toEqual([dragged.x0, dragged.y0]);
  await expect.poll(async () => (await pathEnd(page, 5))?.status).not.toBe('running');
  const keyed = (await pathEnd(page, 5))!;
  // The same start, the same settings: the same path, point for point, as the drag gave.
  expect(keyed).toEqual(dragged);
  expect(keyed.traj.length, 'a real trajectory was compared').toBeGreaterThan(8);
  // The arrows moved the start, not the timeline: ← on the Select button does not step back (the cursor stays live).
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await pathEnd(page, 5))?.x0).toBeCloseTo(dragged.x0 - 0.1, 9);
  expect(await page.evaluate(() => (window as unknown as { __downhill: { simulation: { cursor: number | null } } }).__downhill.simulation.cursor)).toBeNull();
  await expect(playButton(page)).toHaveText('Play');
  await expect(select).toBeFocused();
});
