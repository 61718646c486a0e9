// Paths that start together stay together in the table: no row lags behind the others while they play
// (a row at the panel's edge once showed iteration 1 while the others showed 9).
import { expect, test } from '@playwright/test';
import { openLab, readPaths, waitForRunningPaths } from './helpers';

for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
  test(`at ${size.width} × ${size.height} every row of four paths in step shows the same iteration while they play`, async ({ page }) => {
    await page.setViewportSize(size);
    // Adam from the four corners of Himmelblau: every path runs for well over 100 iterations at 20 per second.
    await openLab(page, '/#o=adam');
    await waitForRunningPaths(page);
    for (let i = 0; i < 6; i++) {
      const rows = await readPaths(page);
      for (const r of rows) expect(r.status).toMatch(/^running( · (converging|oscillating|diverging))?$/);
      expect(new Set(rows.map((r) => r.iteration)).size, `iterations ${rows.map((r) => r.iteration).join(', ')}`).toBe(1);
      await page.waitForTimeout(250);
    }
  });
}
