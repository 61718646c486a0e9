import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // Offline after the first visit: a Workbox service worker precaches the app shell, every chunk and the
    // basin worker; autoUpdate activates a new version at once and the page says so (src/ui/offline/).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Downhill — gradient descent in 3D',
        short_name: 'Downhill',
        description: 'Watch gradient descent find its way down a cost surface in 3D.',
        // Relative, so the installed app opens wherever Downhill is served (a sub-path included).
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#0b1220',
        background_color: '#0b1220',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'], // the icons and the manifest are added by the plugin
        // The three.js chunk is over Workbox's 2 MiB default; offline needs every chunk.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // autoUpdate's pair (the plugin sets it only when it injects the registration itself; we register in main.tsx).
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'threads',
  },
});
