// A small polite status at the foot of the page for what the service worker did: ready offline, or updated.
// Plain DOM (no React root, no store): it is loaded after the app, says one sentence, and takes no clicks but its button's.
import './offline.css';

/** How long "Ready to work offline" stays on screen (ms); the update notice stays until dismissed or acted on. */
const READY_SHOWN_MS = 8000;

export const OFFLINE_READY_TEXT = 'Ready to work offline';
export const UPDATED_TEXT = 'Updated — reload for the new version';

let region: HTMLElement | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** The live region, created once at registration so screen readers already watch it when a sentence arrives. */
export function ensureOfflineStatus(): HTMLElement {
  if (region) return region;
  region = document.createElement('div');
  region.className = 'offline-status';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

/** One sentence; with an action, also its button and a dismiss button (without, it takes no clicks and goes by itself). */
function say(text: string, action?: { label: string; run: () => void }): void {
  const r = ensureOfflineStatus();
  clearTimeout(hideTimer);
  const line = document.createElement('p');
  line.className = 'offline-status-line';
  const words = document.createElement('span');
  words.textContent = text;
  line.append(words);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Dismiss update notice');
    close.addEventListener('click', () => line.remove());
    line.append(button, close);
  }
  r.replaceChildren(line);
}

export function sayOfflineReady(): void {
  say(OFFLINE_READY_TEXT);
  hideTimer = setTimeout(() => region?.replaceChildren(), READY_SHOWN_MS);
}

export function sayUpdated(): void {
  // The scene lives in the address (startUrlSync), so a reload keeps it.
  say(UPDATED_TEXT, { label: 'Reload', run: () => window.location.reload() });
}
