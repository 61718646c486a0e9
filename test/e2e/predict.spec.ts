// Predict, then reveal, and fog: "Predict first" hides the paths and holds playback, a click on the map places a
// guess where the map's own ticks say, a typed guess is exact, "Reveal" plays the paths and scores each guess by its
// distance from the path's end point (computed here from the run's end) and by the minimum it names; "Fog" paints
// the landscape far from every head in the fog colour.
import { expect, test, type Page } from '@playwright/test';
import { canvas, collectErrors, mapPointFromTicks, openLab, playButton, screenPath, shootCanvas, urlParam, type Image } from './helpers';

/** What the tests read of ?debug's window.__downhill. */
interface PredictDebug {
  simulation: { cursor: number | null; paths: { run: { x: number; y: number; status: string; minimum: { label?: string } | null } }[] };
  predict: {
    layers: () => { lines: boolean | null; heads: boolean | null };
    store: { getState: () => { guesses: Record<number, { x: number; y: number }> } };
  };
  store: { getState: () => { scenario: { starts: { id: number }[] } } };
}
/** Runs `read` on window.__downhill in the page (sent as source text: it must use nothing but its argument). */
const dbg = <T,>(page: Page, read: (d: PredictDebug) => T): Promise<T> => page.evaluate(`(${read.toString()})(window.__downhill)`) as Promise<T>;

/** The fog colour, #3a4150 (scene/predict/fogShader.ts). */
const FOG: readonly [number, number, number] = [0x3a, 0x41, 0x50];

const predictBox = (page: Page) => page.getByRole('checkbox', { name: 'Predict first', exact: true });
const fogBox = (page: Page) => page.getByRole('checkbox', { name: 'Fog', exact: true });
const guessText = (page: Page, label: string) => page.getByRole('group', { name: `Guess for path ${label}`, exact: true }).locator('.guess-text');
/** "(1.20, −0.40)" read back as numbers. */
const coords = (s: string): [number, number] => {
  const m = /\(([−\-\d.]+), ([−\-\d.]+)\)/.exec(s);
  if (!m) throw new Error(`no coordinates in '${s}'`);
  return [Number(m[1]!.replace('−', '-')), Number(m[2]!.replace('−', '-'))];
};
const two = (v: number): string => v.toFixed(2).replace('-', '−');

test('Predict first hides the paths and holds playback; a guess clicked on the map and one typed are scored after Reveal', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug#view=map&spd=1000');
  await expect(predictBox(page)).not.toBeChecked();
  await expect.poll(() => dbg(page, (d) => d.predict.layers())).toEqual({ lines: true, heads: true });

  await predictBox(page).check();
  await expect.poll(() => dbg(page, (d) => d.predict.layers())).toEqual({ lines: false, heads: false });
  await expect.poll(() => urlParam(page, 'pr')).toBe('1');
  // Held: paused at iteration 0, and Play does not start it.
  await expect(playButton(page)).toHaveText('Play');
  await expect.poll(() => dbg(page, (d) => d.simulation.cursor ?? -1)).toBe(0);
  await playButton(page).click();
  await page.waitForTimeout(400);
  await expect(playButton(page)).toHaveText('Play');
  await shootCanvas(page, screenPath('predict-01-hidden'));

  // A click where the ticks say (2, −2) places A's guess there (not a start).
  const p = await mapPointFromTicks(page, '2', '-2');
  await page.mouse.click(p.x, p.y);
  await expect(guessText(page, 'A')).toHaveText(/^Guess for A: \(/);
  const [ax, ay] = coords(await guessText(page, 'A').textContent() ?? '');
  expect(Math.abs(ax - 2) <= 0.06 && Math.abs(ay + 2) <= 0.06, `guess A at (${ax}, ${ay})`).toBe(true);
  expect(await dbg(page, (d) => d.store.getState().scenario.starts.length)).toBe(4);

  // Dragging A's guess to where the ticks say (0, 0) moves it; still no start added.
  const to = await mapPointFromTicks(page, '0', '0');
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move((p.x + to.x) / 2, (p.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => coords(await guessText(page, 'A').textContent() ?? '').map((v) => Math.abs(v) <= 0.06)).toEqual([true, true]);
  expect(await dbg(page, (d) => d.store.getState().scenario.starts.length)).toBe(4);

  // B's guess typed exactly: (−3, 3).
  const b = page.getByRole('group', { name: 'Guess for path B', exact: true });
  await b.getByRole('textbox', { name: 'Guess x for B' }).fill('-3');
  await b.getByRole('textbox', { name: 'Guess y for B' }).fill('3');
  await b.getByRole('textbox', { name: 'Guess y for B' }).press('Enter');
  await expect(guessText(page, 'B')).toHaveText('Guess for B: (−3.00, 3.00)');
  await shootCanvas(page, screenPath('predict-02-guesses'));

  await page.getByRole('button', { name: 'Reveal', exact: true }).click();
  await expect.poll(() => dbg(page, (d) => d.predict.layers())).toEqual({ lines: true, heads: true });
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results).toBeVisible({ timeout: 45_000 });
  // The scores, computed here from each run's end point and the stored guesses.
  const ends = await dbg(page, (d) => {
    const g = d.predict.store.getState().guesses, ids = d.store.getState().scenario.starts.map((s) => s.id);
    return d.simulation.paths.map((p, i) => ({ x: p.run.x, y: p.run.y, status: p.run.status, min: p.run.minimum?.label ?? null, guess: g[ids[i]!] ?? null }));
  });
  expect(ends.map((e) => e.status)).toEqual(['converged', 'converged', 'converged', 'converged']);
  const [ea, eb] = [ends[0]!, ends[1]!];
  expect(eb.guess).toEqual({ x: -3, y: 3 });
  const da = Math.hypot(ea.guess!.x - ea.x, ea.guess!.y - ea.y), db = Math.hypot(-3 - eb.x, 3 - eb.y);
  // B from (−4, 4) ends at the minimum near (−2.81, 3.13), the critical point nearest (−3, 3): right.
  expect(db).toBeGreaterThan(0.1);
  await expect(results.getByRole('listitem').nth(1)).toHaveText(`B: ${two(db)} away · right minimum (${eb.min})`);
  // A's guess near (0, 0) names the critical point nearest it (a saddle or the maximum), not A's minimum: wrong.
  await expect(results.getByRole('listitem').nth(0)).toHaveText(new RegExp(`^A: ${two(da)} away · wrong minimum \\(guessed \\S+, reached ${ea.min}\\)$`));
  await expect(results.getByRole('listitem').nth(2)).toHaveText('C: no guess');
  await expect(page.getByText(/^Total: /)).toHaveText(`Total: ${two(da + db)} away over 2 guesses · 1 of 2 right minima`);
  await shootCanvas(page, screenPath('predict-03-revealed'));

  // Off: the normal view; the link drops pr.
  await predictBox(page).uncheck();
  await expect.poll(() => dbg(page, (d) => d.predict.layers())).toEqual({ lines: true, heads: true });
  await expect.poll(() => urlParam(page, 'pr')).toBe(null);
  expect(errors).toEqual([]);
});

test('a pr=1 link opens with the paths hidden; a click on the 3D landscape places a guess, not a start', async ({ page }) => {
  await openLab(page, '/?debug#pr=1');
  await expect(predictBox(page)).toBeChecked();
  await expect.poll(() => dbg(page, (d) => d.predict.layers())).toEqual({ lines: false, heads: false });
  await expect(page.getByRole('button', { name: 'Reveal', exact: true })).toBeVisible();
  // Where the 3D camera draws (1, −3) on the surface (?debug's projection), a click puts A's guess.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __downhill: { stats: { screenOf?: unknown } } }).__downhill.stats.screenOf !== undefined)).toBe(true);
  const q = await page.evaluate(() => (window as unknown as { __downhill: { stats: { screenOf: (v: '3d', x: number, y: number) => { x: number; y: number } | null } } }).__downhill.stats.screenOf('3d', 1, -3));
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.click(box.x + q!.x, box.y + q!.y);
  await expect(guessText(page, 'A')).toHaveText(/^Guess for A: \(/);
  const [gx, gy] = coords(await guessText(page, 'A').textContent() ?? '');
  expect(Math.hypot(gx - 1, gy + 3), `guess A at (${gx}, ${gy})`).toBeLessThan(0.1);
  expect(await dbg(page, (d) => d.store.getState().scenario.starts.length)).toBe(4);
});

/** The colour of canvas pixel (x, y) (CSS px from the canvas's corner; the tests run at device scale 1). */
const pixel = (img: Image, x: number, y: number): [number, number, number] => {
  const o = 4 * (Math.round(y) * img.width + Math.round(x));
  return [img.rgba[o]!, img.rgba[o + 1]!, img.rgba[o + 2]!];
};
const isFog = (c: readonly number[]) => c.every((v, i) => Math.abs(v - FOG[i]!) <= 3);

test('Fog: the map far from every head and start is the fog colour; near a start the landscape shows', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?debug#view=map');
  await expect.poll(() => dbg(page, (d) => d.simulation.paths.every((p) => p.run.status !== 'running') && d.simulation.paths.length === 4)).toBe(true);
  const box = (await canvas(page).boundingBox())!;
  // (0, −4): over 3.8 from every start, head and path end (the disc radius is 1.2); (3.5, −4): 0.5 from start D.
  const far = await mapPointFromTicks(page, '0', '-4');
  const near = { x: (await mapPointFromTicks(page, '4', '-4')).x - ((await mapPointFromTicks(page, '4', '-4')).x - far.x) / 8, y: far.y };
  const at = (img: Image, q: { x: number; y: number }) => pixel(img, q.x - box.x, q.y - box.y);
  const clear = await shootCanvas(page);
  expect(isFog(at(clear, far)), `without fog ${at(clear, far)}`).toBe(false);

  const calls = () => page.evaluate(() => (window as unknown as { __downhill: { stats: { drawCalls: number } } }).__downhill.stats.drawCalls);
  const callsClear = await calls();
  await fogBox(page).check();
  await expect.poll(async () => isFog(at(await shootCanvas(page), far))).toBe(true);
  // The fog is a uniform in the landscape's own materials: no draw call added.
  expect(await calls()).toBe(callsClear);
  console.log(`draw calls per frame: ${callsClear} without fog, ${await calls()} with`);
  const fogged = await shootCanvas(page, screenPath('predict-04-fog'));
  expect(isFog(at(fogged, near)), `near start D ${at(fogged, near)}`).toBe(false);
  // Most of the map's square from (−4, −4) to (4, 4) is fog, but not all of it.
  const lo = await mapPointFromTicks(page, '-4', '-4'), hi = await mapPointFromTicks(page, '4', '4');
  let n = 0, fogCount = 0;
  for (let y = hi.y; y < lo.y; y += 6) for (let x = lo.x; x < hi.x; x += 6) { n++; if (isFog(pixel(fogged, x - box.x, y - box.y))) fogCount++; }
  expect(n).toBeGreaterThan(1000);
  expect(fogCount / n).toBeGreaterThan(0.5);
  expect(fogCount / n).toBeLessThan(0.95);
  // The map's level labels (heights) are hidden in fog too.
  await expect(page.locator('.label-layer.levels').first()).toBeHidden();
  await fogBox(page).uncheck();
  await expect.poll(async () => isFog(at(await shootCanvas(page), far))).toBe(false);
  expect(errors).toEqual([]);
});

for (const [w, h] of [[390, 844], [768, 1024], [1280, 800], [1920, 1080]] as const) {
  test(`predict controls at ${w}×${h}: on screen, usable, with a guess and the fog`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await openLab(page, '/?debug#pr=1');
    await fogBox(page).check();
    const x = page.getByRole('textbox', { name: 'Guess x for A' });
    await x.fill('3.2');
    await page.getByRole('textbox', { name: 'Guess y for A' }).fill('2.1');
    await x.press('Enter');
    await expect(guessText(page, 'A')).toHaveText('Guess for A: (3.20, 2.10)');
    for (const name of ['Reveal']) {
      const el = page.getByRole('button', { name, exact: true });
      await el.scrollIntoViewIfNeeded();
      const r = (await el.boundingBox())!;
      expect(r.x >= 0 && r.x + r.width <= w, `${name} within the width`).toBe(true);
    }
    await predictBox(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenPath(`predict-size-${w}x${h}`) });
    await canvas(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenPath(`predict-size-${w}x${h}-lab`) });
  });
}
