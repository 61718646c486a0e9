// The linked charts ("Cost by iteration", "Gradient norm by iteration") and the critical-rate ticks on the
// learning-rate slider, driven in Chromium as a person would, checked against the path table and pixels.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, decodePng, changedFraction, countPixels, openLab, readPaths, screenPath, settledPaths } from './helpers';

interface Series {
  scale: { log: boolean; offset: number; lo: number; hi: number };
  axis: string;
  lines: { label: string; count: number; last: number; plotted: number }[];
  band: boolean;
  paths: number;
  cursor: number | null;
  redraws: number;
}

const figure = (page: Page, name: string): Locator => page.getByRole('figure', { name });
const series = (page: Page, measure: 'cost' | 'grad'): Promise<Series | null> =>
  page.evaluate((m) => (window as unknown as { __downhill: { charts: (m: string) => Series | null } }).__downhill.charts(m), measure);

/** Waits until every path of the default scenario has converged and the table and charts have settled. */
async function settle(page: Page): Promise<void> {
  await expect.poll(async () => (await readPaths(page)).map((r) => r.status.startsWith('converged')), { timeout: 30_000 }).toEqual([true, true, true, true]);
  await settledPaths(page);
}

test('both figures, their names, and each path\'s plotted final cost equals the table\'s', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug');
  const cost = figure(page, 'Cost by iteration'), grad = figure(page, 'Gradient norm by iteration');
  await expect(cost).toBeVisible();
  await expect(grad).toBeVisible();
  await expect(cost.getByRole('img')).toHaveAttribute('aria-label', /^Cost by iteration, linear scale, 4 paths: A ends at/);
  await settle(page);
  const rows = await settledPaths(page);
  await expect.poll(async () => (await series(page, 'cost'))?.lines.map((l) => l.count - 1).join(','))
    .toBe(rows.map((r) => r.iteration.replace(/,/g, '')).join(','));
  const c = (await series(page, 'cost'))!, g = (await series(page, 'grad'))!;
  expect(c.lines.map((l) => l.label)).toEqual(['A', 'B', 'C', 'D']);
  expect(c.band).toBe(false);
  for (const r of rows) {
    const line = c.lines.find((l) => l.label === r.label)!;
    const shown = Number(r.cost);
    // The table shows 3–4 significant digits of the same number the chart ends at.
    expect(Math.abs(line.last - shown), `path ${r.label}: chart ${line.last}, table ${r.cost}`).toBeLessThanOrEqual(Math.abs(shown) * 5e-3);
    const gl = g.lines.find((l) => l.label === r.label)!;
    expect(gl.count).toBe(line.count);
    expect(gl.last).toBeGreaterThanOrEqual(0);
  }
  // Every path's colour is drawn on the gradient chart (A orange, B cyan, C pink, D green) …
  const colours = { A: [0xff, 0x7a, 0x1a], B: [0x19, 0xe3, 0xff], C: [0xff, 0x3d, 0x9a], D: [0x8c, 0xff, 0x2e] } as const;
  const pixelsOf = (img: ReturnType<typeof decodePng>, label: keyof typeof colours): number => {
    const [R, G, B] = colours[label];
    return countPixels(img, (r, gg, b) => Math.abs(r - R) < 40 && Math.abs(gg - G) < 40 && Math.abs(b - B) < 40);
  };
  const before = decodePng(await grad.getByRole('img').screenshot({ path: screenPath('charts-grad') }));
  // (B and C fall at almost the same rate on this symmetric surface, and C is drawn over B.)
  for (const label of ['A', 'C', 'D'] as const) expect(pixelsOf(before, label), `pixels of path ${label}'s colour`).toBeGreaterThan(10);
  expect(pixelsOf(before, 'B')).toBeGreaterThan(0);
  // … and selecting B draws it on top and thicker: its colour shows where C's did.
  await page.getByRole('button', { name: 'Select path B', exact: true }).click();
  await expect.poll(async () => pixelsOf(decodePng(await grad.getByRole('img').screenshot()), 'B')).toBeGreaterThan(Math.max(20, 3 * pixelsOf(before, 'B')));
  expect((await series(page, 'grad'))!.lines.at(-1)!.label).toBe('B');
  expect(errors).toEqual([]);
});

test('the log switch changes the cost axis to f − f_min on a log scale, and back', async ({ page }) => {
  await openLab(page, '/?debug');
  await settle(page);
  const cost = figure(page, 'Cost by iteration');
  const box = cost.getByRole('img');
  await expect(cost.getByText('y: cost f · x: iteration')).toBeVisible();
  const before = decodePng(await box.screenshot());
  const toggle = cost.getByRole('checkbox', { name: 'Log scale for cost', exact: true });
  await expect(toggle).not.toBeChecked();
  // Each chart's switch has its own name; the gradient norm's starts on log.
  await expect(page.getByRole('checkbox', { name: 'Log scale for gradient norm', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Log scale', exact: true })).toHaveCount(0);
  // By keyboard: Space ticks the focused switch (it does not play or pause then).
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(cost.getByText(/^y: f − f_min, log scale \(f_min = 0, the lowest known minimum; 0 on the bottom edge\)/)).toBeVisible();
  const s = (await series(page, 'cost'))!;
  expect(s.scale.log).toBe(true);
  expect(s.scale.offset).toBe(0);
  for (const l of s.lines) expect(l.plotted).toBeCloseTo(Math.log10(l.last), 9);
  // Converged Himmelblau paths end near 1e-14: the log axis reaches far below the linear one's 0.
  expect(s.scale.lo).toBeLessThan(-10);
  const after = decodePng(await box.screenshot({ path: screenPath('charts-cost-log') }));
  expect(changedFraction(before, after)).toBeGreaterThan(0.01);
  await toggle.click();
  await expect(cost.getByText('y: cost f · x: iteration')).toBeVisible();
  expect((await series(page, 'cost'))!.scale.log).toBe(false);
});

test('hover shows the nearest path\'s iteration and value; the cursor line follows simulation.cursor', async ({ page }) => {
  await openLab(page, '/?debug');
  await settle(page);
  const grad = figure(page, 'Gradient norm by iteration');
  const img = grad.getByRole('img');
  const b = (await img.boundingBox())!;
  // Over the plot's left part: iteration 0…few, where all four paths have points.
  await page.mouse.move(b.x + 60, b.y + b.height / 2);
  await expect(grad.locator('.ic-hover')).toHaveText(/^Path [A-D] · iteration \d+ · ‖∇f‖ = [\d.e-]+$/);
  await page.mouse.move(b.x + b.width / 2, b.y - 40);
  await expect(grad.locator('.ic-hover')).toHaveText('');

  const before = decodePng(await img.screenshot());
  await page.evaluate(() => {
    const d = (window as unknown as { __downhill: { simulation: { cursor: number | null; requestFrame: () => void } } }).__downhill;
    d.simulation.cursor = 5;
    d.simulation.requestFrame();
  });
  await expect.poll(async () => (await series(page, 'grad'))?.cursor).toBe(5);
  const after = decodePng(await img.screenshot({ path: screenPath('charts-cursor') }));
  expect(changedFraction(before, after)).toBeGreaterThan(0.001);
});

test('critical-rate ticks on the learning-rate slider sit under the thumb at their η', async ({ page }) => {
  await openLab(page, '/');
  const ticks = page.getByRole('group', { name: 'Critical learning rates 2/λ_max' });
  await expect(ticks.getByRole('img')).toHaveCount(4);
  for (const name of ['M1: 0.0243', 'M2: 0.0248', 'M3: 0.0149', 'M4: 0.0189']) {
    await expect(ticks.getByRole('img', { name })).toHaveAttribute('title', name);
  }
  // Himmelblau's M3 sits mid-slider; the bowl's rate 1 sits at 5/6 of it, where a tick that ignored the
  // thumb's width would be off by a third of a thumb.
  await thumbOnTick(page, 'M3: 0.0149', '0.0149');
  await page.goto('/#s=bowl');
  await thumbOnTick(page, 'M1: 1', '1');
});

/** Types η into the value box, then checks the named tick's centre is the thumb's centre (found in the pixels). */
async function thumbOnTick(page: Page, name: string, eta: string): Promise<void> {
  const ticks = page.getByRole('group', { name: 'Critical learning rates 2/λ_max' });
  const value = page.getByRole('textbox', { name: 'Learning rate value' });
  await value.fill(eta);
  await value.press('Enter');
  const slider = page.locator('.lr-slider');
  const sb = (await slider.boundingBox())!;
  const img = decodePng(await slider.screenshot({ path: screenPath(`charts-rate-tick-${eta}`) }));
  // The thumb is the one place where the accent (#ff7a1a) fills a column more than 10 px high.
  let sum = 0, n = 0;
  for (let x = 0; x < img.width; x++) {
    const tall = countPixels(img, (r, g, b) => Math.abs(r - 0xff) < 30 && Math.abs(g - 0x7a) < 30 && b < 80, { x, y: 0, width: 1, height: img.height });
    if (tall >= 10) { sum += x; n++; }
  }
  expect(n, 'thumb columns').toBeGreaterThan(6);
  const thumb = sb.x + sum / n + 0.5;
  const tb = (await ticks.getByRole('img', { name }).boundingBox())!;
  expect(Math.abs(tb.x + tb.width / 2 - thumb), `thumb at ${thumb}, tick at ${tb.x + tb.width / 2}`).toBeLessThanOrEqual(1.5);
}

for (const size of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }, { width: 768, height: 1024 }, { width: 390, height: 844 }]) {
  test(`at ${size.width} × ${size.height} both charts are a usable size, beside or below the table and not over it`, async ({ page }) => {
    await page.setViewportSize(size);
    await openLab(page, '/');
    const table = (await page.getByRole('table', { name: 'Paths' }).boundingBox())!;
    for (const name of ['Cost by iteration', 'Gradient norm by iteration']) {
      const img = figure(page, name).getByRole('img');
      await img.scrollIntoViewIfNeeded();
      const b = (await img.boundingBox())!;
      expect(b.width, `${name} width`).toBeGreaterThanOrEqual(200);
      expect(b.height, `${name} height`).toBeGreaterThanOrEqual(60);
      const t = (await page.getByRole('table', { name: 'Paths' }).boundingBox())!;
      const overlaps = b.x < t.x + t.width - 1 && t.x < b.x + b.width - 1 && b.y < t.y + t.height - 1 && t.y < b.y + b.height - 1;
      expect(overlaps, `${name} over the table`).toBe(false);
    }
    // On wide screens the charts are on the first screen, beside the table, without scrolling the page.
    if (size.width > 900) {
      for (const name of ['Cost by iteration', 'Gradient norm by iteration']) {
        const b = (await figure(page, name).getByRole('img').boundingBox())!;
        expect(b.y + b.height, `${name} bottom`).toBeLessThanOrEqual(size.height);
        expect(b.x).toBeGreaterThanOrEqual(table.x + table.width - 1);
      }
    }
    await page.screenshot({ path: screenPath(`charts-layout-${size.width}`) });
  });
}
