// The scenario lives in the address: a copied link restores it, and a hostile one is read as inert data.
import { expect, test, type Page } from '@playwright/test';
import { canvasBox, collectErrors, collectDialogs, openLab, pathRows, pauseIfPlaying, readPaths, screenPath } from './helpers';

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

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(new URL(link).searchParams.get('s')).toBe('bowl');
  const starts = await startsShown(page);

  const other = await context.newPage();
  const errors = collectErrors(other);
  await openLab(other, link);
  await expect(other.getByRole('combobox', { name: 'Surface' })).toHaveValue('builtin:bowl');
  await expect(other.getByRole('textbox', { name: 'Learning rate value' })).toHaveValue('0.05');
  await expect(pathRows(other)).toHaveCount(5);
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
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveValue('1');
  await expect(page.getByRole('status').filter({ hasText: 'Learning rate 500 is above the maximum 10; clamped.' })).toBeVisible();
  await expect(pathRows(page)).toHaveCount(4);
});
