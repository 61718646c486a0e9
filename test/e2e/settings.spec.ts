// The side panel: a learning rate that diverges, a formula with a typo, and switching surfaces.
import { expect, test } from '@playwright/test';
import {
  canvas, collectErrors, countPixels, openLab, pathRows, pauseIfPlaying, readPaths, screenPath, settledPaths, shootCanvas, urlParam,
} from './helpers';

/** Pixels of the red ring that marks where a diverged path left (#ff2020, lit as drawn). */
const isMarkRed = (r: number, g: number, b: number): boolean => r > 200 && g < 80 && b < 80;

test('raising the learning rate on the bowl makes every path diverge, with the mark and the status shown', async ({ page }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Surface' }).selectOption('builtin:bowl');
  await expect(page.getByRole('combobox', { name: 'Surface' })).toHaveValue('builtin:bowl');
  const rate = page.getByRole('textbox', { name: 'Learning rate value' });
  await expect(rate).toHaveValue('0.1');
  const calm = await shootCanvas(page);

  await rate.fill('1.5');
  await rate.press('Enter');
  await expect(rate).toHaveValue('1.5');
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', 'η = 1.5');
  await expect(pathRows(page)).toHaveCount(4);
  await expect.poll(async () => (await readPaths(page)).map((r) => r.status), { timeout: 20_000 })
    .toEqual(Array(4).fill(expect.stringMatching(/^diverged at iteration \d+ \(last finite point: iteration \d+\)$/)));

  // Numbers stay readable: no NaN or Infinity anywhere on the page, finite readouts in every row.
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/NaN|Infinity/);
  for (const r of await readPaths(page)) {
    for (const v of [r.iteration, r.x, r.y, r.cost, r.grad]) expect(v, JSON.stringify(r)).toMatch(/^-?[\d.,]+(e-?\d+)?$/);
    // The status and the row name the same iteration: the row shows the last finite point.
    expect(r.status, 'status and row agree').toContain(`(last finite point: iteration ${r.iteration})`);
  }
  // At least one red ring marks where a path left; there was none before.
  const diverged = await shootCanvas(page, screenPath('04-diverged-bowl-canvas'));
  await page.screenshot({ path: screenPath('04-diverged-bowl') });
  const before = countPixels(calm, isMarkRed), after = countPixels(diverged, isMarkRed);
  expect(after, `red mark pixels: ${before} before, ${after} after`).toBeGreaterThan(before + 100);
});

test('a formula with a typo shows the error and keeps the last surface', async ({ page }) => {
  await openLab(page);
  await pauseIfPlaying(page);
  const before = await settledPaths(page);
  const surface = page.getByRole('combobox', { name: 'Surface' });
  const formula = page.getByRole('textbox', { name: 'Formula' });

  await formula.fill('x^2 + (y');
  // The problem is shown while typing, tied to the box, before anything is applied.
  await expect(formula).toHaveAttribute('aria-invalid', 'true');
  await expect(formula).toHaveAccessibleDescription(/missing '\)'/);
  await expect(page.getByText(/missing '\)'/)).toBeVisible();
  await formula.press('Enter');
  await expect(formula).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/missing '\)'/)).toBeVisible();
  await expect(surface).toHaveValue('builtin:himmelblau');
  expect(await settledPaths(page)).toEqual(before);
  await page.screenshot({ path: screenPath('05-formula-error') });
  expect(urlParam(page, 'f')).toBeNull();

  await formula.fill('x^2 + 3*sin(y)');
  await expect(formula).toHaveAttribute('aria-invalid', 'false');
  await formula.press('Enter');
  await expect(surface).toHaveValue('formula');
  await expect(page.getByText('Showing f(x, y) = x^2 + 3*sin(y)')).toBeVisible();
  await expect.poll(() => urlParam(page, 'f')).toBe('x^2 + 3*sin(y)');
  await expect(pathRows(page)).toHaveCount(4);
  await expect.poll(async () => (await readPaths(page)).every((r) => r.status !== '' && !r.status.startsWith('diverged'))).toBe(true);
  await page.screenshot({ path: screenPath('05-formula-applied') });
});

test('switching the surface raises no error in the page', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  const surface = page.getByRole('combobox', { name: 'Surface' });
  for (const id of ['builtin:bowl', 'builtin:rosenbrock', 'regression:noisy-line', 'builtin:himmelblau']) {
    await surface.selectOption(id);
    await expect(surface).toHaveValue(id);
    await expect(pathRows(page).first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('gradient ascent, the mirror image, climbs to Himmelblau\'s maximum and the table names it', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await pauseIfPlaying(page);
  // The maximum and the saddles are marked and labelled on the surface, beside the minima.
  await expect(page.getByText('X1 (max)', { exact: true })).toBeVisible();
  await expect(page.getByText(/^S\d \(saddle\)$/)).toHaveCount(4);

  await page.getByText('More: ascent, schedules, limits, batches').click();
  await page.getByRole('checkbox', { name: /Gradient ascent/ }).check();
  await expect(page.getByLabel('Controls').getByLabel('Update rule', { exact: true })).toContainText('w ← w + η·g');
  await expect(page.getByText(/^Plain ascent is stable near the maximum X1 for η below 0\.\d+ \(2\/\|λ_min\|\)\.$/)).toBeVisible();
  // A start near the middle of the surface, on the slopes of the maximum.
  const box = await canvas(page).boundingBox();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(pathRows(page)).toHaveCount(5);
  await expect.poll(async () => (await readPaths(page)).find((r) => r.label === 'E')?.status).toBe('converged at X1 (maximum)');
  await page.screenshot({ path: screenPath('06-ascent-maximum') });
  expect(errors).toEqual([]);
});
