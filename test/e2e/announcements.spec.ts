// The paths table's screen-reader status speaks of the paths on screen, never of ones that are gone.
import { expect, test } from '@playwright/test';
import { openLab } from './helpers';

test('the status announces how paths ended, and forgets it when the surface changes', async ({ page }) => {
  await openLab(page, `/#f=${encodeURIComponent('log(x) + y^2')}&p=-1,1;-2,1`);
  const status = page.locator('.pt [role="status"]');
  await expect(status).toHaveText(/Path A: the cost is not defined/);
  await page.getByRole('combobox', { name: 'Surface' }).selectOption({ label: 'Bowl' });
  await expect(status).not.toHaveText(/not defined/);
  // The bowl's own paths finish and are announced in their turn.
  await expect(status).toHaveText(/converged/, { timeout: 30_000 });
  // Reset puts every path back at its start: nothing has ended any more, so nothing is announced.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(status).toHaveText('');
});
