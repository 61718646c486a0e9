// Typed start coordinates and duplicated starts, checked on the store.
import { beforeEach, describe, expect, it } from 'vitest';
import { selectStart, setApplyTo, setLearningRate, setOptimizerKind } from '../../src/state/actions';
import { pathSettings } from '../../src/state/pathSettings';
import { LIMITS, createDefaultScenario, newStartId } from '../../src/state/scenario';
import { duplicateStart, setStartAt } from '../../src/state/actions';
import { createInitialState, useDownhill } from '../../src/state/store';

const state = () => useDownhill.getState();

beforeEach(() => useDownhill.setState(createInitialState(createDefaultScenario()), true));

describe('setStartAt', () => {
  it('puts one start exactly at the typed point and leaves the others', () => {
    const [a, b] = state().scenario.starts;
    expect(setStartAt(b!.id, 0.123456789, -2.5)).toBe(true);
    const starts = state().scenario.starts;
    expect([starts[1]!.x, starts[1]!.y]).toEqual([0.123456789, -2.5]);
    expect([starts[0]!.x, starts[0]!.y, starts[0]!.id]).toEqual([4, 4, a!.id]);
    expect(state().notices).toEqual([]);
  });

  it('refuses numbers that are not finite, saying so and changing nothing', () => {
    const before = state().scenario;
    const id = before.starts[0]!.id;
    expect(setStartAt(id, Number.NaN, 1)).toBe(false);
    expect(setStartAt(id, 1, Number.POSITIVE_INFINITY)).toBe(false);
    expect(state().scenario).toBe(before);
    expect(state().notices.map((n) => n.text)).toEqual([
      'Start A needs two finite numbers; it stays where it was.', 'Start A needs two finite numbers; it stays where it was.',
    ]);
  });

  it('brings a point far outside the landscape within the reach a link can hold', () => {
    const id = state().scenario.starts[0]!.id;
    // Himmelblau's domain is [-5, 5]²: ten half-widths from the centre is ±50.
    setStartAt(id, 1e9, -3);
    expect([state().scenario.starts[0]!.x, state().scenario.starts[0]!.y]).toEqual([50, -3]);
    expect(state().notices).toHaveLength(1);
  });

  it('ignores an id that is not a start', () => {
    const before = state().scenario;
    expect(setStartAt(newStartId(), 1, 1)).toBe(false);
    expect(state().scenario).toBe(before);
  });
});

describe('duplicateStart', () => {
  it('adds a copy at the same point with the same own settings, last, and selects it', () => {
    const b = state().scenario.starts[1]!;
    selectStart(b.id);
    setApplyTo('selected');
    setLearningRate(0.002);
    setOptimizerKind('adam');
    const copyId = duplicateStart(b.id);
    const starts = state().scenario.starts;
    expect(starts).toHaveLength(5);
    const copy = starts[4]!;
    expect(copy.id).toBe(copyId);
    expect(copy.id).not.toBe(b.id);
    expect([copy.x, copy.y]).toEqual([-4, 4]);
    expect(pathSettings(state().scenario, copy)).toEqual(pathSettings(state().scenario, starts[1]!));
    expect(pathSettings(state().scenario, copy).lr).toBe(0.002);
    expect(pathSettings(state().scenario, copy).optimizer.kind).toBe('adam');
    expect(state().selected).toBe(copy.id);
    // The copy is a start of its own: moving it leaves the original where it was.
    setStartAt(copy.id, 1, 1);
    expect([state().scenario.starts[1]!.x, state().scenario.starts[1]!.y]).toEqual([-4, 4]);
  });

  it('refuses beyond the start limit, with a notice', () => {
    const s = createDefaultScenario();
    const many = Array.from({ length: LIMITS.starts.max }, (_, i) => ({ id: newStartId(), x: i / 1000, y: 0 }));
    useDownhill.setState(createInitialState({ ...s, starts: many }), true);
    expect(duplicateStart(many[0]!.id)).toBeNull();
    expect(state().scenario.starts).toHaveLength(LIMITS.starts.max);
    expect(state().notices.map((n) => n.text)).toEqual([`At most ${LIMITS.starts.max} start points.`]);
  });
});
