// Actions on one start: put it at typed coordinates, or duplicate it so two paths share one start.
import { surfaceFor } from './currentSurface';
import { pushNotice } from './actions';
import { withStartAt } from './edits';
import { LIMITS, newStartId, startLabel, withinBudget, type Scenario } from './scenario';
import { useDownhill } from './store';
import { CODEC_LIMITS } from './urlCodec';

const set = useDownhill.setState;
const get = useDownhill.getState;

/** Writes a scenario with its iteration limit kept within the budget, saying so when it is lowered. */
function commit(next: Scenario): void {
  const b = withinBudget(next);
  if (b !== next) pushNotice(`With ${next.starts.length.toLocaleString('en-US')} paths the iteration limit is at most ${b.maxSteps.toLocaleString('en-US')}, to keep the page responsive.`, 'info');
  set({ scenario: b });
}

/**
 * Puts start `id` at (x, y) exactly. Coordinates that are not finite numbers change nothing (with a notice);
 * a point farther than a link may hold (CODEC_LIMITS.startReach half-widths from the landscape's centre) is
 * brought within it, with a notice, so the link reopens the same start. Returns whether the start moved.
 */
export function setStartAt(id: number, x: number, y: number): boolean {
  const { scenario } = get();
  const index = scenario.starts.findIndex((p) => p.id === id);
  if (index < 0) return false;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    pushNotice(`Start ${startLabel(index)} needs two finite numbers; it stays where it was.`, 'warning');
    return false;
  }
  const res = surfaceFor(scenario.surface);
  let cx = x, cy = y;
  if (res.ok) {
    const d = res.surface.domain, reach = CODEC_LIMITS.startReach;
    const mx = (d.xMin + d.xMax) / 2, hx = (d.xMax - d.xMin) / 2, my = (d.yMin + d.yMax) / 2, hy = (d.yMax - d.yMin) / 2;
    cx = Math.min(Math.max(x, mx - reach * hx), mx + reach * hx);
    cy = Math.min(Math.max(y, my - reach * hy), my + reach * hy);
    if (cx !== x || cy !== y) pushNotice(`Start ${startLabel(index)} was far outside the landscape; moved to within ${reach} half-widths of its centre.`, 'info');
  }
  commit(withStartAt(scenario, id, cx, cy));
  return true;
}

/**
 * Adds a copy of start `id` (same point, same per-path settings) as the last start and selects it, so two
 * paths can share one start and differ in their own settings. Returns the copy's id, or null when the
 * start does not exist or there are already as many starts as allowed.
 */
export function duplicateStart(id: number): number | null {
  const { scenario } = get();
  const original = scenario.starts.find((p) => p.id === id);
  if (!original) return null;
  if (scenario.starts.length >= LIMITS.starts.max) {
    pushNotice(`At most ${LIMITS.starts.max} start points.`, 'warning');
    return null;
  }
  const copy = { ...original, id: newStartId() };
  commit({ ...scenario, starts: [...scenario.starts, copy] });
  set({ selected: copy.id });
  return copy.id;
}
