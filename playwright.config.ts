// End-to-end tests: the built app (vite preview) in Debian's Chromium, driven as a person would.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** The Chromium to drive: CHROMIUM_PATH, else Debian's; a clear failure when there is none. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('No Chromium found for the end-to-end tests. Install Debian\'s (apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-first-run', '--disable-default-apps',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--enable-precise-memory-info',
];

/** E2E_PORT lets several checkouts run their browser tests at once without sharing a preview server. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    permissions: ['clipboard-read', 'clipboard-write'],
    // Each test's fresh context would install the service worker and precache the whole app (1.4 MB) again:
    // only offline.spec lets it run.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
