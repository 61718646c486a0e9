// Reading pasted or loaded text as data and applying its good rows: the parser loads on first use (it is
// not needed on the first screen). Returns what was kept and what was wrong, so nothing is lost silently.
import type { DataProblem } from '../../core/data/parseData';
import { setData } from '../../state/actions';

export interface DataOutcome {
  /** Rows loaded (0 when nothing was usable and the data did not change). */
  readonly rows: number;
  readonly problems: readonly DataProblem[];
  /** A sentence for the status line. */
  readonly summary: string;
}

/** Parses text and, when it has good rows, makes them the data (named `name`). */
export async function applyDataText(text: string, name: string): Promise<DataOutcome> {
  const { parseData } = await import('../../core/data/parseData');
  const r = parseData(text);
  if (r.xs.length === 0) return { rows: 0, problems: r.problems, summary: 'No rows of numbers could be read; the data did not change.' };
  const points = { xs: r.xs, ys: r.ys, name, ...(r.header === null ? {} : { xLabel: r.header[0], yLabel: r.header[1] }) };
  const ok = setData(points, true);
  if (!ok) return { rows: 0, problems: r.problems, summary: 'The data did not change (see the notice).' };
  const rows = `${r.xs.length.toLocaleString('en-US')} row${r.xs.length === 1 ? '' : 's'}`;
  const bad = r.problems.filter((p) => p.line !== null).length;
  return {
    rows: r.xs.length, problems: r.problems,
    summary: bad > 0 ? `Loaded ${rows}; ${bad.toLocaleString('en-US')} line${bad === 1 ? ' was' : 's were'} left out:` : r.problems.length > 0 ? `Loaded ${rows}:` : `Loaded ${rows}.`,
  };
}
