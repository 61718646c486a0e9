// Keeps the scenario in the page's address FRAGMENT (#…), which is never sent to the server: read at
// load (old links with the scenario in the query are still read, then rewritten), read again when a
// person pastes another link into the same tab, and rewritten (throttled) as the person edits. The
// query keeps only the debug switches (?debug, ?lite, ?fps) that main.tsx and the benchmark read, and ?embed.
import { loadScenario } from './actions';
import { pushNotice } from './notices';
import { useDownhill } from './store';
import { usePredict } from './predictStore';
import { CODEC_LIMITS, decodeScenario, encodeScenario } from './urlCodec';
import { dataTooLargeForLink } from './link/dataLink';

const WRITE_DELAY_MS = 250;
/** Query keys that are switches for measurement (and ?embed=1, the iframe layout), not part of the scenario. */
const DEBUG_KEYS = ['debug', 'lite', 'fps', 'embed'];

interface Location { search: string; pathname: string; hash: string }
interface HistoryLike { replaceState(data: unknown, unused: string, url?: string): void }
interface HashEvents {
  addEventListener(type: 'hashchange', fn: () => void): void;
  removeEventListener(type: 'hashchange', fn: () => void): void;
}

/** What "Copy link" may copy: the address, once it is known to hold the current setup. */
/** `note`: what the link leaves out although it is up to date (a dataset too large for a link). */
export type FlushResult = { readonly ok: true; readonly url: string; readonly note?: string } | { readonly ok: false; readonly message: string };

/** The query with only its debug switches ('' when it has none). Pure. */
export function debugQuery(search: string): string {
  const params = new URLSearchParams(search);
  const kept = DEBUG_KEYS.flatMap((k) => (params.has(k) ? [params.get(k) === '' ? k : `${k}=${encodeURIComponent(params.get(k) ?? '')}`] : []));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/** True when the query holds scenario keys (an old link). Pure. */
const hasScenarioQuery = (search: string): boolean => [...new URLSearchParams(search).keys()].some((k) => !DEBUG_KEYS.includes(k));

/** The link text of the page as it is now. */
const currentLink = (): string => {
  const { scenario, selected, showBasins } = useDownhill.getState();
  const i = scenario.starts.findIndex((p) => p.id === selected);
  return encodeScenario(scenario, { selected: i < 0 ? null : i, basins: showBasins, predict: usePredict.getState().on });
};

/**
 * Loads the scenario from the address (defaults plus a notice when the link is unusable), then writes
 * every change of the scenario or the view (selection, basin colouring) back with history.replaceState. Returns a function that stops syncing.
 */
export function startUrlSync(
  loc: Location = window.location, history: HistoryLike = window.history, events: HashEvents = window,
): () => void {
  const load = (text: string, legacy: boolean) => {
    const { scenario, notices, view } = decodeScenario(text, { legacy });
    loadScenario(scenario, notices, view);
  };
  const legacy = loc.hash.length <= 1 && hasScenarioQuery(loc.search);
  if (loc.hash.length > 1) load(loc.hash, false);
  else if (legacy) load(loc.search, true);

  let tooLarge = false;
  let lastHash = loc.hash;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (): FlushResult => {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    const q = currentLink();
    if (q.length > CODEC_LIMITS.linkLength) {
      const message = `This setup is too large for a link (${q.length.toLocaleString('en-US')} characters, at most ${CODEC_LIMITS.linkLength.toLocaleString('en-US')}): remove some starts or their own settings.`;
      if (!tooLarge) { tooLarge = true; pushNotice(message, 'warning'); }
      return { ok: false, message };
    }
    tooLarge = false;
    const hash = q ? `#${q}` : '';
    const url = `${loc.pathname}${debugQuery(loc.search)}${hash}`;
    history.replaceState(null, '', url);
    lastHash = hash;
    const now = `${loc.pathname}${loc.search}${loc.hash}`;
    return now === url ? { ok: true, url } : { ok: false, message: 'The address could not be updated; copy it from the address bar.' };
  };
  writeNow = write;
  // An old link is rewritten at once, so the address shows the new form.
  if (legacy) write();
  const onHash = () => { if (loc.hash !== lastHash) { lastHash = loc.hash; load(loc.hash, false); } };
  events.addEventListener('hashchange', onHash);
  const unsubscribe = useDownhill.subscribe((s, prev) => {
    if ((s.scenario === prev.scenario && s.selected === prev.selected && s.showBasins === prev.showBasins) || timer !== null) return;
    timer = setTimeout(write, WRITE_DELAY_MS);
  });
  // "Predict first" is in the link too (pr=1), so a teacher can hand out a predict-first lesson.
  const unsubscribePredict = usePredict.subscribe((s, prev) => {
    if (s.on !== prev.on && timer === null) timer = setTimeout(write, WRITE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    unsubscribePredict();
    events.removeEventListener('hashchange', onHash);
    if (timer !== null) clearTimeout(timer);
    writeNow = () => ({ ok: false, message: 'The address is not kept in sync.' });
  };
}

let writeNow: () => FlushResult = () => ({ ok: false, message: 'The address is not kept in sync.' });

/** Writes the address at once (before copying a link) and says whether it now holds the current setup. */
export function flushUrl(): FlushResult {
  const r = writeNow();
  const sf = useDownhill.getState().scenario.surface;
  return r.ok && sf.kind === 'regression' && dataTooLargeForLink(sf) ? { ...r, note: 'the data is not in the link (too many points)' } : r;
}
