// The formula box as a person uses it: choosing "Custom formula…", typing f, and what the hint says.
import { expect, test } from '@playwright/test';
import { collectErrors, openLab, pauseIfPlaying, readPaths, screenPath, settledPaths, urlParam } from './helpers';

test('"Custom formula…" stays chosen with a clean box, and x^2 + y^2 converges at M1', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  const surface = page.getByRole('combobox', { name: 'Surface' });
  const formula = page.getByRole('textbox', { name: 'Formula' });
  // A half-typed, broken draft from before must not greet the new formula.
  await formula.fill('x^2 + (y');
  await expect(formula).toHaveAttribute('aria-invalid', 'true');

  await surface.selectOption('formula');
  await expect(surface).toHaveValue('formula');
  await expect(formula).toBeFocused();
  await expect(formula).toHaveValue('');
  await expect(formula).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByText(/Type your own f\(x, y\) below/)).toBeVisible();
  // The landscape has not changed yet: Himmelblau's paths are still there.
  expect(urlParam(page, 'f')).toBeNull();
  await page.screenshot({ path: screenPath('formula-chosen') });

  await formula.fill('x^2 + y^2');
  await formula.press('Enter');
  await expect(surface).toHaveValue('formula');
  await expect(page.getByText('Showing f(x, y) = x^2 + y^2.')).toBeVisible();
  // A rate for the bowl, so the paths arrive in a few dozen iterations.
  const rate = page.getByRole('textbox', { name: 'Learning rate value' });
  await rate.fill('0.1');
  await rate.press('Enter');
  await expect.poll(async () => (await readPaths(page)).map((r) => r.status), { timeout: 30_000 })
    .toEqual(Array(4).fill('converged at M1 (global)'));
  expect(errors).toEqual([]);
});

test('a formula undefined everywhere is refused with a reason; a partly undefined one says where', async ({ page }) => {
  await openLab(page);
  await pauseIfPlaying(page);
  const before = await settledPaths(page);
  const surface = page.getByRole('combobox', { name: 'Surface' });
  const formula = page.getByRole('textbox', { name: 'Formula' });

  await formula.fill('sqrt(-x^2-y^2-1)');
  await formula.press('Enter');
  await expect(formula).toHaveAttribute('aria-invalid', 'true');
  await expect(formula).toHaveAccessibleDescription('f is not defined anywhere in the view (checked on a 41×41 grid)');
  await expect(surface).toHaveValue('builtin:himmelblau');
  expect(await settledPaths(page)).toEqual(before);
  // Editing the text drops the refusal.
  await formula.fill('sqrt(x)');
  await expect(formula).toHaveAttribute('aria-invalid', 'false');

  await formula.press('Enter');
  await expect(surface).toHaveValue('formula');
  await expect(formula).toHaveAccessibleDescription(/f is undefined on 49% of the view; shown in dark red\./);
  await page.screenshot({ path: screenPath('formula-partly-undefined') });

  await formula.fill('x + y');
  await formula.press('Enter');
  await expect(formula).toHaveAccessibleDescription(/Showing f\(x, y\) = x \+ y\. No critical points found in the view/);
});

test('a link whose formula is undefined everywhere shows Himmelblau, says why, and keeps the text', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, `/?f=${encodeURIComponent('0/0')}`);
  await expect(page.getByRole('status').filter({ hasText: 'f is not defined anywhere in the view (checked on a 41×41 grid)' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Surface' })).toHaveValue('builtin:himmelblau');
  await expect(page.getByRole('textbox', { name: 'Formula' })).toHaveValue('0/0');
  expect(errors).toEqual([]);
});
