// "Predict first" in the link (pr=1): written when on, read back, a malformed value gives off with a notice, and
// loading a link turns the mode on or off.
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/state/actions';
import { createPredictState, usePredict } from '../../src/state/predictStore';
import { createDefaultScenario } from '../../src/state/scenario';
import { createInitialState, useDownhill } from '../../src/state/store';
import { decodeScenario, encodeScenario } from '../../src/state/urlCodec';

beforeEach(() => {
  useDownhill.setState(createInitialState(createDefaultScenario()), true);
  usePredict.setState(createPredictState(), true);
});

describe('pr=1 in the link', () => {
  it('is written only when on, and reads back', () => {
    const sc = createDefaultScenario();
    expect(encodeScenario(sc, { selected: null, basins: false, predict: false })).toBe('');
    const q = encodeScenario(sc, { selected: null, basins: false, predict: true });
    expect(q).toBe('pr=1');
    const r = decodeScenario(q);
    expect(r.view.predict).toBe(true);
    expect(r.notices).toEqual([]);
    expect(decodeScenario('basins=1').view.predict).toBeUndefined();
  });

  it('a malformed value is off, with a notice quoting it safely', () => {
    const r = decodeScenario('pr=yes');
    expect(r.view.predict).toBe(false);
    expect(r.notices).toEqual(["The link's predict-first setting 'yes' is not 0 or 1; using off."]);
  });

  it('loading a link turns the mode on, and a link without it turns it off', () => {
    const on = decodeScenario('pr=1');
    loadScenario(on.scenario, on.notices, on.view);
    expect(usePredict.getState().on).toBe(true);
    expect(useDownhill.getState().playing).toBe(false);
    const off = decodeScenario('basins=1');
    loadScenario(off.scenario, off.notices, off.view);
    expect(usePredict.getState().on).toBe(false);
  });
});
