// While the browser takes the WebGL context away the view says so; when it comes back the notice goes
// and the landscape is drawn again.
import { expect, test } from '@playwright/test';
import { canvas, collectErrors, nonBackgroundFraction, openLab, playButton, screenPath, shootCanvas } from './helpers';

const NOTICE = /The 3D view lost its graphics context; it will come back by itself/;

test('losing the WebGL context shows a notice over the view, restoring it clears the notice and redraws', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
  await expect(page.getByText(NOTICE)).toHaveCount(0);

  // WEBGL_lose_context simulates what a GPU reset does; the extension is kept to restore the context later.
  const had = await canvas(page).evaluate((c: HTMLCanvasElement) => {
    const gl = c.getContext('webgl2') ?? c.getContext('webgl');
    const ext = gl?.getExtension('WEBGL_lose_context') ?? null;
    (window as unknown as { __lose: WEBGL_lose_context | null }).__lose = ext;
    ext?.loseContext();
    return ext !== null;
  });
  expect(had, 'the WEBGL_lose_context extension').toBe(true);
  const notice = page.getByText(NOTICE);
  await expect(notice).toBeVisible();
  const box = await notice.boundingBox(), view = await canvas(page).boundingBox();
  expect(box && view && box.y >= view.y && box.y + box.height <= view.y + view.height, 'the notice sits over the view').toBe(true);
  await page.screenshot({ path: screenPath('context-lost') });
  // The rest of the page still works meanwhile.
  await page.getByRole('button', { name: 'Step', exact: true }).click();

  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(notice).toHaveCount(0);
  await expect.poll(async () => nonBackgroundFraction(await shootCanvas(page)), { message: 'the landscape is drawn again' }).toBeGreaterThan(0.2);
  expect(errors.filter((e) => !/CONTEXT_LOST/i.test(e))).toEqual([]);
});
