// The scenario lives in the address: a copied link restores it, and a hostile one is read as inert data.
import { expect, test, type Page } from '@playwright/test';
import { encodeScenario } from '../../src/state/urlCodec';
import { createDefaultScenario, type StartPoint } from '../../src/state/scenario';
import { canvasBox, collectErrors, collectDialogs, openLab, pathRow, pathRows, pauseIfPlaying, readPaths, screenPath } from './helpers';

/** The paths' start positions, as the table shows them after Reset (iteration 0 at every start). */
async function startsShown(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(async () => (await readPaths(page)).every((r) => r.iteration === '0')).toBe(true);
  return (await readPaths(page)).map((r) => `${r.label} ${r.x} ${r.y} ${r.status}`);
}

test('a copied link restores the scenario in a new page', async ({ page, context }) => {
  await openLab(page);
  await pauseIfPlaying(page);
  await page.getByRole('combobox', { name: 'Surface' }).selectOption('builtin:bowl');
  const rate = page.getByRole('textbox', { name: 'Learning rate value' });
  await rate.fill('0.05');
  await rate.press('Enter');
  await expect(rate).toHaveValue('0.05');
  const box = await canvasBox(page);
  const p = box.at(0.5, 0.5);
  await page.mouse.click(p.x, p.y);
  await expect(pathRows(page)).toHaveCount(5);
  await page.getByRole('button', { name: 'Select path B', exact: true }).click();

  const starts = await startsShown(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('dialog', { name: 'Share this setup' }).getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  // The scenario is in the fragment, which the browser never sends to the server.
  const u = new URL(link);
  expect(u.search).toBe('');
  expect(new URLSearchParams(u.hash.slice(1)).get('s')).toBe('bowl');
  expect(new URLSearchParams(u.hash.slice(1)).get('sel')).toBe('B');

  const other = await context.newPage();
  const errors = collectErrors(other);
  await openLab(other, link);
  await expect(other.getByRole('combobox', { name: 'Surface' })).toHaveValue('builtin:bowl');
  await expect(other.getByRole('textbox', { name: 'Learning rate value' })).toHaveValue('0.05');
  await expect(pathRows(other)).toHaveCount(5);
  // The selected path is restored too.
  await expect(pathRow(other, 'B')).toHaveAttribute('aria-selected', 'true');
  expect(await startsShown(other)).toEqual(starts);
  await other.screenshot({ path: screenPath('06-restored-from-link') });
  expect(errors).toEqual([]);
});

const HOSTILE: readonly { name: string; query: string; notice: string | RegExp; surface: RegExp }[] = [
  {
    name: 'script in the surface name',
    query: '?s=<script>window.__pwned=1</script>&p=javascript:alert(1)&lr=1e999',
    notice: 'This link could not be read; showing the default setup.',
    surface: /^builtin:himmelblau$/,
  },
  {
    name: 'code as a formula',
    query: `?f=${encodeURIComponent('constructor.constructor("window.__pwned=1")()')}`,
    notice: /The link's formula has a problem/,
    // The formula is kept (in the box) so it can be fixed; what runs meanwhile is the default surface.
    surface: /^(formula|builtin:himmelblau)$/,
  },
  {
    name: 'markup as a start and a prototype key',
    query: `?p=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')};4,4;-4,4;-4,-4;4,-4&o=__proto__&__proto__[x]=1&lr=abc`,
    notice: "The link's start '<img src=x onerror=",
    surface: /^builtin:himmelblau$/,
  },
];

HOSTILE.forEach((h, i) => {
  test(`a hostile link (${h.name}) runs no script, shows a notice and the default setup`, async ({ page }) => {
    const dialogs = collectDialogs(page);
    const errors = collectErrors(page);
    await openLab(page, `/${h.query}`);
    const notice = page.getByRole('status').filter({ hasText: h.notice });
    await expect(notice).toBeVisible();
    // Link text is shown as text: the markup is in the notice's words, not in the page as elements.
    await expect(page.locator('img[src="x"], script:not([src])')).toHaveCount(0);
    await expect(pathRows(page)).toHaveCount(4);
    await expect(page.getByRole('combobox', { name: 'Surface' })).toHaveValue(h.surface);
    await expect(page.getByRole('textbox', { name: 'Learning rate value' })).toHaveValue('0.01');
    // The four default paths run: their readouts become numbers.
    await expect.soft.poll(async () => (await readPaths(page)).map((r) => /^\d+$/.test(r.iteration) && Number(r.iteration) > 0), { message: 'the default paths run' })
      .toEqual([true, true, true, true]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => ({} as Record<string, unknown>).x)).toBeUndefined();
    await page.screenshot({ path: screenPath(`07-hostile-link-${i + 1}`) });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('out-of-range values in a link are clamped, with a notice', async ({ page }) => {
  await openLab(page, '/?lr=500');
  await expect(page.getByRole('textbox', { name: 'Learning rate value' })).toHaveValue('10');
  // The slider's last position (it runs over whole positions 0…1000) is the maximum.
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveValue('1000');
  await expect(page.getByRole('status').filter({ hasText: 'Learning rate 500 is above the maximum 10; clamped.' })).toBeVisible();
  await expect(pathRows(page)).toHaveCount(4);
});

test('an old link with the scenario in the query still opens, and moves to the fragment', async ({ page }) => {
  await openLab(page, '/?s=bowl&lr=0.05');
  await expect(page.getByRole('combobox', { name: 'Surface' })).toHaveValue('builtin:bowl');
  await expect(page.getByRole('textbox', { name: 'Learning rate value' })).toHaveValue('0.05');
  await expect.poll(() => new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe('#s=bowl&lr=0.05');
});

test('a link of 1,000 starts opens with all 1,000, and almost nothing of it goes to the server', async ({ page }) => {
  // 1,000 starts placed as the app places them: on Himmelblau's grid of 0.001.
  let seed = 7;
  const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  const grid = (v: number) => Math.round(v * 1000) / 1000;
  const starts: StartPoint[] = Array.from({ length: 1000 }, (_, i) => ({ id: i, x: grid(-5 + 10 * random()), y: grid(-5 + 10 * random()) }));
  const fragment = encodeScenario({ ...createDefaultScenario(), starts, maxSteps: 500 });
  expect(fragment.length, 'the link is long').toBeGreaterThan(10_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = collectErrors(page);
  // ?debug (kept in the query) exposes the simulation, to count the paths drawn.
  await openLab(page, `/?debug#${fragment}`);
  await expect(page.getByText('…and 936 more paths (Export JSON has them all)')).toBeVisible();
  await expect(pathRows(page)).toHaveCount(64);
  type Debug = { __downhill: { simulation: { paths: { x0: number; y0: number }[] } } };
  const drawn = await page.evaluate(() => (window as unknown as Debug).__downhill.simulation.paths.map((p) => [p.x0, p.y0]));
  expect(drawn).toEqual(starts.map((p) => [p.x, p.y]));
  // Every request the page made is short: the scenario never left the browser.
  const longest = Math.max(...requests.map((r) => r.length));
  expect(longest, 'longest request URL').toBeLessThan(8 * 1024);
  // The address written back is the same link (coordinates already on the grid, nothing to round).
  await expect.poll(() => new URL(page.url()).hash.slice(1)).toBe(fragment);
  expect(new URL(page.url()).search).toBe('?debug');
  expect(errors).toEqual([]);
});

test('a hostile fragment is inert too', async ({ page }) => {
  const dialogs = collectDialogs(page);
  await openLab(page, `/#s=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`);
  await expect(page.getByRole('status').filter({ hasText: 'This link could not be read; showing the default setup.' })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
