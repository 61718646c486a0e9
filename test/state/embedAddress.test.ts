// ?embed=1 is a switch of the page, not part of the scenario: the address keeps it while the fragment changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setControlHidden, setLearningRate } from '../../src/state/actions';
import { createDefaultScenario } from '../../src/state/scenario';
import { createInitialState, useDownhill } from '../../src/state/store';
import { debugQuery, startUrlSync } from '../../src/state/urlSync';

beforeEach(() => { useDownhill.setState(createInitialState(createDefaultScenario()), true); vi.useFakeTimers(); });
afterEach(() => vi.useRealTimers());

describe('an embed address', () => {
  it('keeps ?embed=1 in the query and drops scenario keys', () => {
    expect(debugQuery('?embed=1&s=bowl')).toBe('?embed=1');
    expect(debugQuery('?debug&embed=1')).toBe('?debug&embed=1');
  });

  it('loads the fragment (not the query as an old link) and writes edits back with ?embed=1 kept', () => {
    const urls: string[] = [];
    const loc = { search: '?embed=1', pathname: '/', hash: '#s=bowl&hide=surface' };
    const history = { replaceState: (_d: unknown, _u: string, url?: string) => { urls.push(url ?? ''); const u = new URL(url ?? '', 'http://h'); loc.search = u.search; loc.hash = u.hash; } };
    const stop = startUrlSync(loc, history, { addEventListener: () => {}, removeEventListener: () => {} });
    expect(useDownhill.getState().scenario.surface).toEqual({ kind: 'builtin', id: 'bowl' });
    expect(useDownhill.getState().scenario.lesson.hidden).toEqual(['surface']);
    expect(urls).toEqual([]);
    setLearningRate(0.05);
    setControlHidden('lr', true);
    vi.advanceTimersByTime(300);
    expect(urls).toEqual(['/?embed=1#s=bowl&lr=0.05&hide=surface,lr']);
    stop();
  });
});
