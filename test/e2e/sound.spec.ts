// "Sound": off costs nothing (no AudioContext); on makes exactly one, running; converging chimes, diverging hisses.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openLab, playButton } from './helpers';

/** Counts AudioContexts the page makes, independently of the app (a wrapper installed before it loads). */
async function countAudioContexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { AudioContext: typeof AudioContext; __contexts: AudioContext[] };
    const Original = w.AudioContext;
    w.__contexts = [];
    w.AudioContext = class extends Original {
      constructor(options?: AudioContextOptions) { super(options); w.__contexts.push(this); }
    };
  });
}
const contexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __contexts: AudioContext[] }).__contexts.map((c) => c.state));
const sound = (page: Page): Promise<{ chimes: number; noises: number; audible: boolean; hz: number; pan: number } | null> =>
  page.evaluate(() => (window as unknown as { __downhill: { sound?: { chimes: number; noises: number; audible: boolean; hz: number; pan: number } } }).__downhill.sound ?? null);

test('Sound is off by default and makes no AudioContext; on, one running context; a converging path chimes, a diverging one hisses', async ({ page }) => {
  const errors = collectErrors(page);
  await countAudioContexts(page);
  // The bowl from (5, 5): η = 0.1 converges in a few dozen iterations; a slow speed so the run is heard.
  await openLab(page, '/?debug#s=bowl&p=5,5&lr=0.1&spd=20');
  const box = page.getByRole('checkbox', { name: 'Sound', exact: true });
  await expect(box).not.toBeChecked();
  await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
  expect(await contexts(page), 'no AudioContext while Sound is off').toEqual([]);

  await box.check();
  await expect.poll(() => contexts(page), { message: 'one running AudioContext' }).toEqual(['running']);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await playButton(page).click();
  // While it runs the pitch is set within 220–880 Hz and the pan within [−1, 1] (x from 5 towards 0: right of centre).
  await expect.poll(async () => (await sound(page))?.hz ?? 0, { message: 'the tone follows the path' }).toBeGreaterThan(220);
  const s = (await sound(page))!;
  expect(s.audible).toBe(true);
  expect(s.hz).toBeLessThanOrEqual(880);
  expect(s.pan).toBeGreaterThan(0);
  expect(s.pan).toBeLessThanOrEqual(1);
  await expect.poll(async () => (await sound(page))?.chimes, { message: 'the chime when A converges' }).toBe(1);
  expect((await sound(page))?.noises).toBe(0);
  // Converged, the lab pauses by itself: silent.
  await expect(playButton(page)).toHaveText('Play');
  expect((await sound(page))?.audible).toBe(false);

  // Off and on again: still the one context.
  await box.uncheck();
  await box.check();
  expect((await contexts(page)).length).toBe(1);

  // η = 1.5 on the bowl: |1 − 2η| = 2, the path diverges and the falling noise plays.
  await page.getByRole('textbox', { name: 'Learning rate value' }).fill('1.5');
  await page.getByRole('textbox', { name: 'Learning rate value' }).press('Enter');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await playButton(page).click();
  await expect.poll(async () => (await sound(page))?.noises, { message: 'the hiss when A diverges' }).toBe(1);
  expect((await sound(page))?.chimes).toBe(1);
  expect(await contexts(page)).toEqual(['running']);
  expect(errors).toEqual([]);
});
