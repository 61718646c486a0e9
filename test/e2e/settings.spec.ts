// The side panel: a learning rate that diverges, a formula with a typo, and switching surfaces.
import { expect, test, type Page } from '@playwright/test';
import {
  hyperparameterKeys, hyperparameters, paramsOf, scalarNames, scalarSettings, type SettingSpec,
} from '../../src/core/descent/settingsCatalog';
import { scheduleKinds } from '../../src/core/descent/schedules';
import {
  canvas, collectErrors, countPixels, openLab, pathRows, pauseIfPlaying, readPaths, screenPath, settledPaths, shootCanvas, urlParam,
} from './helpers';

/** The control the catalog generates for a setting, found by its accessible name. */
const control = (page: Page, s: SettingSpec) =>
  page.getByLabel('Controls').getByRole(s.control === 'slider' ? 'slider' : 'textbox', { name: s.label, exact: true });

/** Pixels of the red ring that marks where a diverged path left (#ff2020, lit as drawn). */
const isMarkRed = (r: number, g: number, b: number): boolean => r > 200 && g < 80 && b < 80;

test('raising the learning rate on the bowl makes every path diverge, with the mark and the status shown', async ({ page }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Surface' }).selectOption('builtin:bowl');
  await expect(page.getByRole('combobox', { name: 'Surface' })).toHaveValue('builtin:bowl');
  const rate = page.getByRole('textbox', { name: 'Learning rate value' });
  await expect(rate).toHaveValue('0.1');
  const calm = await shootCanvas(page);

  await rate.fill('1.5');
  await rate.press('Enter');
  await expect(rate).toHaveValue('1.5');
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', 'η = 1.5');
  await expect(pathRows(page)).toHaveCount(4);
  await expect.poll(async () => (await readPaths(page)).map((r) => r.status), { timeout: 20_000 })
    .toEqual(Array(4).fill(expect.stringMatching(/^diverged at iteration \d+ \(last finite point: iteration \d+\)$/)));

  // Numbers stay readable: no NaN or Infinity anywhere on the page, finite readouts in every row.
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/NaN|Infinity/);
  for (const r of await readPaths(page)) {
    for (const v of [r.iteration, r.x, r.y, r.cost, r.grad]) expect(v, JSON.stringify(r)).toMatch(/^-?[\d.,]+(e-?\d+)?$/);
    // The status and the row name the same iteration: the row shows the last finite point.
    expect(r.status, 'status and row agree').toContain(`(last finite point: iteration ${r.iteration})`);
  }
  // At least one red ring marks where a path left; there was none before.
  const diverged = await shootCanvas(page, screenPath('04-diverged-bowl-canvas'));
  await page.screenshot({ path: screenPath('04-diverged-bowl') });
  const before = countPixels(calm, isMarkRed), after = countPixels(diverged, isMarkRed);
  expect(after, `red mark pixels: ${before} before, ${after} after`).toBeGreaterThan(before + 100);
});

test('a formula with a typo shows the error and keeps the last surface', async ({ page }) => {
  await openLab(page);
  await pauseIfPlaying(page);
  const before = await settledPaths(page);
  const surface = page.getByRole('combobox', { name: 'Surface' });
  const formula = page.getByRole('textbox', { name: 'Formula' });

  await formula.fill('x^2 + (y');
  // The problem is shown while typing, tied to the box, before anything is applied.
  await expect(formula).toHaveAttribute('aria-invalid', 'true');
  await expect(formula).toHaveAccessibleDescription(/missing '\)'/);
  await expect(page.getByText(/missing '\)'/)).toBeVisible();
  await formula.press('Enter');
  await expect(formula).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/missing '\)'/)).toBeVisible();
  await expect(surface).toHaveValue('builtin:himmelblau');
  expect(await settledPaths(page)).toEqual(before);
  await page.screenshot({ path: screenPath('05-formula-error') });
  expect(urlParam(page, 'f')).toBeNull();

  await formula.fill('x^2 + 3*sin(y)');
  await expect(formula).toHaveAttribute('aria-invalid', 'false');
  await formula.press('Enter');
  await expect(surface).toHaveValue('formula');
  await expect(page.getByText('Showing f(x, y) = x^2 + 3*sin(y)')).toBeVisible();
  await expect.poll(() => urlParam(page, 'f')).toBe('x^2 + 3*sin(y)');
  // The link with the formula is the address, up to date, so Copy link reports success.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('dialog', { name: 'Share this setup' }).getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.keyboard.press('Escape');
  await expect(pathRows(page)).toHaveCount(4);
  await expect.poll(async () => (await readPaths(page)).every((r) => r.status !== '' && !r.status.startsWith('diverged'))).toBe(true);
  await page.screenshot({ path: screenPath('05-formula-applied') });
});

test('switching the surface raises no error in the page', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  const surface = page.getByRole('combobox', { name: 'Surface' });
  for (const id of ['builtin:bowl', 'builtin:rosenbrock', 'regression:noisy-line', 'builtin:himmelblau']) {
    await surface.selectOption(id);
    await expect(surface).toHaveValue(id);
    await expect(pathRows(page).first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('gradient ascent, the mirror image, climbs to Himmelblau\'s maximum and the table names it', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await pauseIfPlaying(page);
  // The maximum and the saddles are marked and labelled on the surface, beside the minima.
  await expect(page.getByText('X1 (max)', { exact: true })).toBeVisible();
  await expect(page.getByText(/^S\d \(saddle\)$/)).toHaveCount(4);

  await page.getByText('More: ascent, schedules, limits, batches').click();
  await page.getByRole('checkbox', { name: /Gradient ascent/ }).check();
  await expect(page.getByLabel('Controls').getByLabel('Update rule', { exact: true })).toContainText('w ← w + η·g');
  await expect(page.getByText(/^Plain ascent is stable near the maximum X1 for η below 0\.\d+ \(2\/\|λ_min\|\)\.$/)).toBeVisible();
  // A start near the middle of the surface, on the slopes of the maximum.
  const box = await canvas(page).boundingBox();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(pathRows(page)).toHaveCount(5);
  await expect.poll(async () => (await readPaths(page)).find((r) => r.label === 'E')?.status).toBe('converged at X1 (maximum)');
  await page.screenshot({ path: screenPath('06-ascent-maximum') });
  expect(errors).toEqual([]);
});

test('every setting in the catalog has a control with its name (hyperparameters and schedule parameters included)', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await page.getByText('More: ascent, schedules, limits, batches').click();
  const later = new Set(['batch', 'seed']); // shown for regression costs only
  for (const name of scalarNames) if (!later.has(name)) await expect(control(page, scalarSettings[name]), name).toBeVisible();
  const optimizer = page.getByRole('combobox', { name: 'Optimizer' });
  for (const key of hyperparameterKeys) {
    for (const kind of Object.keys(hyperparameters[key].defaults)) {
      await optimizer.selectOption(kind);
      await expect(control(page, hyperparameters[key]), `${kind} ${key}`).toBeVisible();
    }
  }
  const schedule = page.getByRole('combobox', { name: 'Learning-rate schedule' });
  for (const kind of scheduleKinds) {
    await schedule.selectOption(kind);
    for (const p of paramsOf(kind)) await expect(control(page, p), `${kind} ${p.key}`).toBeVisible();
  }
  // A schedule parameter typed in its box reaches the link, in PyTorch's argument order.
  await schedule.selectOption('cosine');
  const tMax = control(page, paramsOf('cosine')[0]!);
  await tMax.fill('250');
  await tMax.press('Enter');
  await expect.poll(() => urlParam(page, 'sch')).toBe('cosine:250,0');
  await page.getByRole('combobox', { name: 'Surface' }).selectOption('regression:noisy-line');
  for (const name of later) await expect(control(page, scalarSettings[name as 'batch' | 'seed']), name).toBeVisible();
  await page.screenshot({ path: screenPath('08-every-setting') });
  expect(errors).toEqual([]);
});

test('the speed slider reaches both ends it names: 1 and 5,000 iterations per second', async ({ page }) => {
  await openLab(page);
  const speed = page.getByRole('slider', { name: 'Speed', exact: true });
  await speed.focus();
  await speed.press('End');
  await expect(speed).toHaveAttribute('aria-valuetext', '5000 iterations per second');
  await expect.poll(() => urlParam(page, 'spd')).toBe('5000');
  await speed.press('Home');
  await expect(speed).toHaveAttribute('aria-valuetext', '1 iteration per second');
  await expect.poll(() => urlParam(page, 'spd')).toBe('1');
  // Every arrow step moves a whole-number slider, also where one position rounds back to the same number.
  await speed.press('ArrowRight');
  await speed.press('ArrowRight');
  await expect(speed).toHaveAttribute('aria-valuetext', '3 iterations per second');
  await expect.poll(() => urlParam(page, 'spd')).toBe('3');
});

test('a learning rate for all paths says whose own rate it replaced', async ({ page }) => {
  await openLab(page);
  await pauseIfPlaying(page);
  await page.getByRole('button', { name: 'Select path B', exact: true }).click();
  await page.getByRole('radio', { name: /Selected path B only/ }).check();
  const rate = page.getByRole('textbox', { name: 'Learning rate value' });
  await rate.fill('0.02');
  await rate.press('Enter');
  await page.getByRole('radio', { name: 'All paths' }).check();
  await rate.fill('0.005');
  await rate.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'B had its own learning rate; now all paths use η = 0.005.' })).toBeVisible();
});

test('a hyperparameter slider shows every digit its step changes: Adam β₂ three steps down reads 0.99897', async ({ page }) => {
  await openLab(page);
  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption('adam');
  const beta2 = page.getByRole('slider', { name: 'Adam β₂', exact: true });
  await beta2.focus();
  for (let i = 0; i < 3; i++) await beta2.press('ArrowLeft');
  await expect(beta2).toHaveAttribute('aria-valuetext', 'β₂ = 0.99897');
  await expect.poll(() => urlParam(page, 'b2')).toBe('0.99897');
});

test('a cosine schedule whose η_min is above η says the rate will rise, not fall', async ({ page }) => {
  await openLab(page, '/#sch=cosine:100,1');
  await page.getByText('More: ascent, schedules, limits, batches').click();
  await expect(page.getByRole('note').filter({ hasText: 'η_min is above η = 0.01' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Learning rate value' }).fill('2');
  await page.getByRole('textbox', { name: 'Learning rate value' }).press('Enter');
  await expect(page.getByRole('note').filter({ hasText: 'η_min is above' })).toHaveCount(0);
});
