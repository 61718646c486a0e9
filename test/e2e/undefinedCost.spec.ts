// Where the cost is undefined the table writes no numbers for it: the cost and its gradient are dashes.
import { expect, test } from '@playwright/test';
import { collectErrors, openLab, pathRow, settledPaths } from './helpers';

test('a start where f is undefined shows "—" for the cost and the gradient, and says why', async ({ page }) => {
  const errors = collectErrors(page);
  // f = log(x) + y² is undefined at x = −1, though the formula's derivative 1/x gives a number there.
  await openLab(page, `/?f=${encodeURIComponent('log(x) + y^2')}&p=-1,1;2,1`);
  await expect(pathRow(page, 'B')).toBeVisible();
  const [a, b] = await settledPaths(page);
  expect(a?.status).toBe('the cost is not defined here');
  expect([a?.cost, a?.grad]).toEqual(['—', '—']);
  // A start where f is defined keeps its numbers.
  expect(b?.cost).toMatch(/^-?[\d.]+(e-?\d+)?$/);
  expect(b?.grad).toMatch(/^[\d.]+(e-?\d+)?$/);
  await page.getByRole('button', { name: 'Select path A', exact: true }).click();
  await expect(page.getByText('The cost is not defined at this start, so there is no step.')).toBeVisible();
  expect(errors).toEqual([]);
});
