// Links a person opens keep what they say: the selected path is the start the link named, an old link
// says how its schedule changed, and a link of 1,000 starts at the default limit stays as it was.
import { expect, test } from '@playwright/test';
import { createDefaultScenario, type StartPoint } from '../../src/state/scenario';
import { encodeScenario } from '../../src/state/urlCodec';
import { collectErrors, openLab, pathRows } from './helpers';

const hash = (page: { url: () => string }) => new URL(page.url()).hash.slice(1);

test('a link whose earlier start is unreadable still selects the start it named', async ({ page }) => {
  const errors = collectErrors(page);
  // The link's C is (2, 2); with 'oops' left out it becomes the app's path B.
  await openLab(page, '/#s=bowl&p=1,1;oops;2,2;3,3&sel=C');
  await expect(page.getByRole('status').filter({ hasText: "The link's start 'oops' is not a pair of numbers; it was left out." })).toBeVisible();
  await expect(pathRows(page)).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Select path B', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('textbox', { name: 'Start x' })).toHaveValue('2');
  await expect(page.getByRole('textbox', { name: 'Start y' })).toHaveValue('2');
  // Opened again from the address it now has, the same start is selected.
  await page.reload();
  await expect(pathRows(page)).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Select path B', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('textbox', { name: 'Start x' })).toHaveValue('2');
  expect(errors).toEqual([]);
});

test('a link whose selected start is unreadable selects none and says so', async ({ page }) => {
  await openLab(page, '/#s=bowl&p=1,1;oops;2,2&sel=B');
  await expect(page.getByRole('status').filter({ hasText: "The link's selected path 'B' is a start that was left out; none is selected." })).toBeVisible();
  for (const l of ['A', 'B']) await expect(page.getByRole('button', { name: `Select path ${l}`, exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('an old ? link with a cosine schedule says how the schedule now behaves', async ({ page }) => {
  await openLab(page, '/?s=bowl&lr=0.05&sch=cosine:100,0.5');
  await expect(page.getByRole('status').filter({
    hasText: "This older link's cosine schedule now follows PyTorch's CosineAnnealingLR with the floor η_min = 0.025 (0.5 × η). "
      + 'After 100 iterations the rate rises again instead of holding at the floor.',
  })).toBeVisible();
  await expect.poll(() => hash(page)).toBe('s=bowl&lr=0.05&sch=cosine:100,0.025');
});

test('a link of 1,000 starts at the default iteration limit opens as written', async ({ page }) => {
  const errors = collectErrors(page);
  const starts: StartPoint[] = Array.from({ length: 1000 }, (_, i) => ({ id: i, x: (i % 40) / 4 - 5, y: Math.floor(i / 40) / 2.5 - 5 }));
  const fragment = encodeScenario({ ...createDefaultScenario(), starts });
  await openLab(page, `/#${fragment}`);
  await expect(page.getByText('…and 936 more paths (Export JSON has them all)')).toBeVisible();
  await page.getByText('More: ascent, schedules, limits, batches').click();
  await expect(page.getByRole('textbox', { name: 'Iteration limit', exact: true })).toHaveValue('2000');
  await expect(page.getByText(/iteration limit is at most/)).toHaveCount(0);
  // The address is the link that was opened, also after the page has had time to write it back.
  await page.waitForTimeout(600);
  expect(hash(page)).toBe(fragment);
  expect(errors).toEqual([]);
});
