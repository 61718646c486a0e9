// The path's letter beside each guess marker (both views), following it while dragged.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { pathColor } from '../../state/palette';
import { guessShownAt, usePredict } from '../../state/predictStore';
import { startLabel } from '../../state/scenario';
import { useDownhill } from '../../state/store';
import { drawnCost, toScene } from '../frame';
import { LabelLayer, type Label } from '../LabelLayer';
import { useLandscape } from '../LandscapeContext';

const _xy = [0, 0];
const _a = [0, 0, 0];

export function GuessLabels() {
  const { data } = useLandscape();
  const guesses = usePredict((s) => s.guesses);
  // Ordinary starts by id and index (a swarm's members get no guesses).
  const ids = useDownhill(useShallow((s) => s.scenario.starts.map((p) => (p.member === undefined ? p.id : -1))));
  const labels = useMemo((): Label[] => ids.flatMap((id, i) => (id < 0 || !guesses[id] ? [] : [{
    key: `g${id}`, text: `${startLabel(i)}?`, className: 'guess-label', color: pathColor(i),
    at: (out) => {
      if (!guessShownAt(id, _xy)) return false;
      const x = _xy[0]!, y = _xy[1]!;
      toScene(data.frame, x, y, drawnCost(data.frame, data.surface.f(x, y)), 0.45, _a, 0);
      out.set(_a[0]!, _a[1]!, _a[2]!);
      return true;
    },
  }])), [ids, guesses, data]);
  return <LabelLayer labels={labels} name="guesses" />;
}
