import { expect, test } from '@playwright/test';
import { collectErrors, openLab, pauseIfPlaying, screenPath, shootCanvas, type Image } from './helpers';

/** Fraction of sampled pixels whose colour differs clearly between two shots of the canvas. */
function changedFraction(a: Image, b: Image): number {
  let changed = 0, total = 0;
  for (let i = 0; i < a.rgba.length; i += 4 * 17) {
    total++;
    const d = Math.abs((a.rgba[i] as number) - (b.rgba[i] as number)) + Math.abs((a.rgba[i + 1] as number) - (b.rgba[i + 1] as number))
      + Math.abs((a.rgba[i + 2] as number) - (b.rgba[i + 2] as number));
    if (d > 40) changed++;
  }
  return changed / total;
}

test('colouring the landscape by basin computes a map in the background and recolours the surface', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await pauseIfPlaying(page);
  const before = await shootCanvas(page);
  await page.getByLabel('Colour the landscape by basin').check();
  // Himmelblau's four basins are painted in four muted colours in place of the height colours.
  await expect.poll(async () => changedFraction(before, await shootCanvas(page)), { message: 'the surface is recoloured by basin' })
    .toBeGreaterThan(0.15);
  await expect(page.getByRole('progressbar', { name: 'Computing basins' })).toHaveCount(0);
  await page.screenshot({ path: screenPath('08-basins') });
  await page.getByLabel('Colour the landscape by basin').uncheck();
  await expect.poll(async () => changedFraction(before, await shootCanvas(page)), { message: 'the height colours come back' }).toBeLessThan(0.05);
  expect(errors).toEqual([]);
});
