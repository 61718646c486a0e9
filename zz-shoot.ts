import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './playwright.config';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [w, h] of [[390, 844], [768, 1024], [1280, 800], [1920, 1080]] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto('http://localhost:4255/');
  await page.waitForTimeout(2500);
  await page.getByText('Describe the landscape').click();
  await page.getByRole('checkbox', { name: 'Sound', exact: true }).check();
  await page.getByRole('textbox', { name: 'Add start at x' }).fill('1.5');
  await page.getByRole('textbox', { name: 'Add start at y' }).fill('-2');
  await page.getByRole('button', { name: 'Add start', exact: true }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shots/access/full-${w}.png`, fullPage: true });
  await page.screenshot({ path: `/tmp/shots/access/view-${w}.png` });
  await page.close();
}
await browser.close();
