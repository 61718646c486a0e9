// The paths table's screen-reader status speaks of the paths on screen, never of ones that are gone.
import { expect, test } from '@playwright/test';
import { openLab, playButton, settledPaths } from './helpers';

test('the status announces how paths ended, and forgets it when the surface changes', async ({ page }) => {
  await openLab(page, `/#f=${encodeURIComponent('log(x) + y^2')}&p=-1,1;-2,1`);
  const status = page.locator('.pt [role="status"]');
  await expect(status).toHaveText(/Path A: the cost is not defined/);
  await page.getByRole('combobox', { name: 'Surface' }).selectOption({ label: 'Bowl' });
  await expect(status).not.toHaveText(/not defined/);
  // The bowl's own paths finish and are announced in their turn.
  await expect(status).toHaveText(/^(4 paths finished: 4 at M1|.*converged at minimum M1 after \d+ iterations)\.$/, { timeout: 30_000 });
  // Reset puts every path back at its start: nothing has ended any more, so nothing is announced.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(status).toHaveText('');
});

/** Records every text the paths table's live region takes, from before the app loads. */
async function recordAnnouncements(page: import('@playwright/test').Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    new MutationObserver(() => {
      const t = document.querySelector('.pt [role="status"]')?.textContent ?? '';
      if (t !== '' && t !== w.__said[w.__said.length - 1]) w.__said.push(t);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}
const said = (page: import('@playwright/test').Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __said: string[] }).__said);

test('a converging path is announced once, in so many words, with the iteration the table shows', async ({ page }) => {
  await recordAnnouncements(page);
  await openLab(page, '/#s=bowl&p=5,5&lr=0.1');
  const status = page.locator('.pt [role="status"]');
  await expect(status).toHaveText(/^Path A converged at minimum M1 after \d+ iterations\.$/, { timeout: 30_000 });
  const n = Number((await status.textContent())?.match(/after (\d+) iterations/)?.[1]);
  const [a] = await settledPaths(page);
  expect(Number(a?.iteration), 'the iteration the table shows').toBe(n);
  expect(await said(page), 'one announcement, no repeats').toEqual([`Path A converged at minimum M1 after ${n} iterations.`]);
});

test('a swarm is announced in counts by minimum, each path once, at most one announcement per 1.5 s', async ({ page }) => {
  await recordAnnouncements(page);
  await openLab(page, '/?debug#p=&sw=40,random,7');
  const t0 = Date.now();
  await expect(playButton(page)).toHaveText('Play', { timeout: 60_000 });
  await page.waitForTimeout(1700);
  const seconds = (Date.now() - t0) / 1000;
  const texts = await said(page);
  // Where each path ended, from the simulation: "at M1", …
  const truth = await page.evaluate(() => {
    const sim = (window as unknown as { __downhill: { simulation: { paths: { run: { status: string; critical: { label?: string } | null } }[] } } }).__downhill.simulation;
    const c: Record<string, number> = {};
    for (const p of sim.paths) { const k = p.run.status === 'converged' && p.run.critical?.label ? `at ${p.run.critical.label}` : p.run.status; c[k] = (c[k] ?? 0) + 1; }
    return c;
  });
  const heard: Record<string, number> = {};
  let total = 0;
  for (const t of texts) {
    const m = /^(\d+) paths finished: (.*)\.$/.exec(t);
    if (m) {
      total += Number(m[1]);
      let sum = 0;
      for (const part of m[2]!.split(', ')) {
        const [, count, where] = /^(\d+) (.*)$/.exec(part)!;
        heard[where!] = (heard[where!] ?? 0) + Number(count); sum += Number(count);
      }
      expect(sum, `the parts of "${t}" add up`).toBe(Number(m[1]));
    } else {
      for (const s of t.match(/Path [A-Z]+ converged at minimum (M\d+)/g) ?? []) { heard[`at ${s.split(' ').pop()}`] = (heard[`at ${s.split(' ').pop()}`] ?? 0) + 1; total++; }
    }
  }
  expect(total, `every path announced once: ${JSON.stringify(texts)}`).toBe(40);
  expect(heard).toEqual(truth);
  expect(texts.length, `${texts.length} announcements in ${seconds.toFixed(1)} s`).toBeLessThanOrEqual(Math.ceil(seconds / 1.5) + 1);
  expect(texts.some((t) => /^\d+ paths finished: \d+ at M\d/.test(t)), 'a batch names minima').toBe(true);
});
