// Same start, several settings (a learning-rate fan, an optimizer race) and the partial derivatives seen
// (slices and arrows), driven as a person would, checked against separate single runs and closed forms.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openLab, pathRows, screenPath } from './helpers';

interface Final { readonly x: number; readonly y: number; readonly t: number; readonly status: string; readonly lr: number; readonly kind: string }

/** Every path's last point, iteration, status and settings, from the ?debug hooks. */
function finals(page: Page): Promise<Final[]> {
  return page.evaluate(() => {
    const sim = (window as unknown as { __downhill: { simulation: { paths: { run: { x: number; y: number; t: number; status: string }; settings: { lr: number; optimizer: { kind: string } } }[] } } }).__downhill.simulation;
    return sim.paths.map((p) => ({ x: p.run.x, y: p.run.y, t: p.run.t, status: p.run.status, lr: p.settings.lr, kind: p.settings.optimizer.kind }));
  });
}

/** Waits until no path is running. */
async function allFinished(page: Page): Promise<Final[]> {
  // Some paths, all finished: just after a reload the simulation has no paths yet, and [].every(…) is true.
  await expect.poll(async () => { const f = await finals(page); return f.length > 0 && f.every((p) => p.status !== 'running'); }, { message: 'every path finishes' }).toBe(true);
  return finals(page);
}

/** The rate and optimizer the table's Path cell shows for each row ("GD η 0.0025", the * of a path's own setting dropped). */
const pathCells = (page: Page): Promise<string[]> =>
  pathRows(page).locator('.pt-opt').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\*| \(this path only\)/g, '').replace(/\s+/g, ' ').trim()));

const FAST = 'spd=5000&max=400';

test('"Fan learning rates" makes five paths at η ÷ 4 … × 4 whose ends equal separate single runs, and the link keeps them', async ({ page, context }) => {
  const errors = collectErrors(page);
  await openLab(page, `/?debug#s=rosenbrock&p=-1.2,1&lr=0.0005&${FAST}`);
  const fan = page.getByRole('button', { name: 'Fan learning rates' });
  // Nothing selected: disabled, and it says why.
  await expect(fan).toBeDisabled();
  await expect(fan).toHaveAccessibleDescription(/Select a path first/);
  await expect(page.getByRole('button', { name: 'Compare optimizers' })).toBeDisabled();
  await page.getByRole('button', { name: 'Select path A', exact: true }).click();
  await expect(fan).toBeEnabled();
  await fan.click();
  await expect(pathRows(page)).toHaveCount(5);
  expect(await pathCells(page)).toEqual(['GD η 5e-4', 'GD η 1.3e-4', 'GD η 2.5e-4', 'GD η 0.001', 'GD η 0.002']);
  await expect(page.getByRole('region', { name: 'Comparison' })).toContainText('B: η 0.00013');
  const fanned = await allFinished(page);
  expect(fanned.map((f) => f.lr)).toEqual([0.0005, 0.00013, 0.00025, 0.001, 0.002]);
  // Each equals a page with that one start at that rate.
  const alone = await context.newPage();
  for (const f of fanned) {
    await openLab(alone, `/?debug#s=rosenbrock&p=-1.2,1&lr=${f.lr}&${FAST}`);
    const [one] = await allFinished(alone);
    expect(one, `η ${f.lr}`).toEqual(f);
  }
  await alone.close();
  // The ends differ: the fan shows something.
  expect(new Set(fanned.map((f) => f.x)).size).toBe(5);
  // The link keeps the fan: a new page from it shows the same five paths with the same ends.
  await expect.poll(() => new URL(page.url()).hash).toContain('lr:0.00013');
  const link = page.url();
  const again = await context.newPage();
  await openLab(again, link);
  await expect(pathRows(again)).toHaveCount(5);
  expect(await pathCells(again)).toEqual(await pathCells(page));
  expect(await allFinished(again)).toEqual(fanned);
  await page.screenshot({ path: screenPath('compare-fan') });
  expect(errors).toEqual([]);
});

test('"Compare optimizers" makes one path per optimizer at a suited rate, says why, and a reload keeps them', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, `/?debug#s=rosenbrock&p=-1.2,1&spd=5000&sel=A`);
  await page.getByRole('button', { name: 'Compare optimizers' }).click();
  await expect(pathRows(page)).toHaveCount(8);
  const cells = await pathCells(page);
  expect(cells.slice(1)).toEqual(['GD η 0.001', 'Momentum η 0.002', 'Nesterov η 5e-4', 'AdaGrad η 0.2', 'RMSProp η 0.01', 'Adam η 0.1', 'Newton η 1']);
  const why = page.getByRole('region', { name: 'Comparison' });
  await expect(why).toContainText("G: Adam at 0.1: Adam's steps are about η long whatever the slope");
  await expect(why).toContainText('B: Gradient descent at 0.001: plain descent is stable only below 2/λ_max');
  const raced = await allFinished(page);
  expect(raced.slice(1).map((f) => f.kind)).toEqual(['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'newton']);
  // Adam reaches (1, 1) within the 2,000 iterations; plain descent at 0.001 does not.
  const adam = raced[6]!, gd = raced[1]!;
  expect(Math.hypot(adam.x - 1, adam.y - 1)).toBeLessThan(1e-3);
  expect(gd.t).toBe(2000);
  expect(Math.hypot(gd.x - 1, gd.y - 1)).toBeGreaterThan(0.3);
  // The view's start labels name each copy's optimizer and η.
  await expect(page.locator('.label-layer.starts .label', { hasText: 'G Adam η 0.1' })).toHaveCount(1);
  await expect.poll(() => new URL(page.url()).hash).toContain('o:newton');
  await page.reload();
  await expect(pathRows(page)).toHaveCount(8);
  expect(await pathCells(page)).toEqual(cells);
  expect(await allFinished(page)).toEqual(raced);
  expect(errors).toEqual([]);
});

/** Himmelblau's gradient, in closed form. */
const himmelblauGrad = (x: number, y: number): [number, number] =>
  [4 * x * (x * x + y - 11) + 2 * (x + y * y - 7), 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)];
const parse = (s: string): number => Number(s.replace(/−/g, '-'));

for (const [w, h] of [[1280, 800], [390, 844]] as const) {
  test(`"Show slices and arrows" at ${w}×${h}: the side plot's slopes equal the update-rule panel's ∂f/∂x, ∂f/∂y for the selected path`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width: w, height: h });
    await openLab(page, '/?debug#sel=B&spd=5000&max=6&o=momentum&lr=0.003');
    await allFinished(page);
    const toggle = page.getByRole('checkbox', { name: 'Show slices and arrows' });
    await toggle.check();
    const plot = page.getByRole('region', { name: 'Slices through the head' });
    await expect(plot).toBeVisible();
    await expect(plot.getByText('Change one parameter, freeze the rest')).toBeVisible();
    // Live, the panel shows the last step: the gradient at the old point, iteration 5.
    const head = page.getByRole('region', { name: 'Update rule' }).locator('.ur-step p').first();
    await expect(head).toHaveText(/^Iteration 6: the gradient at the old point \(([^,]+), ([^)]+)\) is \(([^,]+), ([^)]+)\)/);
    const [, px, py, gx, gy] = /\(([^,]+), ([^)]+)\) is \(([^,]+), ([^)]+)\)/.exec((await head.textContent())!)!;
    // Show iteration 5 on the timeline: the slices go through that head.
    await page.evaluate(() => {
      const sim = (window as unknown as { __downhill: { simulation: { cursor: number | null; requestFrame: () => void } } }).__downhill.simulation;
      sim.cursor = 5; sim.requestFrame();
    });
    await expect(plot.locator('.slice-where')).toHaveText(/^Iteration 5: the head at/);
    await expect(plot.locator('.slice-slopes')).toHaveText(`∂f/∂x = ${gx} (slope of the pink dashed tangent) · ∂f/∂y = ${gy} (slope of the blue dashed tangent)`);
    const [, hx, hy] = /= \(([^,]+), ([^)]+)\), f =/.exec((await plot.locator('.slice-where').textContent())!)!;
    expect(parse(hx!)).toBeCloseTo(parse(px!), 3);
    expect(parse(hy!)).toBeCloseTo(parse(py!), 3);
    // And both equal Himmelblau's gradient there, in closed form.
    const [cx, cy] = himmelblauGrad(parse(px!), parse(py!));
    expect(parse(gx!)).toBeCloseTo(cx, 1);
    expect(parse(gy!)).toBeCloseTo(cy, 1);
    // The plot is drawn: its canvas is not blank.
    const inked = await plot.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(500);
    // The scene draws the layer: its lines and the ghost of the next iterate.
    await plot.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenPath(`compare-slices-${w}x${h}`) });
    expect(errors).toEqual([]);
  });
}
