// Export JSON holds every path, not only the 64 rows the table shows.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { collectErrors, openLab, pathRows, playButton } from './helpers';

test('with 100 random starts, Export JSON downloads 100 paths, each from its own start', async ({ page }) => {
  const errors = collectErrors(page);
  // 100 starts drawn by a seeded generator over Himmelblau's domain [-5, 5]², written into the link.
  let seed = 20261129;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const starts = Array.from({ length: 100 }, () => [Number((-5 + 10 * rnd()).toFixed(3)), Number((-5 + 10 * rnd()).toFixed(3))] as const);
  await openLab(page, `/?p=${starts.map(([x, y]) => `${x},${y}`).join(';')}`);
  await expect(playButton(page)).toHaveText('Play', { timeout: 45_000 });
  await expect(pathRows(page)).toHaveCount(64);
  await expect(page.getByText('…and 36 more paths (Export JSON has them all)')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('downhill-paths.json');
  const traces = JSON.parse(readFileSync(await download.path(), 'utf8')) as { path: string; surface: string; status: string; points: [number, number, number][]; settings: { optimizer: { kind: string }; maxSteps: number } }[];
  expect(traces).toHaveLength(100);
  // In order, each trace begins at its own start (the 65th to 100th too), and every path has finished.
  traces.forEach((t, i) => {
    expect(t.surface).toBe('himmelblau');
    // Each path carries its letter (A…Z, AA…) and the settings it ran with.
    expect(t.path).toBe(i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);
    expect(t.settings.optimizer.kind).toBe('gd');
    expect(t.points[0]?.slice(0, 2), `trace ${i}`).toEqual([...starts[i]!]);
    expect(['converged', 'diverged', 'max-steps']).toContain(t.status);
  });
  expect(errors).toEqual([]);
});
