// Every part of the page at five screen sizes, from a phone to a large monitor: reachable, sized, inside
// its panel, with no sideways scroll of the page, and text that never shrinks as the screen grows.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canvas, openLab, pathsTable, playButton } from './helpers';

const SIZES = [
  { width: 390, height: 844 }, { width: 768, height: 1024 }, { width: 1024, height: 768 },
  { width: 1280, height: 800 }, { width: 1920, height: 1080 },
] as const;

/** Texts whose computed font size must not shrink from 1280 × 800 to 1920 × 1080, by a CSS selector. */
const KEY_TEXTS = {
  title: '.topbar h1', tagline: '.topbar .tagline', heading: '.panel-body h2', fieldLabel: '.field > label',
  button: '.playback button', tableCell: '.pt-table tbody td.pt-status', tableNumber: '.pt-table tbody td.pt-num',
  tableHead: '.pt-table thead th', rule: '.ur-rule p', step: '.ur-step p', startLabel: '.start-label', axisLabel: '.axis-label',
} as const;

/** The element, scrolled into view, has a non-zero box inside the viewport's width. */
async function expectReachable(page: Page, what: string, l: Locator): Promise<void> {
  await l.scrollIntoViewIfNeeded();
  await expect(l, what).toBeVisible();
  const b = await l.boundingBox();
  const vw = page.viewportSize()!.width;
  expect(b, `${what} has a box`).not.toBeNull();
  expect(b!.width, `${what} width`).toBeGreaterThan(0);
  expect(b!.height, `${what} height`).toBeGreaterThan(0);
  expect(b!.x, `${what} starts inside the page`).toBeGreaterThanOrEqual(-0.5);
  expect(b!.x + b!.width, `${what} ends inside the page`).toBeLessThanOrEqual(vw + 0.5);
}

async function fontSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate((texts) => {
    const out: Record<string, number> = {};
    for (const [k, sel] of Object.entries(texts)) {
      const el = document.querySelector(sel);
      out[k] = el ? parseFloat(getComputedStyle(el).fontSize) : NaN;
    }
    return out;
  }, KEY_TEXTS);
}

const measured = new Map<number, Record<string, number>>();

for (const size of SIZES) {
  test(`at ${size.width} × ${size.height} every part is reachable, inside its panel, with no sideways scroll`, async ({ page }) => {
    await page.setViewportSize(size);
    await openLab(page);
    await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });

    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);

    await expectReachable(page, 'the canvas', canvas(page));
    await expectReachable(page, 'the controls', page.getByRole('complementary', { name: 'Controls' }));
    await expectReachable(page, 'the Play button', playButton(page));
    await expectReachable(page, 'the learning rate', page.getByRole('slider', { name: 'Learning rate' }));
    await expectReachable(page, 'the paths table', pathsTable(page));
    for (const name of ['Add random starts', 'Remove all paths', 'Export JSON', 'Remove path A', 'Select path D']) {
      await expectReachable(page, `the button ${name}`, page.getByRole('button', { name, exact: true }));
    }
    await expectReachable(page, 'the update-rule panel', page.getByRole('region', { name: 'Update rule' }));

    // Every select and input lies within the panel that holds it, the folded-away ones too.
    await page.getByText('More: ascent, schedules, limits, batches').click();
    await expect(page.getByRole('checkbox', { name: /Sequential update/ })).toBeVisible();
    const outside = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('select, input')].flatMap((el) => {
      const panel = el.closest<HTMLElement>('.field, .pt, .ur, .controls, .rc') ?? document.body;
      const e = el.getBoundingClientRect(), p = panel.getBoundingClientRect();
      if (e.width === 0 && e.height === 0) return [];
      const inside = e.left >= p.left - 0.5 && e.right <= p.right + 0.5 && e.top >= p.top - 0.5 && e.bottom <= p.bottom + 0.5;
      return inside ? [] : [`${el.tagName} ${el.getAttribute('aria-label') ?? el.id}: ${e.left}–${e.right} in ${p.left}–${p.right}`];
    }));
    expect(outside, 'controls outside their panel').toEqual([]);

    // The toolbar never covers the column headings, also once the table has scrolled.
    const scroller = pathsTable(page).locator('xpath=..');
    await page.getByRole('button', { name: 'Add random starts' }).click();
    await scroller.evaluate((s) => { s.scrollTop = s.scrollHeight; });
    const toolbar = await page.getByRole('button', { name: 'Add random starts' }).boundingBox();
    const header = await pathsTable(page).getByRole('columnheader', { name: 'Path' }).boundingBox();
    expect(toolbar && header && toolbar.y + toolbar.height <= header.y + 1, 'the toolbar sits above the headings').toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `/tmp/shots/screens/${size.width}x${size.height}.png`, fullPage: true });
    measured.set(size.width, await fontSizes(page));
  });
}

test('at 1920 × 1080 no key text is smaller than at 1280 × 800', async ({ page }) => {
  for (const width of [1280, 1920]) {
    if (measured.has(width)) continue;
    const size = SIZES.find((s) => s.width === width)!;
    await page.setViewportSize(size);
    await openLab(page);
    measured.set(width, await fontSizes(page));
  }
  const small = measured.get(1280)!, large = measured.get(1920)!;
  for (const k of Object.keys(KEY_TEXTS)) {
    expect(small[k], `${k} measured at 1280`).toBeGreaterThan(0);
    expect(large[k], `${k} at 1920 vs 1280`).toBeGreaterThanOrEqual(small[k]!);
  }
  // The root size grows with the screen, so text grows, not just stays.
  expect(large.title!).toBeGreaterThan(small.title!);
});

for (const size of SIZES) {
  test(`at ${size.width} × ${size.height} a regression cost shows its data chart beside the table and the update rule`, async ({ page }) => {
    await page.setViewportSize(size);
    await openLab(page, '/?d=noisy-line');
    await expectReachable(page, 'the regression chart', page.getByRole('img', { name: 'Data points and the line each path currently fits' }));
    await expectReachable(page, 'the update-rule panel', page.getByRole('region', { name: 'Update rule' }));
    await expectReachable(page, 'the paths table', pathsTable(page));
    const chart = await page.getByRole('img', { name: 'Data points and the line each path currently fits' }).boundingBox();
    expect(chart!.height, 'the chart is tall enough to read').toBeGreaterThan(150);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `/tmp/shots/screens/regression-${size.width}x${size.height}.png`, fullPage: true });
  });
}
