// What the last fan or optimizer comparison made, one line per path, and why each has its rate.
import { dismissComparison } from '../../state/actions/compareActions';
import { useCompareView } from '../../state/compareView';

export function ComparisonNote() {
  const c = useCompareView((s) => s.comparison);
  if (c === null) return null;
  return (
    <div className="compare-note" role="region" aria-label="Comparison">
      <div className="compare-note-head">
        <p className="compare-title">{c.title}</p>
        <button type="button" className="compare-close" aria-label="Dismiss comparison" onClick={dismissComparison}>×</button>
      </div>
      <ul>
        {c.lines.map((line) => <li key={line}>{line}</li>)}
      </ul>
    </div>
  );
}
