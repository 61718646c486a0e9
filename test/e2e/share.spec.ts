// Lesson links and embeds: the Share dialog's link, QR code, title and hidden controls, opened as a student
// would, and ?embed=1 in an iframe-sized window.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { collectErrors, decodePng, openLab, pauseIfPlaying, screenPath } from './helpers';

const shareDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Share this setup' });

async function openShare(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const d = shareDialog(page);
  await expect(d).toBeVisible();
  return d;
}

/** The QR code as it is drawn on screen, read by jsQR (an independent decoder), or null when it does not read. */
async function readQr(page: Page): Promise<string | null> {
  const qr = shareDialog(page).getByRole('img', { name: 'QR code of the link' });
  await expect(qr).toHaveAttribute('aria-busy', 'false');
  const img = decodePng(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(img.rgba), img.width, img.height)?.data ?? null;
}

test('a lesson link opens with its title and without the hidden controls; "Show all controls" brings them back', async ({ page, context }) => {
  test.setTimeout(150_000); // two pages load on a machine other tests share
  const errors = collectErrors(page);
  await openLab(page);
  const d = await openShare(page);
  const title = 'Lesson 3: why a big step <b>overshoots</b> 🎢';
  await d.getByRole('textbox', { name: 'Lesson title' }).fill(title);
  await d.getByRole('checkbox', { name: 'Surface', exact: true }).check();
  await d.getByRole('checkbox', { name: 'Learning rate', exact: true }).check();
  const linkBox = d.getByRole('textbox', { name: 'Link', exact: true });
  await expect.poll(async () => new URLSearchParams(new URL(await linkBox.inputValue()).hash.slice(1)).get('hide')).toBe('surface,lr');
  const link = await linkBox.inputValue();
  expect(new URLSearchParams(new URL(link).hash.slice(1)).get('title')).toBe(title);

  await d.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(d.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // The QR code on screen reads back as the link, decoded by jsQR from the pixels.
  await expect.poll(() => readQr(page)).toBe(link);

  // Esc closes the dialog and gives the focus back to Share.
  await page.keyboard.press('Escape');
  await expect(d).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();

  const student = await context.newPage();
  const studentErrors = collectErrors(student);
  await openLab(student, link);
  await expect(student.getByRole('heading', { name: title })).toBeVisible();
  await expect(student).toHaveTitle(`${title} · Downhill`);
  // Hidden controls are not rendered: absent from the accessibility tree, not just invisible.
  await expect(student.getByRole('combobox', { name: 'Surface', exact: true })).toHaveCount(0);
  await expect(student.getByRole('slider', { name: 'Learning rate', exact: true })).toHaveCount(0);
  await expect(student.getByRole('textbox', { name: 'Learning rate value' })).toHaveCount(0);
  const tree = await student.getByRole('complementary', { name: 'Controls' }).ariaSnapshot();
  expect(tree).not.toContain('combobox "Surface"');
  expect(tree).not.toContain('Learning rate');
  expect(await student.locator('select[aria-label="Surface"]').count()).toBe(0);
  // What the link does not hide is still there.
  await expect(student.getByRole('combobox', { name: 'Optimizer' })).toBeVisible();
  await expect(student.getByRole('textbox', { name: 'Formula', exact: true })).toBeVisible();
  await student.screenshot({ path: screenPath('share-lesson-student') });

  await student.getByRole('button', { name: 'Show all controls' }).click();
  await expect(student.getByRole('combobox', { name: 'Surface', exact: true })).toBeVisible();
  await expect(student.getByRole('slider', { name: 'Learning rate', exact: true })).toBeVisible();
  await expect(student.getByRole('button', { name: 'Show all controls' })).toHaveCount(0);
  // The student's address still carries the lesson: "Show all controls" is for this page only.
  await expect.poll(() => new URLSearchParams(new URL(student.url()).hash.slice(1)).get('hide')).toBe('surface,lr');
  expect(errors).toEqual([]);
  expect(studentErrors).toEqual([]);
});

test('the QR code follows the link when the setup changes, and a linked title is plain text', async ({ page }) => {
  await openLab(page, '/#title=%3Cimg+src%3Dx+onerror%3D%22window.__pwned%3D1%22%3E');
  await expect(page.getByRole('heading', { name: '<img src=x onerror="window.__pwned=1">' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('.lesson-title img').count()).toBe(0);
  await pauseIfPlaying(page);
  const d = await openShare(page);
  const linkBox = d.getByRole('textbox', { name: 'Link', exact: true });
  const before = await linkBox.inputValue();
  await expect.poll(() => readQr(page)).toBe(before);
  await d.getByRole('checkbox', { name: 'Optimizer', exact: true }).check();
  await expect.poll(() => linkBox.inputValue()).not.toBe(before);
  const after = await linkBox.inputValue();
  expect(new URLSearchParams(new URL(after).hash.slice(1)).get('hide')).toBe('optimizer');
  await expect.poll(() => readQr(page)).toBe(after);
  // The control hides at once behind the dialog (a preview of what students see).
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveCount(0);
  // Space presses the dialog's button; the lab's Space shortcut (play/pause) does not act behind the dialog.
  await d.getByRole('button', { name: 'Copy link', exact: true }).focus();
  await page.keyboard.press(' ');
  await expect(d.getByRole('status')).toHaveText('Link copied');
  expect(await page.locator('button', { hasText: /^(Play|Pause)$/ }).textContent()).toBe('Play');
});

test('the Share dialog keeps the focus inside, closes with its Close button, and fits every screen', async ({ page }) => {
  test.setTimeout(180_000); // four window sizes, each a fresh load
  for (const [w, h] of [[390, 844], [768, 1024], [1280, 800], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await openLab(page);
    await page.getByRole('button', { name: 'Share', exact: true }).focus();
    await page.keyboard.press('Enter');
    const d = shareDialog(page);
    await expect(d).toBeVisible();
    await expect(d.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
    await page.screenshot({ path: screenPath(`share-dialog-${w}x${h}`) });
    if (w === 390) {
      // axe-core finds nothing serious or critical in the dialog (the page behind is another helper's check).
      const axe = await new AxeBuilder({ page }).include('dialog.share-dialog').analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    }
    // The dialog lies within the window (it scrolls inside when taller), and the page does not scroll sideways.
    const box = await d.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(w);
    expect(box!.y + box!.height).toBeLessThanOrEqual(h);
    expect(await d.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Tabbing through more stops than the dialog has never leaves it.
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null || document.activeElement === document.body)).toBe(true);
    }
    // Every control of the dialog can be scrolled into view and reached: the last one too.
    const last = d.getByRole('textbox', { name: 'Embed code' });
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await d.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(d).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
  }
});

test('?embed=1 fills its frame without page chrome or scrollbars, with a way to the full app', async ({ page }) => {
  const errors = collectErrors(page);
  for (const [w, h] of [[800, 600], [640, 480]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/?embed=1#title=Big+steps&hide=surface,formula');
    await expect(page.getByRole('application', { name: /cost landscape/ }).locator('canvas')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Big steps' })).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByText('Watch gradient descent find its way')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Surface', exact: true })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Optimizer' })).toBeVisible();
    // Sized to the frame: nothing overflows the window either way.
    await expect.poll(() => page.evaluate(() => {
      const e = document.documentElement;
      return [e.scrollWidth <= e.clientWidth, e.scrollHeight <= e.clientHeight, document.body.scrollHeight <= innerHeight];
    })).toEqual([true, true, true]);
    const canvasBox = await page.locator('.canvas-wrap canvas').boundingBox();
    expect(canvasBox!.width * canvasBox!.height).toBeGreaterThan(0.2 * w * h);
    const open = page.getByRole('link', { name: 'Open in Downhill' });
    await expect(open).toBeVisible();
    await open.focus();
    const href = new URL(await open.getAttribute('href') ?? '', page.url());
    expect(href.searchParams.has('embed')).toBe(false);
    expect(new URLSearchParams(href.hash.slice(1)).get('hide')).toBe('surface,formula');
    // The address keeps ?embed=1 when the app rewrites it.
    expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
    await page.screenshot({ path: screenPath(`share-embed-${w}x${h}`) });
  }
  expect(errors).toEqual([]);
});
