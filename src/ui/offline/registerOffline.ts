/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the service worker (vite-plugin-pwa, autoUpdate): the first visit precaches the app, so later
// visits work with no network; a new version activates on the next visit and the page offers a reload
// instead of reloading under a person's hands.
import { registerSW } from 'virtual:pwa-register';
import { ensureOfflineStatus, sayOfflineReady, sayUpdated } from './offlineStatus';

export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  ensureOfflineStatus();
  registerSW({
    immediate: true,
    onOfflineReady: sayOfflineReady,
    onNeedReload: sayUpdated,
    onRegisterError: (e: unknown) => console.warn('Downhill: offline use is unavailable:', e),
  });
}
