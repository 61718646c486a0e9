// After "Reveal": the paths play from iteration 0; once every one has finished, each guess is scored
// ("A: 0.32 away · right minimum (M2)") with a total. Re-rendered only when playback stops or outcomes change.
import { guessResults, revealDone, totalText } from '../../state/predictResults';
import { usePredict } from '../../state/predictStore';
import { simulation } from '../../state/simulation';
import { useDownhill } from '../../state/store';

export function RevealResults() {
  const guesses = usePredict((s) => s.guesses);
  const starts = useDownhill((s) => s.scenario.starts);
  const playing = useDownhill((s) => s.playing);
  useDownhill((s) => s.outcomes);
  const done = !playing && revealDone(simulation);
  if (!done) {
    return <p className="hint" role="status">{playing ? 'Playing the paths from iteration 0… the scores appear when every path has finished.' : 'Press Play to let the paths finish; then each guess is scored.'}</p>;
  }
  const results = guessResults(simulation, starts, guesses);
  return (
    <div className="reveal-results" role="status">
      <h3>Results</h3>
      <ul aria-label="Results">
        {results.map((r) => <li key={r.label} className={r.score?.right ? 'right' : undefined}>{r.text}</li>)}
      </ul>
      <p className="reveal-total">{totalText(results)}</p>
    </div>
  );
}
