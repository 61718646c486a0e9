import { expect, test } from '@playwright/test';
import { collectErrors, openLab, screenPath } from './helpers';

// A swarm over 1,000 members draws their heads but not their trails, and the Outcomes say so in one line.
test('the Outcomes say trails are hidden for a swarm over 1,000 paths, and not for one of 1,000', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const outcomes = page.getByRole('region', { name: 'Outcomes' });
  await openLab(page, '/?debug#p=0.5,0.5&sw=1000,random,7');
  await expect(outcomes).toContainText('of 1,001 paths');
  await expect(outcomes).not.toContainText('Trails hidden');
  await openLab(page, '/?debug#p=0.5,0.5&sw=1001,random,7');
  await expect(outcomes).toContainText('of 1,002 paths');
  await expect(outcomes.getByText('Trails hidden for swarms over 1,000 paths; heads shown', { exact: true })).toBeVisible();
  await page.waitForTimeout(2000);
  await page.screenshot({ path: screenPath('swarm-trails-hidden'), fullPage: true });
  expect(errors).toEqual([]);
});
