// The update-rule panel's worked step, read as a person reads it: the η the step used under a schedule, and
// the same iterations named by the panel, the paths table and the announced status when a path stops.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openLab, pathRow, pauseIfPlaying, screenPath, settledPaths } from './helpers';

const stepLine = (page: Page, i: number) => page.getByRole('region', { name: 'Update rule' }).locator('.ur-step p').nth(i);
/** The paths table's announcement of finished paths (a polite status region). */
const announced = (page: Page) => page.getByRole('status').filter({ hasText: /^Path A\b/ });

test('under ExponentialLR(0.5) each worked step shows the η it used: 0.1, then 0.05 (bowl from (10, 10))', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/#s=bowl&p=10,10&lr=0.1&sch=exponential:0.5');
  await pauseIfPlaying(page);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(stepLine(page, 0)).toHaveText('Iteration 0: no step yet. Press play or step to take one.');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  // η_0 = 0.1: ∇f(10, 10) = (20, 20), so 10 − 0.1 × 20 = 8.
  await step.click();
  await expect(stepLine(page, 0)).toHaveText('Iteration 1: the gradient at the old point (10, 10) is (20, 20); η = 0.1.');
  await expect(stepLine(page, 1)).toHaveText('x: 10 − 0.1 × 20 = 8');
  // η_1 = 0.05: ∇f(8, 8) = (16, 16), so 8 − 0.05 × 16 = 7.2, where the table puts the path.
  await step.click();
  await expect(stepLine(page, 0)).toHaveText('Iteration 2: the gradient at the old point (8, 8) is (16, 16); η = 0.05.');
  await expect(stepLine(page, 1)).toHaveText('x: 8 − 0.05 × 16 = 7.2');
  await expect(stepLine(page, 2)).toHaveText('y: 8 − 0.05 × 16 = 7.2');
  const [a] = await settledPaths(page);
  expect([a?.iteration, a?.x, a?.y]).toEqual(['2', '7.2', '7.2']);
  expect(errors).toEqual([]);
});

test('a runaway: the row, the panel and the announced status all name iteration 14 and its last finite point 13', async ({ page }) => {
  const errors = collectErrors(page);
  // x_k = (1 − 2·1.5)^k = (−2)^k first leaves 1,000 half-widths (12,000) at k = 14.
  await openLab(page, '/#s=bowl&p=1,1&lr=1.5');
  await expect(pathRow(page, 'A')).toBeVisible();
  await expect(announced(page)).toHaveText('Path A diverged at iteration 14 (last finite point: iteration 13).');
  const [a] = await settledPaths(page);
  expect([a?.iteration, a?.status]).toEqual(['13', 'diverged at iteration 14 (last finite point: iteration 13)']);
  await expect(stepLine(page, 0)).toHaveText(/^Iteration 14 left the finite numbers \(diverged\); its last finite step, iteration 13: /);
  expect(errors).toEqual([]);
});

test('a step into undefined cost: the row, the panel and the announced status name the step that could not be taken', async ({ page }) => {
  const errors = collectErrors(page);
  // √x + y² from (4, 0) at η = 4: x goes 4, 3, 1.845, 0.373, and iteration 4 would go below 0. At 2 it/s the
  // failed step comes in a frame of its own: the path stops there without its iteration changing.
  await openLab(page, `/#f=${encodeURIComponent('sqrt(x) + y^2')}&p=4,0&lr=4&spd=2`);
  await expect(pathRow(page, 'A')).toBeVisible();
  const text = 'stopped at iteration 4: the cost is not defined at the next point';
  await expect(announced(page)).toHaveText(`Path A ${text}.`);
  const [a] = await settledPaths(page);
  expect([a?.iteration, a?.x, a?.status]).toEqual(['3', '0.373', text]);
  // The last point is defined, so its cost and gradient are numbers.
  expect(a?.cost).toMatch(/^[\d.]+$/);
  expect(a?.grad).toMatch(/^[\d.]+$/);
  await expect(stepLine(page, 0)).toHaveText(
    /^Iteration 4 would go where the cost is not defined, so the path stopped; its last step, iteration 3: the gradient at the old point \(1\.8453\d*, 0\)/);
  expect(errors).toEqual([]);
});

test("Newton's method: one step from (10, 10) on the bowl lands on (0, 0); on the saddle the panel says the step is a gradient step", async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/#s=bowl&p=10,10&lr=1&o=newton');
  await pauseIfPlaying(page);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('newton');
  await expect(page.getByRole('slider', { name: 'Newton damping λ' })).toBeVisible();
  const step = page.getByRole('button', { name: 'Step', exact: true });
  // H = 2I, so H⁻¹∇f(10, 10) = (10, 10) and 10 − 1 × 10 = 0.
  await step.click();
  await expect(stepLine(page, 0)).toHaveText('Iteration 1: the gradient at the old point (10, 10) is (20, 20); η = 1. H = [[2, 0], [0, 2]].');
  await expect(stepLine(page, 1)).toHaveText('x: 10 − 1 × 10 = 0 (the x part of H⁻¹∇f)');
  // The saddle x² − y²: H = diag(2, −2) is indefinite, so the step is η∇f.
  await openLab(page, '/#s=saddle&p=1,1&lr=0.1&o=newton');
  await pauseIfPlaying(page);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(stepLine(page, 0)).toContainText('H is not positive definite here: this step is a gradient step (1 of 1 iterations so far were gradient steps).');
  await expect(stepLine(page, 1)).toHaveText('x: 1 − 0.1 × 2 = 0.8');
  await page.screenshot({ path: screenPath('newton-saddle-fallback') });
  expect(errors).toEqual([]);
});
