// The guess markers and letters, loaded when "Predict first" is first turned on (not needed on the first screen).
import { lazy, Suspense } from 'react';
import { usePredict } from '../../state/predictStore';

const GuessMarkers = lazy(() => import('./GuessMarkers').then((m) => ({ default: m.GuessMarkers })));

export function Guesses() {
  const on = usePredict((s) => s.on);
  return on ? <Suspense fallback={null}><GuessMarkers /></Suspense> : null;
}
