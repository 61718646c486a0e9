// Projector mode (issue 8, item 2) and reduced motion (item 5): at 1024 × 768 nothing under 20 px, text at 7:1,
// Okabe–Ito everywhere with each path's letter at its head, the link carrying the mode, the Fullscreen API.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openLab, pathRow, playButton, readPaths, screenPath, urlParam } from './helpers';

const OKABE_ITO = ['#e69f00', '#56b4e9', '#009e73', '#f0e442'];
const VIVID = ['#ff7a1a', '#19e3ff', '#ff3d9a', '#8cff2e'];

const projectorBox = (page: Page) => page.getByRole('checkbox', { name: 'Projector mode', exact: true });
const fullScreen = (page: Page) => page.getByRole('button', { name: 'Full screen', exact: true });

/** Path `label`'s swatch colour in the table (the row's --pt-color), lower-case hex. */
const swatch = (page: Page, label: string) => pathRow(page, label).evaluate((r) => getComputedStyle(r).getPropertyValue('--pt-color').trim().toLowerCase());

/** The letters riding at the heads in the 3D view, with their border colours as rgb(). */
const headLetters = (page: Page) => page.locator('.label-layer.heads.in-3d .head-label').evaluateAll((els) =>
  els.filter((e) => (e as HTMLElement).style.display !== 'none').map((e) => ({ text: e.textContent, border: getComputedStyle(e).borderTopColor })));

const rgb = (hex: string) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;

/**
 * Every visible element with text of its own (a non-blank text node child): its font size, and its text's
 * contrast against the first opaque background behind it in the page (WCAG formula), except over the canvas.
 */
function measureText(): { smallest: number; small: string[]; texts: number; lowContrast: string[] } {
  const parse = (c: string): [number, number, number, number] => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 0];
  };
  const lum = ([r, g, b]: number[]) => {
    const l = (v: number) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * l(r!) + 0.7152 * l(g!) + 0.0722 * l(b!);
  };
  const backdrop = (el: Element): number[] | null => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (e.classList.contains('label-layer')) return null;
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] >= 0.99) return bg;
    }
    return parse(getComputedStyle(document.documentElement).backgroundColor);
  };
  let smallest = Infinity, texts = 0;
  const small: string[] = [], lowContrast: string[] = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!own || !(el as HTMLElement).checkVisibility?.({ opacityProperty: true, visibilityProperty: true })) continue;
    if (el.closest('option, [hidden]')) continue;
    const r = el.getBoundingClientRect();
    // Visually hidden text (1 px boxes clipped away, for screen readers) is not seen.
    if (r.width <= 1 || r.height <= 1) continue;
    texts++;
    const cs = getComputedStyle(el), px = parseFloat(cs.fontSize);
    const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}" ${px}px`;
    if (px < smallest) smallest = px;
    if (px < 20) small.push(name);
    const bg = backdrop(el);
    if (bg === null) continue;
    const a = lum(parse(cs.color)), b = lum(bg);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 7) lowContrast.push(`${name} ${ratio.toFixed(2)}:1`);
  }
  return { smallest, small, texts, lowContrast };
}

test.describe('projector mode at 1024 × 768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the switch enlarges every text to 20 px, keeps text at 7:1, switches the palette and writes pm=1', async ({ page }) => {
    const errors = collectErrors(page);
    await openLab(page);
    await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
    await expect.poll(() => swatch(page, 'A')).toBe(VIVID[0]);
    const before = await page.evaluate(measureText);
    expect(before.smallest, 'the ordinary page has smaller text (so the measure can tell)').toBeLessThan(20);

    await projectorBox(page).check();
    await expect(page.locator('html')).toHaveClass(/\bprojector\b/);
    await expect.poll(() => urlParam(page, 'pm')).toBe('1');
    for (const [i, label] of ['A', 'B', 'C', 'D'].entries()) await expect.poll(() => swatch(page, label)).toBe(OKABE_ITO[i]);
    // The second cue: each path's letter at its head, bordered in its colour.
    await expect.poll(async () => (await headLetters(page)).map((h) => h.text).sort()).toEqual(['A', 'B', 'C', 'D']);
    const heads = await headLetters(page);
    for (const h of heads) expect(h.border).toBe(rgb(OKABE_ITO['ABCD'.indexOf(h.text!)]!));

    await page.evaluate(() => window.scrollTo(0, 0));
    const m = await page.evaluate(measureText);
    await page.screenshot({ path: screenPath('projector-1024') });
    expect(m.texts, 'texts were measured').toBeGreaterThan(40);
    expect(m.small, 'text under 20 px').toEqual([]);
    expect(m.smallest).toBeGreaterThanOrEqual(20);
    expect(m.lowContrast, 'text under 7:1 against its background').toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a link with pm=1 opens in projector mode; turning it off restores the palette and drops pm', async ({ page }) => {
    await openLab(page, '/#pm=1');
    await expect(projectorBox(page)).toBeChecked();
    await expect(page.locator('.app')).toHaveClass(/\bprojector\b/);
    await expect.poll(() => swatch(page, 'B')).toBe(OKABE_ITO[1]);
    await expect.poll(async () => (await headLetters(page)).length).toBe(4);

    await projectorBox(page).uncheck();
    await expect.poll(() => urlParam(page, 'pm')).toBe(null);
    await expect.poll(() => swatch(page, 'B')).toBe(VIVID[1]);
    await expect(page.locator('html')).not.toHaveClass(/\bprojector\b/);
    await expect.poll(async () => (await headLetters(page)).length).toBe(0);
    // And back from the link as written now.
    await page.reload();
    await expect(projectorBox(page)).not.toBeChecked();
  });

  test('a malformed pm value opens with projector mode off and says so', async ({ page }) => {
    await openLab(page, '/#pm=yes');
    await expect(page.getByText("The link's projector mode setting 'yes' is not 0 or 1; using off.")).toBeVisible();
    await expect(projectorBox(page)).not.toBeChecked();
  });

  test('projector mode draws with as many draw calls as the ordinary view (letters are DOM, colours in place)', async ({ page }) => {
    await openLab(page, '/?debug');
    await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
    const calls = () => page.evaluate(() => (window as unknown as { __downhill: { stats: { drawCalls: number } } }).__downhill.stats.drawCalls);
    await expect.poll(calls).toBeGreaterThan(0);
    const off = await calls();
    await projectorBox(page).check();
    await expect.poll(async () => (await headLetters(page)).length).toBe(4);
    await expect.poll(() => swatch(page, 'A')).toBe(OKABE_ITO[0]);
    expect(await calls()).toBe(off);
  });
});

test('"Full screen" toggles document.fullscreenElement and shows its state', async ({ page }) => {
  await openLab(page);
  const button = fullScreen(page);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await button.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  // Leaving by the browser's own way (Esc, here exitFullscreen) is shown too.
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => document.exitFullscreen());
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('where the Fullscreen API is missing (iPhone Safari) there is no "Full screen" button and projector mode still works', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => undefined });
    Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined });
  });
  await openLab(page);
  await expect(projectorBox(page)).toBeVisible();
  await expect(fullScreen(page)).toHaveCount(0);
  await projectorBox(page).check();
  await expect.poll(() => urlParam(page, 'pm')).toBe('1');
  expect(errors).toEqual([]);
});

test.describe('prefers-reduced-motion', () => {
  test('without it the page plays on load (the baseline the next test differs from)', async ({ page }) => {
    await openLab(page);
    await expect.poll(async () => Number((await readPaths(page))[0]?.iteration ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  test.describe('with it', () => {
    test.use({ reducedMotion: 'reduce' });

    test('the page opens paused at iteration 0 and Play still runs the paths', async ({ page }) => {
      await openLab(page);
      await expect(playButton(page)).toHaveText('Play');
      await expect.poll(async () => (await readPaths(page)).length).toBe(4);
      await page.waitForTimeout(1500);
      expect((await readPaths(page)).map((p) => p.iteration)).toEqual(['0', '0', '0', '0']);
      await playButton(page).click();
      await expect.poll(async () => Number((await readPaths(page))[0]?.iteration ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
    });

    test('no transitions run', async ({ page }) => {
      await openLab(page);
      const longest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('body *')].map((e) => {
        const cs = getComputedStyle(e);
        return Math.max(...`${cs.transitionDuration},${cs.animationDuration}`.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 1e-3 : 1)));
      })));
      expect(longest).toBeLessThanOrEqual(0.001);
    });
  });
});
