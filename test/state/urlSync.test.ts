import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectStart, setLearningRate } from '../../src/state/actions';
import { createDefaultScenario } from '../../src/state/scenario';
import { encodeScenario } from '../../src/state/urlCodec';
import { createInitialState, useDownhill } from '../../src/state/store';
import { CODEC_LIMITS } from '../../src/state/urlCodec';
import { debugQuery, flushUrl, startUrlSync } from '../../src/state/urlSync';

beforeEach(() => { useDownhill.setState(createInitialState(createDefaultScenario()), true); vi.useFakeTimers(); });
afterEach(() => vi.useRealTimers());

/** A window whose location follows replaceState, as a browser's does, and whose hashchange can be fired. */
function fakeWindow(search: string, hash = '', opts: { frozen?: boolean } = {}) {
  const urls: string[] = [];
  const loc = { search, pathname: '/app/', hash };
  let onHash: (() => void) | null = null;
  const history = {
    replaceState: (_d: unknown, _u: string, url?: string) => {
      urls.push(url ?? '');
      if (opts.frozen || url === undefined) return;
      const u = new URL(url, 'http://h');
      loc.search = u.search; loc.hash = u.hash;
    },
  };
  const events = {
    addEventListener: (_t: 'hashchange', fn: () => void) => { onHash = fn; },
    removeEventListener: () => { onHash = null; },
  };
  const navigate = (h: string) => { loc.hash = h; onHash?.(); };
  return { loc, history, events, urls, navigate };
}

const start = (w: ReturnType<typeof fakeWindow>) => startUrlSync(w.loc, w.history, w.events);

describe('the address keeps the scenario in its fragment', () => {
  it('loads a link, then writes edits back to the fragment at most every 250 ms', () => {
    const w = fakeWindow('', '#s=bowl&lr=0.05');
    const stop = start(w);
    expect(useDownhill.getState().scenario.surface).toEqual({ kind: 'builtin', id: 'bowl' });
    expect(useDownhill.getState().scenario.lr).toBe(0.05);
    setLearningRate(0.2); setLearningRate(0.3);
    expect(w.urls).toHaveLength(0);
    vi.advanceTimersByTime(300);
    expect(w.urls).toEqual(['/app/#s=bowl&lr=0.3']);
    setLearningRate(0.01);
    expect(flushUrl()).toEqual({ ok: true, url: '/app/#s=bowl' });
    expect(w.urls.at(-1)).toBe('/app/#s=bowl');
    stop();
  });

  it('reads an old ? link, then moves it to the fragment keeping only the debug switches in the query', () => {
    const w = fakeWindow('?debug&lite&s=bowl&lr=0.05&sch=cosine:100,0.5');
    const stop = start(w);
    const sc = useDownhill.getState().scenario;
    expect(sc.lr).toBe(0.05);
    // The old cosine floor was a fraction of η: 0.5 × 0.05, now written as an absolute η_min.
    expect(sc.schedule).toEqual({ kind: 'cosine', tMax: 100, etaMin: 0.025 });
    expect(w.urls).toEqual(['/app/?debug&lite#s=bowl&lr=0.05&sch=cosine:100,0.025']);
    expect(w.loc.search).toBe('?debug&lite');
    stop();
  });

  it('a link of 1,000 starts at the default iteration limit opens as written: no limit lowered, no notice, no address rewritten', () => {
    const starts = Array.from({ length: 1000 }, (_, i) => ({ id: i, x: (i % 40) / 4 - 5, y: Math.floor(i / 40) / 2.5 - 5 }));
    const fragment = encodeScenario({ ...createDefaultScenario(), starts });
    expect(fragment).not.toMatch(/max=/);
    const w = fakeWindow('', `#${fragment}`);
    const stop = start(w);
    const st = useDownhill.getState();
    expect(st.scenario.starts).toHaveLength(1000);
    expect(st.scenario.maxSteps).toBe(2000);
    expect(st.notices).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(w.urls.every((u) => u === `/app/#${fragment}`)).toBe(true);
    expect(w.loc.hash).toBe(`#${fragment}`);
    stop();
  });

  it('keeps the selected path in the link and restores it', () => {
    const w = fakeWindow('');
    const stop = start(w);
    const c = useDownhill.getState().scenario.starts[2]!;
    selectStart(c.id);
    vi.advanceTimersByTime(300);
    expect(w.urls.at(-1)).toBe('/app/#sel=C');
    stop();
    useDownhill.setState(createInitialState(createDefaultScenario()), true);
    const w2 = fakeWindow('', '#sel=C');
    const stop2 = start(w2);
    const st = useDownhill.getState();
    expect(st.selected).toBe(st.scenario.starts[2]!.id);
    stop2();
  });

  it('keeps the basin colouring in the link and restores it', async () => {
    const { setShowBasins } = await import('../../src/state/actions');
    const w = fakeWindow('');
    const stop = start(w);
    setShowBasins(true);
    vi.advanceTimersByTime(300);
    expect(w.urls.at(-1)).toBe('/app/#basins=1');
    stop();
    useDownhill.setState(createInitialState(createDefaultScenario()), true);
    const stop2 = start(fakeWindow('', '#s=bowl&basins=1'));
    expect(useDownhill.getState().showBasins).toBe(true);
    stop2();
  });

  it('a link pasted into the same tab (only the fragment changes) is loaded', () => {
    const w = fakeWindow('');
    const stop = start(w);
    w.navigate('#s=rosenbrock&lr=0.002');
    expect(useDownhill.getState().scenario.surface).toEqual({ kind: 'builtin', id: 'rosenbrock' });
    expect(useDownhill.getState().scenario.lr).toBe(0.002);
    stop();
  });

  it('a malformed link loads the defaults with a notice', () => {
    const w = fakeWindow('', '#s=%3Cscript%3Ealert(1)%3C/script%3E');
    const stop = start(w);
    expect(useDownhill.getState().scenario.surface).toEqual({ kind: 'builtin', id: 'himmelblau' });
    expect(useDownhill.getState().notices[0]?.text).toMatch(/could not be read/);
    stop();
  });

  it('"Copy link" is told when the address could not be brought up to date', () => {
    const w = fakeWindow('', '', { frozen: true });
    const stop = start(w);
    setLearningRate(0.2);
    const r = flushUrl();
    expect(r.ok).toBe(false);
    stop();
    expect(flushUrl().ok).toBe(false);
  });

  it('a setup too large for a link is not written, and flush says why', () => {
    const w = fakeWindow('');
    const stop = start(w);
    // More starts than the app allows (set directly, as no action would), each at full precision.
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: 10_000 + i, x: Math.PI * i, y: -Math.E * i }));
    useDownhill.setState({ scenario: { ...useDownhill.getState().scenario, starts: many } });
    const r = flushUrl();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/too large for a link \([\d,]+ characters, at most 400,000\)/);
    expect(w.urls).toHaveLength(0);
    expect(useDownhill.getState().notices.at(-1)?.text).toMatch(/too large for a link/);
    expect(CODEC_LIMITS.linkLength).toBe(400_000);
    stop();
  });

  it('the query keeps only the debug switches', () => {
    expect(debugQuery('?debug&lite&fps=10&s=bowl&lr=2')).toBe('?debug&lite&fps=10');
    expect(debugQuery('?s=bowl')).toBe('');
  });
});
