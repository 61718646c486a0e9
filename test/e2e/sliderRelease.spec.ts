// A slider previews while it moves and commits on release; a drag that ends where it began commits
// nothing (Chromium fires no change event), so the paths must go back to the store's value.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, openLab, pauseIfPlaying, settledPaths, urlParam } from './helpers';

/**
 * Presses on the slider's thumb, finds by pointer the spot where its value reads `value` again, drags 80 px
 * away (previewing there) and back to that spot, and releases. Returns the values seen far away and on release.
 */
async function dragAwayAndBack(page: Page, slider: Locator, value: string): Promise<{ away: string; back: string }> {
  // The side panel may put the slider below the fold (the pointer only reaches what is on screen).
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('the slider has no box');
  const y = box.y + box.height / 2, guess = box.x + (Number(value) / 1000) * box.width;
  await page.mouse.move(guess, y);
  await page.mouse.down();
  // The pointer spot whose value is the starting one, by bisection (the value grows with x; positions are
  // a fraction of a pixel apart at this width).
  const at = async (x: number): Promise<number> => { await page.mouse.move(x, y); return Number(await slider.inputValue()); };
  let lo = guess - 30, hi = guess + 30, spot: number | null = null;
  for (let i = 0; i < 30 && spot === null; i++) {
    const mid = (lo + hi) / 2, v = await at(mid);
    if (v === Number(value)) spot = mid;
    else if (v < Number(value)) lo = mid;
    else hi = mid;
  }
  if (spot === null) throw new Error(`no pointer spot gives the slider's value ${value}`);
  await page.mouse.move(spot + 80, y, { steps: 4 });
  const away = await slider.inputValue();
  await page.mouse.move(spot, y, { steps: 4 });
  const back = await slider.inputValue();
  await page.mouse.up();
  return { away, back };
}

test('a learning-rate drag that returns to where it began leaves the paths on the stored η, as the box and the link say', async ({ page }) => {
  const errors = collectErrors(page);
  // 0.05 sits between slider positions: the one the thumb shows reads 0.0497, not 0.05.
  await openLab(page, '/#s=bowl&lr=0.05');
  await pauseIfPlaying(page);
  const slider = page.getByRole('slider', { name: 'Learning rate', exact: true });
  const box = page.getByRole('textbox', { name: 'Learning rate value' });
  const step = page.getByRole('region', { name: 'Update rule' }).locator('.ur-step p').first();
  await expect(box).toHaveValue('0.05');
  await expect(step).toContainText('η = 0.05.');
  const start = await slider.inputValue();

  const { away, back } = await dragAwayAndBack(page, slider, start);
  expect(Number(away), 'the drag went somewhere else').toBeGreaterThan(Number(start) + 100);
  expect(back).toBe(start);
  // Nothing was committed: the paths (their last step's η), the store, the link and the box all keep η = 0.05.
  await expect(step).toContainText('η = 0.05.');
  await expect(box).toHaveValue('0.05');
  await expect(slider).toHaveAttribute('aria-valuetext', 'η = 0.05');
  expect(urlParam(page, 'lr')).toBe('0.05');
  expect(errors).toEqual([]);
});

test('a drag that ends elsewhere still commits its value once, on release', async ({ page }) => {
  await openLab(page, '/#s=bowl&lr=0.05');
  await pauseIfPlaying(page);
  const slider = page.getByRole('slider', { name: 'Learning rate', exact: true });
  const b = await slider.boundingBox();
  if (!b) throw new Error('the slider has no box');
  const y = b.y + b.height / 2;
  await page.mouse.move(b.x + 0.617 * b.width, y);
  await page.mouse.down();
  await page.mouse.move(b.x + 0.4 * b.width, y, { steps: 5 });
  await page.mouse.up();
  const shown = (await slider.getAttribute('aria-valuetext'))?.replace('η = ', '') ?? '';
  expect(shown).not.toBe('0.05');
  await expect(page.getByRole('textbox', { name: 'Learning rate value' })).toHaveValue(shown);
  await expect.poll(() => urlParam(page, 'lr')).toBe(shown);
  await expect(page.getByRole('region', { name: 'Update rule' }).locator('.ur-step p').first()).toContainText(`η = ${shown}.`);
});

test('a hyperparameter drag that returns to where it began leaves every path as it was (Adam ε)', async ({ page }) => {
  const errors = collectErrors(page);
  // ε = 0.3 sits between slider positions (the thumb's reads 0.302); near the minimum ε decides Adam's step size.
  await openLab(page, '/#s=bowl&o=adam&lr=0.1&eps=0.3&spd=5000');
  // Every path runs to its end and the lab pauses by itself.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const before = await settledPaths(page);
  expect(before.map((r) => r.status)).toEqual(Array(4).fill('converged at M1 (global)'));
  const slider = page.getByRole('slider', { name: 'Epsilon ε', exact: true });
  await expect(slider).toHaveAttribute('aria-valuetext', 'ε = 0.3');
  const start = await slider.inputValue();
  const { away, back } = await dragAwayAndBack(page, slider, start);
  expect(Number(away), 'the drag went somewhere else').not.toBe(Number(start));
  expect(back).toBe(start);
  expect(await settledPaths(page)).toEqual(before);
  await expect(slider).toHaveAttribute('aria-valuetext', 'ε = 0.3');
  expect(urlParam(page, 'eps')).toBe('0.3');
  expect(errors).toEqual([]);
});
