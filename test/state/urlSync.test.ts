import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLearningRate } from '../../src/state/actions';
import { createDefaultScenario } from '../../src/state/scenario';
import { createInitialState, useDownhill } from '../../src/state/store';
import { flushUrl, startUrlSync } from '../../src/state/urlSync';

beforeEach(() => { useDownhill.setState(createInitialState(createDefaultScenario()), true); vi.useFakeTimers(); });
afterEach(() => vi.useRealTimers());

function fakeWindow(search: string) {
  const urls: string[] = [];
  return { loc: { search, pathname: '/app/', hash: '' }, history: { replaceState: (_d: unknown, _u: string, url?: string) => { urls.push(url ?? ''); } }, urls };
}

describe('the address keeps the scenario', () => {
  it('loads a link, then writes edits back at most every 250 ms', () => {
    const w = fakeWindow('?s=bowl&lr=0.05');
    const stop = startUrlSync(w.loc, w.history);
    expect(useDownhill.getState().scenario.surface).toEqual({ kind: 'builtin', id: 'bowl' });
    expect(useDownhill.getState().scenario.lr).toBe(0.05);
    setLearningRate(0.2); setLearningRate(0.3);
    expect(w.urls).toHaveLength(0);
    vi.advanceTimersByTime(300);
    expect(w.urls).toEqual(['/app/?s=bowl&lr=0.3']);
    setLearningRate(0.01);
    flushUrl();
    expect(w.urls.at(-1)).toBe('/app/?s=bowl');
    stop();
  });

  it('a malformed link loads the defaults with a notice', () => {
    const w = fakeWindow('?s=%3Cscript%3Ealert(1)%3C/script%3E');
    const stop = startUrlSync(w.loc, w.history);
    expect(useDownhill.getState().scenario.surface).toEqual({ kind: 'builtin', id: 'himmelblau' });
    expect(useDownhill.getState().notices[0]?.text).toMatch(/could not be read/);
    stop();
  });
});
