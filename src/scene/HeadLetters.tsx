// Projector mode's second cue besides colour: each path's letter rides at its head (where the timeline shows it),
// in a box bordered with the path's colour. A letter names the path as the table, charts and announcements do,
// so it needs no legend, and it reads at a distance where a dash pattern on a short or zig-zag path does not.
// DOM labels (LabelLayer): no draw call at all. Ordinary starts only, and only while few enough to read.
import { useMemo } from 'react';
import { TRAJ_STRIDE } from '../core/descent/run';
import { pathColor } from '../state/palette';
import { pathsHidden, usePredict } from '../state/predictStore';
import { startLabel } from '../state/scenario';
import { simulation } from '../state/simulation';
import { useDownhill } from '../state/store';
import { ordinaryCount } from '../state/swarm';
import { shownIndex } from '../state/timeline';
import { PATH_LIFT, drawnCost, toScene } from './frame';
import { LabelLayer, type Label } from './LabelLayer';
import { useLandscape } from './LandscapeContext';

const LIMIT = 26;
/** Height of a letter above its head's point (scene units): clear of the projector-sized ball. */
const ABOVE_HEAD = PATH_LIFT + 0.55;
const _a = [0, 0, 0];
const NONE: readonly Label[] = [];

export function HeadLetters() {
  const { data } = useLandscape();
  const on = useDownhill((s) => s.scenario.projector);
  const n = useDownhill((s) => ordinaryCount(s.scenario.starts));
  // While predicting, the heads are hidden: their letters would give the answer away.
  const hidden = usePredict(pathsHidden);
  const labels = useMemo((): readonly Label[] => (!on || hidden || n > LIMIT ? NONE : Array.from({ length: n }, (_, i) => ({
    key: String(i), text: startLabel(i), className: 'head-label', color: pathColor(i),
    at: (out) => {
      const p = simulation.paths[i];
      if (!p || p.run.count === 0) return false;
      const k = shownIndex(simulation, p), tr = p.run.traj;
      const o = TRAJ_STRIDE * k, stored = tr !== null && k >= 0;
      const x = stored ? tr[o]! : p.run.x, y = stored ? tr[o + 1]! : p.run.y, f = stored ? tr[o + 2]! : p.run.f;
      toScene(data.frame, x, y, drawnCost(data.frame, f), ABOVE_HEAD, _a, 0);
      if (!Number.isFinite(_a[0]) || !Number.isFinite(_a[1]) || !Number.isFinite(_a[2])) return false;
      out.set(_a[0]!, _a[1]!, _a[2]!);
      return true;
    },
  }))), [on, hidden, n, data]);
  return <LabelLayer labels={labels} name="heads" separate />;
}
