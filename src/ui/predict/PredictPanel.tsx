// While "Predict first" is on: the guess for each start (placed on the landscape or typed), "Reveal", and after
// it the scores. Loaded on demand by PredictControls.
import { useShallow } from 'zustand/react/shallow';
import { guessAgain, reveal } from '../../state/predict';
import { usePredict } from '../../state/predictStore';
import { startLabel } from '../../state/scenario';
import { useDownhill } from '../../state/store';
import { GuessRow } from './GuessRow';
import { RevealResults } from './RevealResults';

/** Guess rows are listed for at most this many starts (the letters run out of room beyond). */
const MAX_ROWS = 26;

export function PredictPanel() {
  const phase = usePredict((s) => s.phase);
  const guesses = usePredict((s) => s.guesses);
  // Ordinary starts' ids, in order (a swarm's members get no guesses).
  const ids = useDownhill(useShallow((s) => s.scenario.starts.flatMap((p) => (p.member === undefined ? [p.id] : []))));
  if (phase === 'revealing') {
    return (
      <>
        <RevealResults />
        <button type="button" onClick={guessAgain}>Hide the paths and guess again</button>
      </>
    );
  }
  return (
    <>
      <p className="hint">Paths are hidden. Click or tap the landscape where you think each start ends (the selected start, else the next without a guess), drag a guess to move it, or type it.</p>
      <ul className="guess-list" aria-label="Guesses">
        {ids.slice(0, MAX_ROWS).map((id, i) => <GuessRow key={id} id={id} index={i} label={startLabel(i)} guess={guesses[id]} />)}
      </ul>
      {ids.length > MAX_ROWS && <p className="hint">Guesses are listed for the first {MAX_ROWS} starts; click the landscape for the others.</p>}
      <button type="button" className="primary" onClick={reveal}>Reveal</button>
    </>
  );
}
