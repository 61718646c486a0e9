// Switching the landscape while paused: the paths are computed to their ends at once and their outcomes
// stay known, so a later edit of one path announces that path alone.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openLab, pathRows, pauseIfPlaying, settledPaths } from './helpers';

/** The paths table's announcement of finished paths (a polite status region). */
const announcement = (page: Page) => page.getByRole('status').filter({ hasText: /^(Path [A-Z]|\d+ paths finished)/ });

async function retypeStartB(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Select path B', exact: true }).click();
  const x = page.getByRole('textbox', { name: 'Start x' });
  await x.fill('3');
  await x.press('Enter');
}

test('after switching surface while paused, moving one start announces that path only', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await pauseIfPlaying(page);
  await page.getByRole('combobox', { name: 'Surface' }).selectOption('builtin:bowl');
  await expect(pathRows(page)).toHaveCount(4);
  await expect(announcement(page)).toHaveText('4 paths finished: 4 at M1.');
  expect((await settledPaths(page)).map((r) => r.status)).toEqual(Array(4).fill('converged at M1 (global)'));
  await retypeStartB(page);
  await expect(announcement(page)).toHaveText(/^Path B converged at minimum M1 after \d+ iterations\.$/);
  expect(errors).toEqual([]);
});

test('after applying a formula while paused, moving one start announces that path only', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await pauseIfPlaying(page);
  const formula = page.getByRole('textbox', { name: 'Formula' });
  await formula.fill('x^2 + y^2');
  await formula.press('Enter');
  await expect(page.getByText('Showing f(x, y) = x^2 + y^2')).toBeVisible();
  await expect(announcement(page)).toHaveText('4 paths finished: 4 at M1.');
  await retypeStartB(page);
  await expect(announcement(page)).toHaveText(/^Path B converged at minimum M1 after \d+ iterations\.$/);
  expect(errors).toEqual([]);
});
