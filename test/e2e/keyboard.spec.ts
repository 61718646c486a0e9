// Keys, when the focus is not in a control: Space plays or pauses, → steps, R resets.
import { expect, test, type Page } from '@playwright/test';
import { openLab, playButton, readPaths, settledPaths, waitForRunningPaths } from './helpers';

const iterationOfA = async (page: Page): Promise<number> => Number((await readPaths(page))[0]?.iteration.replace(/,/g, ''));

test('Space plays and pauses, ArrowRight steps, R resets', async ({ page }) => {
  await openLab(page);
  await waitForRunningPaths(page);
  await expect(page.locator('body')).toBeFocused();

  await page.keyboard.press('r');
  await expect(playButton(page)).toHaveText('Play');
  await expect.poll(() => iterationOfA(page), { message: 'R resets A to its start' }).toBe(0);
  expect((await readPaths(page))[0]?.status).toBe('ready');

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => iterationOfA(page), { message: '→ takes one step' }).toBe(1);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => iterationOfA(page)).toBe(2);
  await expect(playButton(page)).toHaveText('Play');

  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Pause');
  await expect.poll(() => iterationOfA(page), { message: 'Space plays' }).toBeGreaterThan(3);
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Play');
  const paused = Number((await settledPaths(page))[0]?.iteration.replace(/,/g, ''));
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => iterationOfA(page), { message: '→ steps once when paused' }).toBe(paused + 1);

  await page.keyboard.press('R');
  await expect.poll(() => iterationOfA(page)).toBe(0);
  await expect(playButton(page)).toHaveText('Play');
  await expect(page.locator('body')).toBeFocused();
});

test('after a button is clicked or a slider is focused, Space still plays and R resets; → on a slider moves the slider', async ({ page }) => {
  await openLab(page);
  await waitForRunningPaths(page);
  await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
  const paths = (await readPaths(page)).length;

  // Focus on a button: Space is the lab's (it does not also press the button).
  const add = page.getByRole('button', { name: 'Reset view' });
  await add.click();
  await expect(add).toBeFocused();
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Pause');
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Play');
  await page.keyboard.press('r');
  await expect.poll(() => iterationOfA(page), { message: 'R resets with a button focused' }).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => iterationOfA(page), { message: '→ steps with a button focused' }).toBe(1);
  expect((await readPaths(page)).length, 'no button was pressed by the keys').toBe(paths);

  // Focus on a slider: → moves the slider (its native key), Space still toggles play.
  const speed = page.getByRole('slider', { name: 'Height exaggeration' });
  await speed.focus();
  const before = Number(await speed.inputValue());
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number(await speed.inputValue()), { message: '→ moves the focused slider' }).toBeGreaterThan(before);
  expect(await iterationOfA(page), '→ on a slider does not step').toBe(1);
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Pause');
  await page.keyboard.press(' ');
  await expect(playButton(page)).toHaveText('Play');

  // On a checkbox Space ticks it (a keyboard's only way to), and does not play.
  const slices = page.getByRole('checkbox', { name: 'Show slices and arrows' });
  await slices.focus();
  const ticked = await slices.isChecked();
  await page.keyboard.press(' ');
  await expect(slices).toBeChecked({ checked: !ticked });
  await expect(playButton(page)).toHaveText('Play');
  await page.keyboard.press(' ');
  await expect(slices).toBeChecked({ checked: ticked });

  // In a text box every key types.
  const lr = page.getByRole('textbox', { name: 'Learning rate value' });
  await lr.focus();
  await page.keyboard.press('r');
  await expect(playButton(page)).toHaveText('Play');
  await expect(lr).toHaveValue(/r/);
});
