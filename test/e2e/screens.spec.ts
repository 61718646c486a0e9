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

/**
 * The element, scrolled into view, has a non-zero box inside the page's width, is not clipped away by a
 * scrolling or collapsed ancestor, and is what a pointer finds near its top-left corner (nothing covers it).
 */
async function expectReachable(page: Page, what: string, l: Locator, minHeight = 1): Promise<void> {
  await l.scrollIntoViewIfNeeded();
  await expect(l, what).toBeVisible();
  const m = await l.evaluate((el) => {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    // What is left of the box after every clipping ancestor and the viewport.
    let left = Math.max(r.left, 0), top = Math.max(r.top, 0), right = Math.min(r.right, innerWidth), bottom = Math.min(r.bottom, innerHeight);
    for (let a = el.parentElement; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      const q = a.getBoundingClientRect();
      left = Math.max(left, q.left); top = Math.max(top, q.top); right = Math.min(right, q.right); bottom = Math.min(bottom, q.bottom);
    }
    const x = left + Math.min(6, (right - left) / 2), y = top + Math.min(6, (bottom - top) / 2);
    const hit = right > left && bottom > top ? document.elementFromPoint(x, y) : null;
    return { width: r.width, height: r.height, x: r.left, right: r.right, shownW: right - left, shownH: bottom - top, hit: hit !== null && (hit === el || el.contains(hit)), hitName: hit ? `${hit.tagName}.${hit.className}` : 'nothing' };
  });
  const vw = page.viewportSize()!.width;
  expect(m.width, `${what} width`).toBeGreaterThan(0);
  expect(m.height, `${what} height`).toBeGreaterThan(0);
  expect(m.x, `${what} starts inside the page`).toBeGreaterThanOrEqual(-0.5);
  expect(m.right, `${what} ends inside the page`).toBeLessThanOrEqual(vw + 0.5);
  expect(Math.min(m.shownW, m.shownH), `${what}: the part not clipped away by its panels`).toBeGreaterThan(0);
  expect(m.shownH, `${what}: height shown`).toBeGreaterThanOrEqual(Math.min(minHeight, m.height));
  expect(m.hit, `${what} is what a pointer finds there (found ${m.hitName})`).toBe(true);
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
      const panel = el.closest<HTMLElement>('.field, .pt, .ur, .controls, .rc, .ic') ?? document.body;
      const e = el.getBoundingClientRect(), p = panel.getBoundingClientRect();
      if (e.width === 0 && e.height === 0) return [];
      const inside = e.left >= p.left - 0.5 && e.right <= p.right + 0.5 && e.top >= p.top - 0.5 && e.bottom <= p.bottom + 0.5;
      return inside ? [] : [`${el.tagName} ${el.getAttribute('aria-label') ?? el.id}: ${e.left}–${e.right} in ${p.left}–${p.right}`];
    }));
    expect(outside, 'controls outside their panel').toEqual([]);

    // Every slider gets a usable share of its row (the speed slider was once squeezed to 45 px by its label and read-out).
    const squeezed = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[type="range"]')].flatMap((el) => {
      const row = el.parentElement!.getBoundingClientRect(), w = el.getBoundingClientRect().width;
      return w === 0 || w >= row.width / 3 ? [] : [`${el.getAttribute('aria-label')}: ${Math.round(w)} of ${Math.round(row.width)} px`];
    }));
    expect(squeezed, 'sliders squeezed to under a third of their row').toEqual([]);

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
  test(`at ${size.width} × ${size.height} a regression cost shows its data view beside the landscape, and the table and the update rule`, async ({ page }) => {
    await page.setViewportSize(size);
    await openLab(page, '/?d=noisy-line');
    await expectReachable(page, 'the data view', page.getByRole('application', { name: 'Data and fitted lines' }), 150);
    await expectReachable(page, 'the update-rule panel', page.getByRole('region', { name: 'Update rule' }));
    await expectReachable(page, 'the paths table', pathsTable(page));
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `/tmp/shots/screens/regression-${size.width}x${size.height}.png`, fullPage: true });
  });
}
