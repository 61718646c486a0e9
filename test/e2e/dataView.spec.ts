// The data view beside a regression cost's landscape: every point of the landscape is a line (hover and click the
// map), a path's line dragged by its handles moves its start, "Jump to the answer" starts at the least-squares line.
// Positions come from ?debug (window.__downhill.dataView and stats.screenOf); the answers from sums written here.
import { expect, test, type Page } from '@playwright/test';
import { canvas, collectErrors, openLab, pauseIfPlaying } from './helpers';

interface Pt { x: number; y: number }
interface DV {
  clientOf(x: number, y: number): Pt;
  dataAt(x: number, y: number): Pt;
  handles(): Pt[] | null;
  data(): { xs: number[]; ys: number[] } | null;
  readout(): string;
  batchCount(): number;
}
interface Spec { kind: string; dataset?: string; points?: { xs: number[]; ys: number[] } }
interface Debug {
  dataView?: DV;
  simulation: { surface: { regression?: { best: { w: number; b: number } | null }; critical: { kind: string; x: number; y: number }[] } | null };
  stats: { screenOf?: (view: '3d' | 'map', x: number, y: number) => Pt | null };
  store: { getState(): { selected: number | null; scenario: { surface: Spec; starts: { id: number; x: number; y: number }[] } } };
  actions: { selectStart(id: number | null): void; setBatch(k: number): void; showIteration(t: number): void };
}
/** Runs fn on window.__downhill in the page (fn is sent as source, so it may use only its argument). */
const dbg = <T,>(page: Page, fn: (d: Debug) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window.__downhill)`) as Promise<T>;

const dataView = (page: Page) => page.getByRole('application', { name: 'Data and fitted lines' });

/** Least squares by the textbook sums: w = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², b = ȳ − w x̄. */
function leastSquares(xs: number[], ys: number[]): { w: number; b: number } {
  const m = xs.length, mx = xs.reduce((a, v) => a + v, 0) / m, my = ys.reduce((a, v) => a + v, 0) / m;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < m; i++) { sxy += (xs[i]! - mx) * (ys[i]! - my); sxx += (xs[i]! - mx) ** 2; }
  const w = sxy / sxx;
  return { w, b: my - w * mx };
}

/** The (slope, intercept) of the first "y = a x ± c" after `after` in text. */
function lineAfter(text: string, after: string): { slope: number; intercept: number } {
  const at = text.indexOf(after);
  const m = /y = (−?\d+(?:\.\d+)?(?:e-?\d+)?)x ([+−]) (\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(text.slice(at));
  if (at < 0 || !m) throw new Error(`no line after "${after}" in: ${text}`);
  const num = (s: string) => Number(s.replace('−', '-'));
  return { slope: num(m[1]!), intercept: (m[2] === '−' ? -1 : 1) * num(m[3]!) };
}

/** Within the 3 significant digits the equation is written with. */
const close3 = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(Math.max(0.006 * Math.abs(want), 0.0011));

async function openRegression(page: Page, hash = '') {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openLab(page, `/?debug#d=noisy-line${hash}`);
  await expect(dataView(page)).toBeVisible();
  await pauseIfPlaying(page);
  await expect.poll(() => dbg(page, (d) => d.dataView?.data()?.xs.length ?? 0)).toBe(30);
}

test('hovering the map shows that (w, b) as a line on the data; a click adds a start whose line appears at once', async ({ page }) => {
  const errors = collectErrors(page);
  await openRegression(page, '&view=map');
  const w = 1.5, b = 3;
  const at = await dbg(page, (d) => d.stats.screenOf?.('map', 1.5, 3) ?? null);
  expect(at).not.toBeNull();
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + at!.x, box.y + at!.y);
  const probeText = () => dbg(page, (d) => d.dataView?.readout() ?? '');
  await expect.poll(probeText).toContain('Landscape point');
  const probe = lineAfter(await probeText(), 'Landscape point');
  // The map's pixel grid rounds the point a little: within a pixel's worth of (w, b).
  expect(Math.abs(probe.slope - w)).toBeLessThan(0.06);
  expect(Math.abs(probe.intercept - b)).toBeLessThan(0.1);
  // The readout names the landscape point; its line is exactly that point read as slope and intercept.
  const named = /\(w, b\) = \((−?[\d.]+), (−?[\d.]+)\)/.exec(await probeText())!;
  close3(probe.slope, Number(named[1]!.replace('−', '-')));
  close3(probe.intercept, Number(named[2]!.replace('−', '-')));

  const before = await dbg(page, (d) => d.store.getState().scenario.starts.length);
  await page.mouse.click(box.x + at!.x, box.y + at!.y);
  await expect.poll(() => dbg(page, (d) => d.store.getState().scenario.starts.length)).toBe(before + 1);
  const start = await dbg(page, (d) => { const s = d.store.getState(); return s.scenario.starts.find((p) => p.id === s.selected)!; });
  await expect.poll(probeText).toMatch(/Path E starts at/);
  const line = lineAfter(await probeText(), 'starts at');
  close3(line.slope, start.x);
  close3(line.intercept, start.y);
  expect(Math.abs(start.x - w)).toBeLessThan(0.06);
  expect(Math.abs(start.y - b)).toBeLessThan(0.1);
  expect(errors).toEqual([]);
});

test('dragging a path\'s handle on the data moves its start on the landscape', async ({ page }) => {
  const errors = collectErrors(page);
  await openRegression(page);
  const a = await dbg(page, (d) => { const s = d.store.getState().scenario.starts[0]!; d.actions.selectStart(s.id); return s; });
  await expect.poll(() => dbg(page, (d) => d.dataView?.readout() ?? '')).toMatch(/^Path A starts at/);
  const handles = (await dbg(page, (d) => d.dataView?.handles() ?? null))!;
  expect(handles).toHaveLength(2);
  const h = handles[1]!;
  // Where the handles are in data units: the left one stays, the right one goes where the pointer lets go.
  const [fixed, target] = await page.evaluate(([a, b]) => {
    const v = (window as unknown as { __downhill: Debug }).__downhill.dataView!;
    return [v.dataAt(a.x, a.y), v.dataAt(b.x, b.y)];
  }, [handles[0]!, { x: h.x, y: h.y + 40 }] as const);
  await page.mouse.move(h.x, h.y);
  await page.mouse.down();
  await page.mouse.move(h.x, h.y + 20, { steps: 4 });
  await page.mouse.move(h.x, h.y + 40, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => dbg(page, (d) => d.store.getState().scenario.starts[0]!.x)).not.toBe(a.x);
  const moved = await dbg(page, (d) => d.store.getState().scenario.starts[0]!);
  // Dragging the right-hand handle down lowers the slope; the new start line y = w x + b (w, b: the start) runs
  // through the left handle's point and through the point where the right one was let go.
  expect(moved.x).toBeLessThan(a.x);
  // (Within the placement grid's rounding of the start, 1e-4 of the landscape's width.)
  expect(Math.abs(moved.x * fixed.x + moved.y - fixed.y)).toBeLessThan(0.02);
  expect(Math.abs(moved.x * target.x + moved.y - target.y)).toBeLessThan(0.02);
  expect(errors).toEqual([]);
});

test('"Jump to the answer" adds a start at the least-squares line and selects it', async ({ page }) => {
  const errors = collectErrors(page);
  await openRegression(page);
  const data = (await dbg(page, (d) => d.dataView!.data()))!;
  const ls = leastSquares(data.xs, data.ys);
  const before = await dbg(page, (d) => d.store.getState().scenario.starts.length);
  await page.getByRole('button', { name: 'Jump to the answer' }).click();
  await expect.poll(() => dbg(page, (d) => d.store.getState().scenario.starts.length)).toBe(before + 1);
  const s = await dbg(page, (d) => { const st = d.store.getState(); return { sel: st.selected, last: st.scenario.starts.at(-1)! }; });
  expect(s.sel).toBe(s.last.id);
  expect(s.last.x).toBeCloseTo(ls.w, 9);
  expect(s.last.y).toBeCloseTo(ls.b, 9);
  const answer = lineAfter(await dbg(page, (d) => d.dataView!.readout()), 'The answer');
  close3(answer.slope, ls.w);
  close3(answer.intercept, ls.b);
  expect(errors).toEqual([]);
});

test('dragging a data point moves the minimum live, without a store write until release', async ({ page }) => {
  const errors = collectErrors(page);
  await openRegression(page);
  const data = (await dbg(page, (d) => d.dataView!.data()))!;
  const i = data.xs.length - 1; // the right-most point (4.94, 10.51)
  const from = await page.evaluate(([x, y]) => (window as unknown as { __downhill: Debug }).__downhill.dataView!.clientOf(x, y), [data.xs[i]!, data.ys[i]!] as const);
  const best0 = (await dbg(page, (d) => d.simulation.surface!.regression!.best))!;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 10, from.y + 60, { steps: 6 });
  await page.mouse.move(from.x - 20, from.y + 120, { steps: 6 });
  // Mid-drag: the simulation's cost is that of the moved data, the store still holds the dataset unedited.
  await expect.poll(() => dbg(page, (d) => d.simulation.surface!.regression!.best!.w)).toBeLessThan(best0.w - 0.05);
  const mid = (await dbg(page, (d) => d.dataView!.data()))!;
  const midLs = leastSquares(mid.xs, mid.ys), midBest = (await dbg(page, (d) => d.simulation.surface!.regression!.best))!;
  expect(midBest.w).toBeCloseTo(midLs.w, 9);
  expect(midBest.b).toBeCloseTo(midLs.b, 9);
  expect(await dbg(page, (d) => d.store.getState().scenario.surface.dataset)).toBe('noisy-line');
  await page.mouse.up();
  // Released: one edit, the data is now custom with the point moved, and the minimum is the fit of that data.
  await expect.poll(() => dbg(page, (d) => d.store.getState().scenario.surface.dataset)).toBe('custom');
  const pts = (await dbg(page, (d) => d.store.getState().scenario.surface.points!))!;
  expect(pts.xs).toHaveLength(30);
  expect(pts.ys[i]!).toBeLessThan(data.ys[i]! - 1);
  expect(pts.xs.slice(0, i)).toEqual(data.xs.slice(0, i));
  const ls = leastSquares(pts.xs, pts.ys);
  const min = (await dbg(page, (d) => d.simulation.surface!.critical.find((c) => c.kind === 'min')!))!;
  expect(min.x).toBeCloseTo(ls.w, 9);
  expect(min.y).toBeCloseTo(ls.b, 9);
  expect(Math.abs(ls.w - best0.w)).toBeGreaterThan(0.05);
  expect(errors).toEqual([]);
});

test('with mini-batches the view highlights the selected path\'s batch and counts iterations and epochs', async ({ page }) => {
  const errors = collectErrors(page);
  await openRegression(page);
  await dbg(page, (d) => { d.actions.setBatch(5); d.actions.selectStart(d.store.getState().scenario.starts[0]!.id); });
  await dbg(page, (d) => d.actions.showIteration(12));
  await expect(page.locator('.dv-batch')).toHaveText('iteration 12 · epoch 2');
  await expect.poll(() => dbg(page, (d) => d.dataView!.batchCount())).toBe(5);
  await dbg(page, (d) => d.actions.showIteration(3));
  await expect(page.locator('.dv-batch')).toHaveText('iteration 3 · epoch 0.5');
  await expect.poll(() => dbg(page, (d) => d.dataView!.batchCount())).toBe(5);
  // The full batch: no highlight, no epoch count.
  await dbg(page, (d) => d.actions.setBatch(0));
  await expect(page.locator('.dv-batch')).toHaveText('');
  await expect.poll(() => dbg(page, (d) => d.dataView!.batchCount())).toBe(0);
  expect(errors).toEqual([]);
});
