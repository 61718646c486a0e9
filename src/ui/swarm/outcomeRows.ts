// The Outcomes region's rows from a tally: one per minimum (maximum, under ascent) reached (with its basin colour), then the
// statuses, each with the group a click selects. Pure.
import type { OutcomeGroup, Tally } from '../../core/descent/tally';
import { BASIN_COLORS, BASIN_DIVERGED, BASIN_UNFINISHED } from '../../state/palette';

export interface OutcomeRow {
  readonly group: OutcomeGroup;
  readonly label: string;
  readonly count: number;
  readonly color: string;
  /** Whether the best final cost is in this group. */
  readonly best: boolean;
}

/** The rows, in order; the counts add up to the tally's total. Statuses that no path has are left out but for diverged, running and the limit. Pure. */
export function outcomeRows(t: Tally): OutcomeRow[] {
  const best = t.best?.group ?? null;
  const rows: OutcomeRow[] = t.minima.map((m) => ({
    group: `min:${m.index}` as const,
    label: m.point.kind === 'max' ? `${m.point.label ?? `X${m.order + 1}`} (maximum)` : `${m.point.label ?? `M${m.order + 1}`} ${m.point.global ? '(global)' : '(local)'}`,
    count: m.count,
    color: BASIN_COLORS[m.order % BASIN_COLORS.length] as string,
    best: best === `min:${m.index}`,
  }));
  const status = (group: OutcomeGroup, label: string, count: number, color: string, always: boolean) => {
    if (always || count > 0) rows.push({ group, label, count, color, best: best === group });
  };
  status('elsewhere', 'Converged elsewhere', t.elsewhere, '#8a94a6', false);
  status('diverged', 'Diverged', t.diverged, BASIN_DIVERGED, true);
  status('running', 'Still running', t.running, '#19e3ff', true);
  status('max-steps', 'Stopped at the limit', t.maxSteps, BASIN_UNFINISHED, true);
  status('stalled', 'Stalled', t.stalled, '#6b5f8a', false);
  return rows;
}

/** "reached M1 (global)", "diverged", …: what the paths of a group did, for a sentence. Pure. */
export function groupPhrase(rows: readonly OutcomeRow[], g: OutcomeGroup): string {
  switch (g) {
    case 'elsewhere': return 'converged elsewhere';
    case 'diverged': return 'diverged';
    case 'running': return 'are still running';
    case 'max-steps': return 'stopped at the limit';
    case 'stalled': return 'stalled';
    default: return `reached ${rows.find((r) => r.group === g)?.label ?? 'that minimum'}`;
  }
}
