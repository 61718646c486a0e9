// Divergence explained: on the bowl (λ = 2, critical η = 1) a running path's status carries its trend and the
// update-rule panel says why, with 1 − ηλ; rewinding shows the trend at the shown iteration.
import { expect, test } from '@playwright/test';
import { openLab, pathRow, playButton, readPaths, waitForRunningPaths } from './helpers';

const cases = [
  { lr: 0.3, status: 'running · converging', why: 'Converging: along the steepest direction here λ ≈ 2.0, so each step multiplies the error by 1 − ηλ = 0.4 (|1 − ηλ| < 1: it shrinks).' },
  { lr: 0.9, status: 'running · oscillating', why: 'Oscillating: along the steepest direction here λ ≈ 2.0, so each step multiplies the error by 1 − ηλ = −0.8 (|1 − ηλ| < 1: it shrinks).' },
  { lr: 1.1, status: 'running · diverging', why: 'Diverging: |1 − ηλ| = |1 − 1.1 × 2.0| = 1.2 > 1, so each step overshoots by more than it corrects.' },
] as const;

for (const c of cases) {
  test(`bowl at η = ${c.lr}: the row says "${c.status}" and the panel says why`, async ({ page }) => {
    await openLab(page, `/#s=bowl&lr=${c.lr}&p=3,2`);
    await waitForRunningPaths(page);
    await page.locator('body').focus();
    await page.keyboard.press('r');
    await expect(playButton(page)).toHaveText('Play');
    await expect.poll(async () => (await readPaths(page))[0]?.status).toBe('ready');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readPaths(page))[0]?.iteration).toBe('6');
    await expect(pathRow(page, 'A').locator('td.pt-status')).toHaveText(c.status);
    await expect(page.locator('.ur-why')).toHaveText(c.why);
    // Rewound to iteration 1 (one step: no trend yet) the badge and the sentence go.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect(pathRow(page, 'A').locator('td.pt-status')).toHaveText('running');
    await expect(page.locator('.ur-why')).toHaveText('');
  });
}
