// Exact start coordinates and duplicated starts, typed and clicked as a person would.
import { expect, test } from '@playwright/test';
import { collectErrors, openLab, pathRows, playButton, settledPaths } from './helpers';

test('typed coordinates move the start and the path is recomputed from there; Duplicate start adds a path at the same point', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Select path B', exact: true }).click();
  const x = page.getByRole('textbox', { name: 'Start x' }), y = page.getByRole('textbox', { name: 'Start y' });
  await expect(x).toHaveValue('-4');
  await expect(y).toHaveValue('4');

  // From (3.5, −1.25) plain descent on Himmelblau (η = 0.01) goes to M4 (3.584, −1.848), not B's old M2.
  await x.fill('3.5');
  await x.press('Enter');
  await y.fill('-1.25');
  await y.press('Enter');
  const after = await settledPaths(page);
  expect(after[1]?.status, 'the edit while paused recomputes B to its end').toMatch(/^converged at M4/);
  expect([after[1]?.x, after[1]?.y]).toEqual(['3.584', '-1.848']);
  // Reset puts B back at its start: exactly the typed point.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(async () => { const b = (await settledPaths(page))[1]; return [b?.iteration, b?.x, b?.y]; }).toEqual(['0', '3.5', '-1.25']);

  // A word that is not a number changes nothing and says so.
  await x.fill('abc');
  await x.press('Enter');
  await expect(page.getByText("'abc' is not a number; start B stays at (3.5, -1.25).")).toBeVisible();
  await expect(x).toHaveValue('3.5');

  await page.getByRole('button', { name: 'Duplicate start' }).click();
  await expect(pathRows(page)).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'Select path E', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(x).toHaveValue('3.5');
  await expect(y).toHaveValue('-1.25');
  expect((await settledPaths(page))[4]?.status, 'E is computed from B\'s start').toMatch(/^converged at M4/);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(async () => { const r = await settledPaths(page); return [r[4]?.iteration, r[4]?.x, r[4]?.y]; }, { message: 'E starts where B does' })
    .toEqual(['0', '3.5', '-1.25']);
  expect(errors).toEqual([]);
});
