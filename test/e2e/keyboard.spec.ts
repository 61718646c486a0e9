// Keys, when the focus is not in a control: Space plays or pauses, → steps, R resets.
import { expect, test, type Page } from '@playwright/test';
import { openLab, playButton, readPaths, settledPaths, waitForRunningPaths } from './helpers';

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
