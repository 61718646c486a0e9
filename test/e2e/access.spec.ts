// axe-core finds nothing serious or critical on every screen a student meets: the first screen at two sizes,
// "More" open, the hint disclosures open, a regression cost, the map, a swarm and the comparison panel.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, seriousAxeViolations } from './axe';
import { openLab, pathRows, pauseIfPlaying, waitForRunningPaths } from './helpers';

// axe walks the whole page (a swarm's table, the charts): on a busy 2-core machine one check takes 10-20 s.
test.describe.configure({ timeout: 120_000 });

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
  await openLab(page, '/#p=&sw=100,random,7');
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

test('axe: a path selected, slices and arrows on, Sound on, the landscape described, and an add-start error showing', async ({ page }) => {
  await openLab(page);
  await waitForRunningPaths(page);
  await page.getByRole('button', { name: 'Select path B', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Show slices and arrows' }).check();
  await page.getByRole('checkbox', { name: 'Sound', exact: true }).check();
  await page.getByText('Describe the landscape').click();
  await page.getByRole('textbox', { name: 'Add start at x' }).fill('abc');
  await page.getByRole('button', { name: 'Add start', exact: true }).click();
  await expect(page.getByText("'abc' is not a number for x; no start was added.")).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'the page with a path selected, slices, sound and an error');
});

test('the axe helper fails, naming rule and target, on a page with the faults the issue named', async ({ page }) => {
  await openLab(page);
  // A scrollable box with nothing focusable in it, and grey words on the dark page (about 1.7:1).
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'planted-scroll';
    box.style.cssText = 'height: 40px; overflow: auto; color: #e6edf5';
    box.innerHTML = '<p>one</p><p>two</p><p>three</p><p>four</p><p>five</p>';
    const grey = document.createElement('p');
    grey.id = 'planted-grey';
    grey.textContent = 'legend';
    grey.style.cssText = 'color: #3a4454; background: #0b1220';
    document.querySelector('.readouts')!.append(box, grey);
  });
  const lines = await seriousAxeViolations(page);
  expect(lines.some((l) => l.includes('scrollable-region-focusable') && l.includes('#planted-scroll')), lines.join('\n')).toBe(true);
  expect(lines.some((l) => l.includes('color-contrast') && l.includes('#planted-grey')), lines.join('\n')).toBe(true);
  await expect(expectNoSeriousAxeViolations(page, 'the planted faults')).rejects.toThrow(/color-contrast at #planted-grey/);
});
