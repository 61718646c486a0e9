import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openLab, pathRows, screenPath } from './helpers';

interface Debug {
  simulation: { paths: { startId: number; run: { status: string; minimum: { label?: string } | null } }[] };
  store: { getState: () => { scenario: { starts: { x: number; y: number }[] } } };
}
declare global { interface Window { __downhill: Debug } }

const outcomes = (page: Page) => page.getByRole('region', { name: 'Outcomes' });

/**
 * The Outcomes counts as { group: count }, read from the buttons in one step (a locator's evaluateAll finds the
 * elements first and reads them later, so a row added by a render in between would be missed).
 */
async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('section[aria-label="Outcomes"] button[data-group]')]
    .map((e) => [e.getAttribute('data-group') ?? '', Number(e.getAttribute('data-count'))])));
}

/** The same groups, from the paths' own statuses (?debug), by a plain loop: minima by their label. */
async function statuses(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const p of window.__downhill.simulation.paths) {
      const k = p.run.status === 'converged' ? (p.run.minimum?.label ?? 'elsewhere') : p.run.status;
      out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  });
}

const startsOf = (page: Page) => page.evaluate(() => window.__downhill.store.getState().scenario.starts.map((p) => [p.x, p.y]));

test('100 random starts from seed 7 are counted by minimum, a count selects its paths, and the link reopens the same starts', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await openLab(page, '/?debug');
  await page.getByRole('button', { name: 'Remove all paths' }).click();
  await page.getByLabel('Number of starts', { exact: true }).fill('100');
  await page.getByLabel('Arrangement', { exact: true }).selectOption({ label: 'Random' });
  await page.getByLabel('Seed', { exact: true }).fill('7');
  await page.getByRole('button', { name: 'Add starts', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__downhill.simulation.paths.length)).toBe(100);
  await expect(outcomes(page)).toContainText('of 100 paths');

  // Live: the counts add up to 100 at every moment, and once every path has finished they equal the statuses.
  for (let i = 0; i < 8; i++) {
    const c = await counts(page);
    expect(Object.values(c).reduce((a, b) => a + b, 0), JSON.stringify(c)).toBe(100);
    await page.waitForTimeout(250);
  }
  await expect.poll(async () => (await statuses(page)).running ?? 0, { timeout: 90_000 }).toBe(0);
  await expect.poll(async () => (await counts(page)).running).toBe(0);
  const c = await counts(page), s = await statuses(page);
  expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(100);
  const labels = await outcomes(page).locator('button[data-group^="min:"]').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-group') ?? '', (e.textContent ?? '').match(/M\d+/)?.[0] ?? '']));
  expect(labels.length).toBeGreaterThanOrEqual(2);
  const byLabel: Record<string, number> = {};
  for (const [g, l] of labels) byLabel[l!] = c[g!]!;
  for (const k of ['diverged', 'max-steps', 'stalled', 'elsewhere']) if ((c[k] ?? 0) > 0 || (s[k] ?? 0) > 0) byLabel[k] = c[k] ?? 0;
  expect(byLabel).toEqual(s);
  await expect(outcomes(page)).toContainText('Best final cost');
  await page.screenshot({ path: screenPath('swarm-100-outcomes'), fullPage: true });

  // Clicking a count selects those paths: the table lists exactly them, and Show all paths comes back.
  const first = outcomes(page).locator('button[data-group^="min:"]').first();
  const n = Number(await first.getAttribute('data-count'));
  const label = labels[0]![1]!;
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(pathRows(page)).toHaveCount(Math.min(n, 64));
  for (const text of await pathRows(page).locator('.pt-status').allTextContents()) expect(text).toContain(`at ${label}`);
  await page.screenshot({ path: screenPath('swarm-100-group'), fullPage: true });
  await outcomes(page).getByRole('button', { name: 'Show all paths' }).click();
  await expect(first).toHaveAttribute('aria-pressed', 'false');
  await expect(pathRows(page)).toHaveCount(64);

  // The link keeps the swarm by count, arrangement and seed and reopens the same 100 starts.
  await expect.poll(() => new URL(page.url()).hash).toContain('sw=100,random,7');
  const before = await startsOf(page);
  const other = await browser.newPage();
  await openLab(other, new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash);
  expect(await startsOf(other)).toEqual(before);
  expect(before).toHaveLength(100);
  await other.close();
  expect(errors).toEqual([]);
});

for (const [w, h] of [[390, 844], [1280, 800]] as const) {
  test(`a swarm of 1,000 and of 10,000 starts at ${w}×${h}: the tally adds up, the page does not overflow, member letters are not drawn`, async ({ page }) => {
    test.setTimeout(150_000);
    const errors = collectErrors(page);
    await page.setViewportSize({ width: w, height: h });
    // Letters only for ordinary starts: two starts and a swarm of 20 show two letters (before the swarm, 22).
    await openLab(page, '/?debug#p=1,1;2,2&sw=20,grid,1');
    await expect(page.locator('.label-layer.starts .label')).toHaveCount(2);
    for (const n of [1000, 10_000]) {
      await openLab(page, `/?debug#p=&sw=${n},random,7`);
      await expect(outcomes(page)).toContainText(`of ${n.toLocaleString('en-US')} paths`);
      const c = await counts(page);
      expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(n);
      await expect(page.locator('.label-layer.starts .label')).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
      await page.waitForTimeout(3000);
      await page.screenshot({ path: screenPath(`swarm-${n}-${w}`), fullPage: true });
      if (n === 10_000) await expect(outcomes(page)).toContainText('Iteration limit lowered to 199 for 10,000 paths');
    }
    expect(errors).toEqual([]);
  });
}

test('on a fresh page the Outcomes count every path before any has finished', async ({ page }) => {
  // One iteration a second: no path finishes (so no status is written) while the test looks.
  await openLab(page, '/#spd=1');
  await expect(outcomes(page)).toContainText('of 4 paths');
  await expect.poll(() => counts(page)).toMatchObject({ running: 4 });
});
