// Offline: after a first visit the service worker serves the whole app with the network off; the app is
// installable (a manifest with icons); a new build is picked up on the next visit and the page says so.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { canvas, changedFraction, collectErrors, decodePng, nonBackgroundFraction, pathRows, pathsTable, shootCanvas } from './helpers';

// The one spec whose pages run the service worker (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker controls the page (clientsClaim makes the first visit's worker take it over). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { message: 'a service worker controls the page' })
    .toBe('activated');
}

async function expectLabDrawn(page: Page): Promise<void> {
  await expect(pathsTable(page)).toBeVisible();
  await expect(canvas(page)).toBeVisible();
  await expect.poll(() => pathRows(page).count()).toBeGreaterThan(0);
  // A landscape is drawn: a good part of the canvas is not the page's background.
  await expect.poll(async () => nonBackgroundFraction(await shootCanvas(page))).toBeGreaterThan(0.2);
}

test('after a first visit the app loads and runs with the network switched off', async ({ page, context }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expectLabDrawn(page);
  // Said once the worker has installed (for a few seconds), then the worker takes the page over.
  await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  // The network really is off: something the service worker never cached cannot be fetched.
  const uncached = await page.evaluate(() => fetch(`./not-cached-${Date.now()}.txt`).then((r) => r.status, () => 'failed'));
  expect(uncached).toBe('failed');
  expect(errors.splice(0), 'the one failure so far is that probe').toEqual(['console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  await expectLabDrawn(page);
  expect(await pathRows(page).count()).toBe(4);
  // The basin worker is precached too: colouring by basin computes offline.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const heights = await shootCanvas(page);
  await page.getByLabel('Colour the landscape by basin').check();
  await expect.poll(async () => changedFraction(heights, await shootCanvas(page)), { message: 'the surface is recoloured by basin' })
    .toBeGreaterThan(0.15);
  expect(failed, 'nothing the app needs was fetched from the network').toEqual([]);
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test('the app is installable: a manifest with name, relative start, standalone display and 192/512/maskable PNG icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const res = await page.request.get(href!.replace(/^\.\//, '/'));
  expect(res.ok()).toBe(true);
  const m = await res.json() as {
    name: string; short_name: string; start_url: string; scope: string; display: string; theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(m.name).toMatch(/^Downhill/);
  expect(m.short_name).toBe('Downhill');
  expect(m.display).toBe('standalone');
  expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  // Relative, so the app works under a sub-path: no leading slash, no scheme.
  for (const u of [m.start_url, m.scope]) expect(u).not.toMatch(/^(\/|[a-z]+:)/i);
  for (const want of [{ size: 192, purpose: undefined }, { size: 512, purpose: undefined }, { size: 512, purpose: 'maskable' }]) {
    const icon = m.icons.find((i) => i.sizes === `${want.size}x${want.size}` && i.purpose === want.purpose);
    expect(icon, `an icon ${want.size} ${want.purpose ?? ''}`).toBeDefined();
    const png = await page.request.get(`/${icon!.src}`);
    const img = decodePng(Buffer.from(await png.body()));
    expect([img.width, img.height]).toEqual([want.size, want.size]);
  }
  const theme = await page.locator('meta[name="theme-color"]').getAttribute('content');
  expect(theme).toBe(m.theme_color);
});

// ---- a second build, served by a server of the test's own (the shared preview server must stay as built) ----

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('a new build is picked up on the next visit, and the page offers a reload', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'downhill-sw-'));
  cpSync('dist', root, { recursive: true });
  const server = await serve(root);
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await page.goto(base);
    await expectLabDrawn(page);
    await waitForServiceWorker(page);
    expect(await page.locator('meta[name="downhill-build"]').count()).toBe(0);

    // "Deploy" a second build: a changed page, and a service worker whose precache names its new revision.
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    writeFileSync(join(root, 'index.html'), html.replace('<head>', '<head><meta name="downhill-build" content="second">'));
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    const withRevision = sw.replace(/(url:"index\.html",revision:")[^"]+"/, '$1second-build"');
    expect(withRevision, 'the precache manifest lists index.html with a revision').not.toBe(sw);
    writeFileSync(join(root, 'sw.js'), withRevision);

    // The next visit still opens at once (from the cache), finds the new version and says so.
    await page.reload();
    await expectLabDrawn(page);
    const notice = page.getByRole('status').filter({ hasText: 'Updated — reload for the new version' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name="downhill-build"]')).toHaveAttribute('content', 'second');
    await expectLabDrawn(page);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  }
});
