import { beforeEach, describe, expect, it } from 'vitest';
import {
  addDataPoint, moveDataPoint, removeDataPoint, setData, setHuberDelta, setLoss, setModel, setNoise, setStandardize, setSurface,
} from '../../src/state/actions';
import { pathSettings } from '../../src/state/pathSettings';
import { currentSurface } from '../../src/state/currentSurface';
import { withData, withDataAdded, withDataPoint, withDataRemoved } from '../../src/state/dataEdits';
import { createDefaultScenario, type Scenario } from '../../src/state/scenario';
import { createInitialState, useDownhill } from '../../src/state/store';
import { decodeScenario, encodeScenario } from '../../src/state/urlCodec';
import { getDataset } from '../../src/core/surfaces/datasets';
import { MAX_LINK_POINTS } from '../../src/state/link/dataLink';

const state = () => useDownhill.getState();
beforeEach(() => useDownhill.setState(createInitialState(createDefaultScenario()), true));

/** The custom points of a scenario's surface (throws when it has none). */
function pts(s: Scenario): { xs: readonly number[]; ys: readonly number[]; name?: string } {
  if (s.surface.kind !== 'regression' || s.surface.points === undefined) throw new Error('no points');
  return s.surface.points;
}

const onData = (dataset: string): Scenario => ({ ...createDefaultScenario(), surface: { kind: 'regression', dataset } });

describe('pure data edits', () => {
  it('the first edit copies a built-in dataset\'s points into a custom one; the original is untouched', () => {
    const s = onData('outlier');
    const d = getDataset('outlier');
    const next = withDataPoint(s, 12, 4.2, 3);
    expect(next.surface).toMatchObject({ kind: 'regression', dataset: 'custom', model: 'linear' });
    expect(pts(next).ys[12]).toBe(3);
    expect(pts(next).ys.slice(0, 12)).toEqual(d.ys.slice(0, 12));
    expect(pts(next).name).toBe('One outlier (edited)');
    expect(d.ys[12]).toBe(10);
  });

  it('add, remove and replace; an index out of range changes nothing; the loss and scaling stay', () => {
    const s = { ...onData('noisy-line'), surface: { kind: 'regression' as const, dataset: 'noisy-line', loss: { kind: 'mae' as const }, standardize: true } };
    const added = withDataAdded(s, 9, 9);
    expect(pts(added).xs.length).toBe(31);
    expect(added.surface).toMatchObject({ loss: { kind: 'mae' }, standardize: true });
    const removed = withDataRemoved(added, 0);
    expect(pts(removed).xs[0]).toBe(0.24);
    expect(withDataRemoved(s, 99)).toBe(s);
    expect(withDataPoint(s, -1, 0, 0)).toBe(s);
    const replaced = withData(s, { xs: [1, 2, 3], ys: [2, 4, 7] });
    expect(replaced.surface).toMatchObject({ dataset: 'custom', points: { xs: [1, 2, 3] }, loss: { kind: 'mae' } });
    expect(withDataPoint(createDefaultScenario(), 0, 1, 1).surface).toEqual({ kind: 'builtin', id: 'himmelblau' });
  });
});

describe('data actions', () => {
  it('moving the outlier down moves the landscape\'s minimum, in one store write, starts kept', () => {
    setSurface({ kind: 'regression', dataset: 'outlier' });
    const starts = state().scenario.starts;
    const before = currentSurface();
    if (!before.ok) throw new Error('no surface');
    let writes = 0;
    const stop = useDownhill.subscribe(() => { writes++; });
    expect(moveDataPoint(12, 4.2, 3.1)).toBe(true);
    stop();
    expect(writes).toBe(1);
    expect(state().scenario.starts).toBe(starts);
    const after = currentSurface();
    if (!after.ok) throw new Error('no surface');
    expect(after.surface.regression!.best!.w).toBeLessThan(before.surface.regression!.best!.w - 0.3);
  });

  it('refuses data the model cannot fit, with a notice, and keeps the scenario', () => {
    setData({ xs: [1, 2], ys: [1, 2] });
    const s = state().scenario;
    expect(removeDataPoint(0)).toBe(false);
    expect(state().scenario).toBe(s);
    expect(state().notices.at(-1)?.text).toMatch(/Could not remove the point: .*at least 2 points/);
    expect(addDataPoint(3, 5)).toBe(true);
    expect(currentSurface().ok).toBe(true);
  });
});

describe('loss, model, scaling and noise actions', () => {
  it('Standardize x keeps each start\'s line: (w, b) maps to (w·sd, b + w·mean)', () => {
    setSurface({ kind: 'regression', dataset: 'house-prices' });
    const d = getDataset('house-prices'), m = d.xs.length;
    const mean = d.xs.reduce((a, x) => a + x, 0) / m, sd = Math.sqrt(d.xs.reduce((a, x) => a + (x - mean) ** 2, 0) / m);
    const before = state().scenario.starts.map((p) => [p.x, p.y] as const);
    expect(setStandardize(true)).toBe(true);
    expect(state().scenario.surface).toMatchObject({ standardize: true });
    state().scenario.starts.forEach((p, i) => {
      const [w, b] = before[i]!;
      expect(p.x).toBeCloseTo(w * sd, 12);
      expect(p.y).toBeCloseTo(b + w * mean, 12);
    });
    expect(setStandardize(true)).toBe(false);
    setStandardize(false);
    state().scenario.starts.forEach((p, i) => { expect(p.x).toBeCloseTo(before[i]![0], 12); expect(p.y).toBeCloseTo(before[i]![1], 12); });
  });

  it('the loss and Huber\'s δ change the surface, not the starts; δ is clamped to its range', () => {
    setSurface({ kind: 'regression', dataset: 'outlier' });
    const starts = state().scenario.starts;
    setLoss({ kind: 'mae' });
    expect(state().scenario.surface).toMatchObject({ loss: { kind: 'mae' } });
    expect(state().scenario.starts).toBe(starts);
    setHuberDelta(1e9);
    expect(state().scenario.surface).toMatchObject({ loss: { kind: 'huber', delta: 1000 } });
  });

  it('logistic on data that is not 0/1 is refused with the reason; on 0/1 data it applies', () => {
    setSurface({ kind: 'regression', dataset: 'noisy-line' });
    const s = state().scenario;
    expect(setModel('logistic')).toBe(false);
    expect(state().scenario).toBe(s);
    expect(state().notices.at(-1)?.text).toMatch(/needs every y to be 0 or 1/);
    setData({ xs: [1, 2, 3, 4], ys: [0, 1, 0, 1] });
    expect(setModel('logistic')).toBe(true);
    expect(currentSurface().ok && currentSurface().ok && (currentSurface() as { surface: { regression: { model: string } } }).surface.regression.model).toBe('logistic');
  });

  it('gradient noise is a clamped scenario setting every path runs with', () => {
    setNoise(2.5);
    expect(state().scenario.noise).toBe(2.5);
    expect(pathSettings(state().scenario).noise).toBe(2.5);
    setNoise(-1);
    expect(state().scenario.noise).toBe(0);
    expect(decodeScenario(encodeScenario({ ...createDefaultScenario(), noise: 0.75 })).scenario.noise).toBe(0.75);
  });

  it('data too large for a link says so once, in a notice', () => {
    const n = MAX_LINK_POINTS + 1, xs = Array.from({ length: n }, (_, i) => i);
    setData({ xs, ys: xs.map((x) => x % 7) });
    expect(state().notices.at(-1)?.text).toMatch(/too many for a link/);
    const count = state().notices.length;
    moveDataPoint(0, 0, 1);
    expect(state().notices.length).toBe(count);
  });
});

describe('data in the link', () => {
  it('a custom dataset, its loss, model and scaling round-trip', () => {
    const s: Scenario = {
      ...createDefaultScenario(),
      surface: { kind: 'regression', dataset: 'custom', points: { xs: [0.5, 1, 2.25], ys: [0, 1, 1], name: 'Mine, 2024' }, model: 'logistic', standardize: true },
    };
    const text = encodeScenario(s);
    expect(text).toContain('pts=0.5,0;1,1;2.25,1');
    const back = decodeScenario(text);
    expect(back.notices).toEqual([]);
    expect(back.scenario.surface).toEqual(s.surface);
    const huber = encodeScenario({ ...s, surface: { kind: 'regression', dataset: 'outlier', loss: { kind: 'huber', delta: 0.25 } } });
    expect(huber).toBe('d=outlier&loss=huber:0.25');
    expect(decodeScenario(huber).scenario.surface).toEqual({ kind: 'regression', dataset: 'outlier', loss: { kind: 'huber', delta: 0.25 } });
  });

  it('a dataset too large for a link is left out of it', () => {
    const n = MAX_LINK_POINTS + 1;
    const xs = Array.from({ length: n }, (_, i) => i), ys = xs.map((x) => 2 * x);
    const s: Scenario = { ...createDefaultScenario(), surface: { kind: 'regression', dataset: 'custom', points: { xs, ys } } };
    expect(encodeScenario(s)).not.toMatch(/(^|&)(d|pts)=/);
  });

  it('broken data in a link: bad pairs are left out with a notice; unusable data falls back to the default landscape', () => {
    const r = decodeScenario('d=custom&pts=1,2;x,3;2,5;3,7');
    expect(r.scenario.surface).toEqual({ kind: 'regression', dataset: 'custom', points: { xs: [1, 2, 3], ys: [2, 5, 7] } });
    expect(r.notices).toEqual(["One of the link's data points is not a pair of numbers; it was left out."]);
    const bad = decodeScenario('d=custom&pts=1,2;1,3&loss=nope');
    expect(bad.scenario.surface).toEqual({ kind: 'builtin', id: 'himmelblau' });
    expect(bad.notices.join(' ')).toMatch(/loss 'nope' is not known.*cannot be used/);
  });
});
