// The problems a data file or paste had, one per line ("line 7: 'abc' is not a number"), as text.
import type { DataProblem } from '../../core/data/parseData';

/** Shown at most; the rest are counted. */
const SHOWN = 50;

export function DataProblems({ problems, id }: { readonly problems: readonly DataProblem[]; readonly id?: string }) {
  if (problems.length === 0) return null;
  const rest = problems.length - SHOWN;
  return (
    <ul className="data-problems" id={id} aria-label="Problems with the data">
      {problems.slice(0, SHOWN).map((p, i) => <li key={i}>{p.message}</li>)}
      {rest > 0 && <li>…and {rest.toLocaleString('en-US')} more</li>}
    </ul>
  );
}
