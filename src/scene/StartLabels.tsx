// Letters A, B, C… beside the start handles, following them while dragged (only while few enough to read);
// starts at one point fan their letters out so none hides another. A swarm's members get no letters: the
// ordinary starts come first, so only they are labelled.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { paletteColor, paletteFor } from '../state/palette';
import { startCaption } from '../state/startCaption';
import { simulation } from '../state/simulation';
import { useDownhill } from '../state/store';
import { ordinaryCount } from '../state/swarm';
import { drawnCost, toScene } from './frame';
import { LabelLayer, type Label } from './LabelLayer';
import { useLandscape } from './LandscapeContext';

const LIMIT = 26;
const _a = [0, 0, 0];
const NONE: readonly string[] = [];

export function StartLabels() {
  const { data } = useLandscape();
  // The letter, and a path's own η and optimizer (fans, optimizer races), for ordinary starts only; re-rendered only when a text changes.
  const texts = useDownhill(useShallow((s) => {
    const n = ordinaryCount(s.scenario.starts);
    return n > LIMIT ? NONE : s.scenario.starts.slice(0, n).map(startCaption);
  }));
  // Projector mode's palette recolours the letters' borders.
  const projector = useDownhill((s) => s.scenario.projector);
  const labels = useMemo((): Label[] => texts.map((text, i) => ({
    key: String(i), text, className: 'start-label', color: paletteColor(paletteFor(projector), i),
    at: (out) => {
      const p = simulation.paths[i];
      if (!p) return false;
      // Where the cost is not finite the pin stands on the floor; so does its letter.
      toScene(data.frame, p.x0, p.y0, drawnCost(data.frame, data.surface.f(p.x0, p.y0)), 0.75, _a, 0);
      if (!Number.isFinite(_a[0]) || !Number.isFinite(_a[2])) return false;
      out.set(_a[0]!, _a[1]!, _a[2]!);
      return true;
    },
  })), [texts, data, projector]);
  return <LabelLayer labels={labels} name="starts" separate />;
}
