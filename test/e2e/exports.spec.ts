// Exports a worksheet can use: the PNG is a PNG of the view's size (2× for "at 2×"), the CSV has one row per
// iterate the table shows, and the Python script, run with python3 and NumPy, prints the page's final points.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { canvas, collectErrors, decodePng, nonBackgroundFraction, openLab, playButton, readPaths, settledPaths, waitForRunningPaths } from './helpers';

const exportButton = (page: Page, name: string) => page.getByRole('group', { name: 'Export' }).getByRole('button', { name, exact: true });

async function openExports(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: 'More exports' });
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('group', { name: 'Export' })).toBeVisible();
}

async function download(page: Page, name: string): Promise<{ file: string; name: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), exportButton(page, name).click()]);
  return { file: (await d.path())!, name: d.suggestedFilename() };
}

/** Width and height from a PNG's IHDR chunk, after checking its 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Every path has run and stopped: the paths ran (the button also reads Play before they start), the lab paused, the table settled. */
const finished = async (page: Page) => {
  await waitForRunningPaths(page);
  await expect(playButton(page)).toHaveText('Play', { timeout: 45_000 });
  await settledPaths(page);
};

for (const view of ['3d', 'both'] as const) {
  test(`Export PNG (${view}) is the view at its device size, and at 2× twice that, with the paths drawn`, async ({ page }) => {
    const errors = collectErrors(page);
    await openLab(page, `/?p=4,4;-4,4;-4,-4&view=${view}`);
    await finished(page);
    const size = await canvas(page).evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
    await openExports(page);
    const one = await download(page, 'Export PNG');
    expect(one.name).toBe('downhill-view.png');
    const png1 = readFileSync(one.file);
    expect(pngSize(png1)).toEqual(size);
    // The landscape is in it (not a cleared buffer): most of the image is not the background colour.
    expect(nonBackgroundFraction(decodePng(png1))).toBeGreaterThan(0.2);
    const two = await download(page, 'Export PNG at 2×');
    expect(two.name).toBe('downhill-view@2x.png');
    expect(pngSize(readFileSync(two.file))).toEqual({ width: 2 * size.width, height: 2 * size.height });
    // The canvas on the page is back at its own size.
    expect(await canvas(page).evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }))).toEqual(size);
    expect(errors).toEqual([]);
  });
}

test('Export CSV has a header and one row per iterate shown in the table, with a progress bar named for it', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page, '/?p=4,4;-4,4;-4,-4;4,-4;0.5,0.5&lr=0.01');
  await finished(page);
  const rows = await readPaths(page);
  expect(rows).toHaveLength(5);
  const iterates = rows.reduce((n, r) => n + Number(r.iteration.replace(/,/g, '')) + 1, 0);
  await openExports(page);
  const csv = await download(page, 'Export CSV');
  expect(csv.name).toBe('downhill-paths.csv');
  const lines = readFileSync(csv.file, 'utf8').trimEnd().split('\n');
  expect(lines[0]).toBe('path,iteration,x,y,f,grad_norm,lr');
  expect(lines.length - 1).toBe(iterates);
  // Each path's last row is at the iteration its table row shows.
  for (const r of rows) {
    const last = lines.filter((l) => l.startsWith(`${r.label},`)).at(-1)!;
    expect(last.split(',')[1]).toBe(r.iteration.replace(/,/g, ''));
  }
  await expect(page.getByRole('status').filter({ hasText: 'CSV saved.' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a large CSV shows its progress bar while it is written', async ({ page }) => {
  test.setTimeout(180_000);
  // 200 paths on the bowl at η = 1, which flips x ← −x and never converges: each runs to its iteration limit.
  const starts = Array.from({ length: 200 }, (_, i) => `${(-4 + (i % 20) * 0.4).toFixed(1)},${(-4 + Math.floor(i / 20) * 0.4).toFixed(1)}`);
  await openLab(page, `/?debug&s=bowl&lr=1&spd=5000&p=${starts.join(';')}`);
  await finished(page);
  const total = await page.evaluate(() => (window as unknown as { __downhill: { simulation: { paths: { run: { count: number } }[] } } })
    .__downhill.simulation.paths.reduce((n, p) => n + p.run.count, 0));
  expect(total).toBeGreaterThan(100_000);
  await openExports(page);
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), (async () => {
    await exportButton(page, 'Export CSV').click();
    await expect(page.getByRole('progressbar', { name: 'CSV export progress' })).toBeVisible();
  })()]);
  const text = readFileSync((await d.path())!, 'utf8');
  expect(text.split('\n').length - 2).toBe(total);
});

test('Export Python: the script, run with python3 and NumPy, prints the final points of the page', async ({ page }) => {
  // python3 with NumPy starts slowly on a loaded machine.
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await openLab(page, '/?debug&p=4,4;-4,4;-4,-4;4,-4&o=adam&lr=0.05');
  await finished(page);
  const ends = await page.evaluate(() => (window as unknown as { __downhill: { simulation: { paths: { run: { x: number; y: number; f: number; status: string } }[] } } })
    .__downhill.simulation.paths.map((p) => ({ x: p.run.x, y: p.run.y, f: p.run.f, status: p.run.status })));
  expect(ends).toHaveLength(4);
  await openExports(page);
  const py = await download(page, 'Export Python');
  expect(py.name).toBe('downhill_paths.py');
  const r = spawnSync('python3', [py.file], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  const got = [...r.stdout.matchAll(/^path (\S+): x = (\S+), y = (\S+), f = (\S+), (\S+) after/gm)];
  expect(got.map((m) => m[1])).toEqual(['A', 'B', 'C', 'D']);
  got.forEach((m, i) => {
    expect({ x: Number(m[2]), y: Number(m[3]), f: Number(m[4]), status: m[5] }).toEqual(ends[i]);
  });
  expect(errors).toEqual([]);
});
