import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openLab, pauseIfPlaying, screenPath } from './helpers';

type Facts = { best: { w: number; b: number } | null; xs: number[] };
type Debug = { __downhill: { simulation: { surface: { regression?: { best: { w: number; b: number } | null; xs: Float64Array } } | null; paths: { run: { t: number; status: string } }[] } } };

/** The landscape's regression facts as the simulation has them (?debug). */
const facts = (page: Page): Promise<Facts | null> => page.evaluate(() => {
  const r = (window as unknown as Debug).__downhill.simulation.surface?.regression;
  return r === undefined ? null : { best: r.best, xs: Array.from(r.xs) };
});

/** Each path's iterations and status. */
const runs = (page: Page): Promise<{ t: number; status: string }[]> => page.evaluate(() =>
  (window as unknown as Debug).__downhill.simulation.paths.map((p) => ({ t: p.run.t, status: p.run.status })));

/** The least-squares line, written out here (normal equations). */
function leastSquares(xs: readonly number[], ys: readonly number[]): { w: number; b: number } {
  const m = xs.length, mx = xs.reduce((a, v) => a + v, 0) / m, my = ys.reduce((a, v) => a + v, 0) / m;
  let sxy = 0, sxx = 0;
  xs.forEach((x, i) => { sxy += (x - mx) * (ys[i]! - my); sxx += (x - mx) ** 2; });
  return { w: sxy / sxx, b: my - (sxy / sxx) * mx };
}

test('Paste data: a bad row is named by its line, the other rows load and the minimum moves', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug#d=noisy-line');
  const before = await facts(page);
  expect(before?.best?.w).toBeCloseTo(2, 0);
  await page.getByRole('button', { name: 'Paste data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste data' });
  await dialog.getByLabel('Data', { exact: true }).fill('x,y\n1,10\n2,20.5\n3,abc\n4,39\n5,51\n');
  await dialog.getByRole('button', { name: 'Use this data' }).click();
  await expect(dialog.getByText("line 4: 'abc' is not a number")).toBeVisible();
  await expect(dialog.getByText('Loaded 4 rows; 1 line was left out:')).toBeVisible();
  await expect(dialog.getByLabel('Data', { exact: true })).toHaveValue(/3,abc/); // the text is kept to fix
  const want = leastSquares([1, 2, 4, 5], [10, 20.5, 39, 51]);
  await expect.poll(async () => (await facts(page))?.xs).toEqual([1, 2, 4, 5]);
  const after = await facts(page);
  expect(after!.best!.w).toBeCloseTo(want.w, 9);
  expect(after!.best!.b).toBeCloseTo(want.b, 9);
  await page.screenshot({ path: screenPath('data-paste-bad-row') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Surface' })).toHaveValue('regression:custom');
  await expect(page.getByRole('combobox', { name: 'Surface' }).locator('option:checked')).toHaveText('Your data: Pasted data');
  expect(errors).toEqual([]);
});

test('"Mean absolute error" on "One outlier": the best slope moves to the inliers\' slope', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug#d=outlier');
  // The dataset's twelve inliers (src/core/surfaces/datasets.ts) and their own least-squares slope.
  const inliers = leastSquares([0.46, 1.07, 1.78, 2.1, 2.11, 2.26, 2.81, 2.9, 2.95, 3.25, 4.35, 4.62], [1.16, 1.62, 1.99, 2.15, 2.07, 2.03, 2.47, 2.46, 2.32, 2.77, 3.2, 3.33]);
  const mse = (await facts(page))!.best!;
  await page.getByRole('combobox', { name: 'Loss' }).selectOption({ label: 'Mean absolute error' });
  await expect.poll(async () => (await facts(page))?.best?.w).not.toBeCloseTo(mse.w, 3);
  const mae = (await facts(page))!.best!;
  expect(Math.abs(mse.w - inliers.w)).toBeGreaterThan(0.3);
  expect(Math.abs(mae.w - inliers.w)).toBeLessThan(0.1);
  await expect(page.getByRole('combobox', { name: 'Loss' })).toHaveValue('mae');
  await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('loss')).toBe('mae');
  expect(errors).toEqual([]);
});

test('"Standardize x" on house prices: the same starts converge in far fewer iterations at the suggested rate', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug');
  await pauseIfPlaying(page); // paused, an edit recomputes every path to its end at once
  await page.getByRole('combobox', { name: 'Surface' }).selectOption({ label: 'Regression: House prices' });
  await expect(page.getByRole('textbox', { name: 'Learning rate value' })).toHaveValue('0.1');
  await expect.poll(async () => (await runs(page)).length > 0 && (await runs(page)).every((r) => r.status !== 'running')).toBe(true);
  const raw = await runs(page);
  await expect(page.getByText(/Condition number of the landscape κ = \d+: a long, narrow valley\./)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Standardize x' }).check();
  await expect(page.getByText(/condition number κ = 1\.00\./)).toBeVisible();
  await expect.poll(async () => (await runs(page)).every((r) => r.status === 'converged' && r.t > 0 && r.t < 400)).toBe(true);
  const std = await runs(page);
  expect(std).toHaveLength(raw.length);
  expect(Math.max(...std.map((r) => r.t)) * 4).toBeLessThan(Math.min(...raw.map((r) => r.t)));
  await page.getByRole('region', { name: 'Data and loss' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenPath('data-standardized') });
  expect(errors).toEqual([]);
});
