// Same start, several settings: a learning-rate fan and an optimizer race from the selected path's start,
// as ordinary starts with their own settings (PathOverride), and the switch for slices and arrows.
import { FAN_FACTOR, fanRates, rateText } from '../../core/descent/fan';
import type { OptimizerSettings } from '../../core/descent/optimizers';
import { suitedRates } from '../../core/descent/suitedRates';
import { currentSurface } from '../currentSurface';
import { useCompareView } from '../compareView';
import { pushNotice } from '../notices';
import { pathSettings } from '../pathSettings';
import { LIMITS, newStartId, startLabel, type PathOverride, type StartPoint } from '../scenario';
import { useDownhill } from '../store';
import { edit } from './editing';

const get = useDownhill.getState;

/** The selected start and its place, or null (with nothing to compare). */
function selectedStart(): { start: StartPoint; index: number } | null {
  const { scenario, selected } = get();
  const index = scenario.starts.findIndex((p) => p.id === selected);
  const start = scenario.starts[index];
  return start ? { start, index } : null;
}

/** True when n more starts fit; otherwise says so (a notice) and returns false. */
function roomFor(n: number, what: string): boolean {
  const used = get().scenario.starts.length;
  if (used + n <= LIMITS.starts.max) return true;
  pushNotice(`${what} needs ${n} more start points, but at most ${LIMITS.starts.max.toLocaleString('en-US')} are allowed (${used.toLocaleString('en-US')} in use).`, 'warning');
  return false;
}

/** True when another start at start's point already runs with this rate and optimizer (so a second press adds nothing). */
function alreadyThere(start: StartPoint, lr: number, optimizer: OptimizerSettings): boolean {
  const { scenario } = get(), o = JSON.stringify(optimizer);
  return scenario.starts.some((p) => p.x === start.x && p.y === start.y && p.id !== start.id
    && pathSettings(scenario, p).lr === lr && JSON.stringify(pathSettings(scenario, p).optimizer) === o);
}

/** The label of start `id` in the scenario as it is now (an edit moves copies ahead of the swarm and may move the original). */
const labelNow = (id: number): string => startLabel(get().scenario.starts.findIndex((p) => p.id === id));

/** How the fan's rates are spaced: doubling, except where the range's end cut it short. Pure. */
function spacingText(rates: readonly number[], clamped: readonly number[], lr: number): string {
  const each = FAN_FACTOR === 2 ? 'twice' : `${FAN_FACTOR} times`;
  if (clamped.length === 0) return `each rate ${each} the one before`;
  const ends = [clamped.some((r) => r < lr) ? rateText(rates[0] as number) : '', clamped.some((r) => r > lr) ? rateText(rates[rates.length - 1] as number) : ''].filter(Boolean);
  return `each rate ${each} the one before, except where the range's end (${ends.join(' and ')}) cuts it off`;
}

/** Says that every copy asked for is already there. */
const nothingNew = (what: string, label: string): void =>
  pushNotice(`${what} from ${label} is already there: every copy it would add already runs from that start.`, 'info');

/** Adds copies of `start` with the given overrides after the last start; the original gets `own` when given. Returns the copies' ids. */
function addCopies(start: StartPoint, own: PathOverride | undefined, overrides: readonly PathOverride[]): number[] {
  const copies = overrides.map((override) => ({ id: newStartId(), x: start.x, y: start.y, override }));
  const starts = (all: readonly StartPoint[]) => (own === undefined ? all : all.map((p) => (p.id === start.id ? { ...p, override: own } : p)));
  edit((s) => ({ ...s, starts: [...starts(s.starts), ...copies] }));
  return copies.map((c) => c.id);
}

/**
 * "Fan learning rates": copies of the selected start at rates spaced by FAN_FACTOR on a log scale around its
 * own (fanRates: five with the original in the middle, clamped into the rate's range, said so). The original
 * takes its rate as its own, so its label names it like the copies'. Returns the copies' ids ([] when they are all
 * there already, with a notice), or null when no path is selected or the copies do not fit.
 */
export function fanLearningRates(): number[] | null {
  const sel = selectedStart();
  if (sel === null) return null;
  const { scenario } = get();
  const own = pathSettings(scenario, sel.start), lr = own.lr;
  const fan = fanRates(lr);
  const others = fan.rates.filter((r) => r !== lr);
  if (others.length > 0 && others.every((r) => alreadyThere(sel.start, r, own.optimizer))) { nothingNew('The learning-rate fan', startLabel(sel.index)); return []; }
  if (!roomFor(others.length, 'A learning-rate fan')) return null;
  const ids = addCopies(sel.start, { ...sel.start.override, lr }, others.map((r) => ({ ...sel.start.override, lr: r })));
  const label = labelNow(sel.start.id);
  const lines = fan.rates.map((r) => {
    const at = r === lr ? label : labelNow(ids[others.indexOf(r)] as number);
    return `${at}: η ${rateText(r)}${r === lr ? ' (the original)' : ''}`;
  });
  if (fan.clamped.length > 0) {
    lines.push(`${fan.clamped.map(rateText).join(' and ')} ${fan.clamped.length > 1 ? 'lie' : 'lies'} outside the learning rate's range, so the fan stops at its end.`);
  }
  useCompareView.setState({ comparison: { title: `Learning-rate fan from ${label}: ${spacingText(fan.rates, fan.clamped, lr)}`, lines } });
  return ids;
}

/**
 * "Compare optimizers": one copy of the selected start per optimizer (all seven, Newton's method included),
 * each at a rate that suits it (core/descent/suitedRates.ts) with the reason shown. The selected path keeps
 * its own settings. Returns the copies' ids ([] when they are all there already, with a notice), or null when no
 * path is selected, the surface is not built or the copies do not fit.
 */
export function compareOptimizers(): number[] | null {
  const sel = selectedStart();
  const res = currentSurface();
  if (sel === null || !res.ok) return null;
  const suited = suitedRates(res.surface, sel.start.x, sel.start.y);
  if (suited.every((r) => alreadyThere(sel.start, r.lr, r.optimizer))) { nothingNew('The optimizer comparison', startLabel(sel.index)); return []; }
  if (!roomFor(suited.length, 'Comparing optimizers')) return null;
  const ids = addCopies(sel.start, undefined, suited.map((r) => ({ lr: r.lr, optimizer: r.optimizer })));
  const lines = suited.map((r, i) => `${labelNow(ids[i] as number)}: ${r.reason}`);
  useCompareView.setState({ comparison: { title: `Optimizers from ${labelNow(sel.start.id)} on ${res.surface.name}, each at a rate that suits it`, lines } });
  return ids;
}

/** Draws (or stops drawing) the selected path's slices, tangents and step arrows. */
export const setShowSlices = (on: boolean): void => useCompareView.setState({ showSlices: on });

/** Forgets the last comparison's explanation. */
export const dismissComparison = (): void => useCompareView.setState({ comparison: null });
