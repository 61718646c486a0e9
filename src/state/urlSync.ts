// Keeps the scenario in the page's address: read once at load, rewritten (throttled) as the person edits.
import { loadScenario } from './actions';
import { useDownhill } from './store';
import { decodeScenario, encodeScenario } from './urlCodec';

const WRITE_DELAY_MS = 250;
/** Links longer than this are not written (the decoder refuses them); the notice says so once. */
const MAX_LINK = 20_000;

interface Location { search: string; pathname: string; hash: string }
interface HistoryLike { replaceState(data: unknown, unused: string, url?: string): void }

/**
 * Loads the scenario from the address (defaults plus a notice when the link is unusable), then writes
 * every scenario change back with history.replaceState. Returns a function that stops syncing.
 */
export function startUrlSync(loc: Location = window.location, history: HistoryLike = window.history): () => void {
  if (loc.search.length > 1) {
    const { scenario, notices } = decodeScenario(loc.search);
    loadScenario(scenario, notices);
  }
  let warned = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    const q = encodeScenario(useDownhill.getState().scenario);
    if (q.length > MAX_LINK) {
      if (!warned) { warned = true; console.warn('Downhill: this setup is too large to keep in the link'); }
      return;
    }
    history.replaceState(null, '', `${loc.pathname}${q ? `?${q}` : ''}${loc.hash}`);
  };
  writeNow = write;
  const unsubscribe = useDownhill.subscribe((s, prev) => {
    if (s.scenario === prev.scenario || timer !== null) return;
    timer = setTimeout(write, WRITE_DELAY_MS);
  });
  return () => { unsubscribe(); if (timer !== null) clearTimeout(timer); writeNow = () => {}; };
}

let writeNow: () => void = () => {};

/** Writes the address at once (before copying a link). */
export function flushUrl(): void {
  writeNow();
}
