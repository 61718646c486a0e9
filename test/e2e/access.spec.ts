// axe-core finds nothing serious or critical on every screen a student meets: the first screen at two sizes,
// "More" open, the hint disclosures open, a regression cost, the map, a swarm and the comparison panel.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { openLab, pathRows, pauseIfPlaying, waitForRunningPaths } from './helpers';

for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`axe: the first screen at ${size.width} × ${size.height}, then with "More" and every disclosure open`, async ({ page }) => {
    await page.setViewportSize(size);
    await openLab(page);
    await waitForRunningPaths(page);
    await expectNoSeriousAxeViolations(page, `the first screen at ${size.width} × ${size.height}`);
    await page.getByText('More: ascent, schedules, limits, batches').click();
    await expect(page.locator('details[open]').first()).toBeVisible();
    // Every other disclosure too (hints, descriptions), so what they reveal is checked.
    await page.locator('details:not([open]) > summary').evaluateAll((all) => all.forEach((s) => (s as HTMLElement).click()));
    await expectNoSeriousAxeViolations(page, `the page with every disclosure open at ${size.width} × ${size.height}`);
  });
}

test('axe: a regression cost, paused, with a path selected', async ({ page }) => {
  await openLab(page, '/?d=noisy-line');
  await waitForRunningPaths(page);
  await pauseIfPlaying(page);
  await page.getByRole('button', { name: 'Select path A', exact: true }).click();
  await expectNoSeriousAxeViolations(page, 'a regression cost');
});

test('axe: the map view, then coloured by basin', async ({ page }) => {
  await openLab(page, '/#view=map');
  await waitForRunningPaths(page);
  await expectNoSeriousAxeViolations(page, 'the map view');
  await page.getByLabel('Colour the landscape by basin').check();
  await expect(page.getByRole('progressbar', { name: 'Computing basins' })).toHaveCount(0, { timeout: 30_000 });
  await expectNoSeriousAxeViolations(page, 'the map coloured by basin');
});

test('axe: a swarm and its outcomes', async ({ page }) => {
  await openLab(page, '/#p=&sw=200,random,7');
  await expect(page.getByRole('region', { name: 'Outcomes' })).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousAxeViolations(page, 'a swarm');
});

test('axe: the comparison panel showing a learning-rate fan', async ({ page }) => {
  await openLab(page, '/#s=rosenbrock&p=-1.2,1&lr=0.0005');
  await page.getByRole('button', { name: 'Select path A', exact: true }).click();
  await page.getByRole('button', { name: 'Fan learning rates' }).click();
  await expect(pathRows(page)).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Comparison' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'the comparison panel');
});
