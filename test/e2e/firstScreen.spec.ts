// The first screen, with no input: four starts on Himmelblau that play, end in four different minima and pause.
import { expect, test } from '@playwright/test';
import { collectErrors, nonBackgroundFraction, openLab, pathRows, playButton, readPaths, screenPath, shootCanvas } from './helpers';

test('loads without errors, draws the surface and sends A–D to four different minima', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);

  await expect(pathRows(page)).toHaveCount(4);
  await expect(playButton(page)).toHaveText('Pause');
  await expect(page.getByRole('combobox', { name: 'Surface' })).toHaveValue('builtin:himmelblau');
  await expect(page.getByRole('textbox', { name: 'Learning rate value' })).toHaveValue('0.01');

  // Every path converges (the slowest, A, takes 51 iterations at 20 per second), then the lab pauses by itself.
  await expect.poll(async () => (await readPaths(page)).map((r) => r.status.replace(/ at .*/, '')), { timeout: 30_000 })
    .toEqual(['converged', 'converged', 'converged', 'converged']);
  await expect(playButton(page)).toHaveText('Play');
  const rows = await readPaths(page);
  expect(rows.map((r) => r.label)).toEqual(['A', 'B', 'C', 'D']);
  for (const r of rows) expect(r.status).toMatch(/^converged at M[1-4] \((global|local)\)/);
  const minima = rows.map((r) => /at (M\d)/.exec(r.status)?.[1]);
  expect(new Set(minima).size, `minima reached: ${minima.join(', ')}`).toBe(4);

  // The surface fills a good part of the canvas: many pixels differ from the background.
  const img = await shootCanvas(page, screenPath('01-first-screen-canvas'));
  expect(nonBackgroundFraction(img)).toBeGreaterThan(0.2);
  await page.screenshot({ path: screenPath('01-first-screen') });

  expect(errors).toEqual([]);
});
