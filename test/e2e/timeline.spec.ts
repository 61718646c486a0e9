// The timeline "Iteration": dragged to 0 every head sits on its start and the table shows the starts; ← after →
// returns to the same numbers; Play on finished paths replays them from iteration 0. Screenshots at two sizes.
import { expect, test, type Page } from '@playwright/test';
import {
  canvas, changedFraction, collectErrors, openLab, pauseIfPlaying, playButton, readPaths, screenPath, settledPaths, shootCanvas,
  waitForRunningPaths,
} from './helpers';

const slider = (page: Page) => page.getByRole('slider', { name: 'Iteration', exact: true });
const num = (s: string): number => Number(s.replace(/,/g, '').replace(/−/g, '-'));

interface Debug {
  store: { getState(): { scenario: { starts: { x: number; y: number }[] } } };
  simulation: { cursor: number | null; paths: { run: { count: number } }[] };
  stats: { headAt?: (i: number) => { x: number; y: number } | null };
}
const heads = (page: Page) => page.evaluate(() => {
  const d = (window as unknown as { __downhill: Debug }).__downhill;
  return d.store.getState().scenario.starts.map((s, i) => ({ start: s, head: d.stats.headAt?.(i) ?? null }));
});
const cursor = (page: Page) => page.evaluate(() => (window as unknown as { __downhill: Debug }).__downhill.simulation.cursor);

/** Waits until every path of the default lesson has finished and playback paused by itself. */
async function waitForFinished(page: Page): Promise<void> {
  await waitForRunningPaths(page);
  await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
  await expect.poll(async () => (await readPaths(page)).every((r) => r.status.startsWith('converged'))).toBe(true);
}

test('dragging "Iteration" to 0 puts every head on its start and the table shows the starts; dragging it to the end shows the latest again', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug');
  await waitForFinished(page);
  const end = await settledPaths(page);
  const live = await shootCanvas(page);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', new RegExp(`^${end.map((r) => num(r.iteration)).reduce((a, b) => Math.max(a, b))} of \\d+, the latest$`));

  // A real pointer drag of the thumb to the far left.
  const box = (await slider(page).boundingBox())!;
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x - 20, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(slider(page)).toHaveValue('0');
  expect(await cursor(page)).toBe(0);

  await expect.poll(async () => (await readPaths(page)).map((r) => r.iteration)).toEqual(['0', '0', '0', '0']);
  const rows = await settledPaths(page), placed = await heads(page);
  expect(placed).toHaveLength(4);
  placed.forEach(({ start, head }, i) => {
    expect(num(rows[i]!.x), `row ${rows[i]!.label} x`).toBe(start.x);
    expect(num(rows[i]!.y), `row ${rows[i]!.label} y`).toBe(start.y);
    expect(head, `head ${i} is drawn`).not.toBeNull();
    expect(Math.abs(head!.x - start.x), `head ${i} x`).toBeLessThan(1e-4);
    expect(Math.abs(head!.y - start.y), `head ${i} y`).toBeLessThan(1e-4);
  });
  // Rewound, a finished path's status describes iteration 0 (its outcome shows only at its last point).
  expect(rows.map((r) => r.status)).toEqual(end.map(() => 'ready'));
  // The lines are hidden beyond iteration 0: the picture changed.
  const rewound = await shootCanvas(page, screenPath('timeline-at-0'));
  expect(changedFraction(live, rewound)).toBeGreaterThan(0.001);

  // End key: the latest iteration again, the same numbers as before.
  await slider(page).focus();
  await page.keyboard.press('End');
  expect(await cursor(page)).toBeNull();
  expect(await settledPaths(page)).toEqual(end);
  expect(errors).toEqual([]);
});

test('← after → returns to the same numbers, computing nothing new; the slider\'s own arrows step it', async ({ page }) => {
  // A small rate: the paths still run when → is pressed, so → computes a new point.
  await openLab(page, '/?debug#lr=0.001');
  await waitForRunningPaths(page);
  await pauseIfPlaying(page);
  await page.locator('body').focus();
  const t0 = await settledPaths(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await readPaths(page))[0]?.iteration).toBe(String(num(t0[0]!.iteration) + 1));
  const t1 = await settledPaths(page);
  expect(t1).not.toEqual(t0);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => readPaths(page)).toEqual(t0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => readPaths(page)).toEqual(t1);
  expect(await cursor(page), '→ through the stored point returns to live').toBeNull();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await readPaths(page))[0]?.iteration).toBe(String(num(t0[0]!.iteration) - 1));
  await expect(playButton(page)).toHaveText('Play');

  // Focused, the slider takes the arrows itself.
  await slider(page).focus();
  const before = num(await slider(page).inputValue());
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveValue(String(before - 1));
  await expect.poll(async () => (await readPaths(page))[0]?.iteration).toBe(String(before - 1));
});

test('Play when every path has finished replays them from iteration 0 and ends on the same numbers', async ({ page }) => {
  await openLab(page, '/?debug');
  await waitForFinished(page);
  const end = await settledPaths(page);
  await playButton(page).click();
  const c = await cursor(page);
  expect(c, 'the replay starts at iteration 0').not.toBeNull();
  expect(c!).toBeLessThan(5);
  await expect(playButton(page)).toHaveText('Pause');
  await expect.poll(async () => num((await readPaths(page))[0]!.iteration), { message: 'the table shows the replay' }).toBeLessThan(num(end[0]!.iteration));
  await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
  expect(await settledPaths(page)).toEqual(end);
});

for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test(`the timeline at ${size.width} × ${size.height}: reachable, and visible without scrolling at 1280 × 800`, async ({ page }) => {
    await page.setViewportSize(size);
    await openLab(page);
    await waitForRunningPaths(page);
    const s = slider(page);
    if (size.width >= 1280) await expect(s).toBeInViewport();
    await s.scrollIntoViewIfNeeded();
    await expect(s).toBeVisible();
    const box = (await s.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    await page.screenshot({ path: screenPath(`timeline-${size.width}x${size.height}`) });
    await expect(canvas(page)).toBeVisible();
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  test('a finger drags "Iteration" back to 0', async ({ page }) => {
    await openLab(page, '/?debug');
    await waitForFinished(page);
    const s = slider(page);
    await s.scrollIntoViewIfNeeded();
    const box = (await s.boundingBox())!;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', box.x + box.width - 6);
    for (let i = 1; i <= 8; i++) await touch('touchMove', box.x + box.width - 6 - (i * (box.width + 10)) / 8);
    await touch('touchEnd', box.x - 4);
    await expect(s).toHaveValue('0');
    await expect.poll(async () => (await readPaths(page)).map((r) => r.iteration)).toEqual(['0', '0', '0', '0']);
  });
});
