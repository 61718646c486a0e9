// The map's contour levels, labelled on their lines: at most one label per level, spread apart.
import { useMemo } from 'react';
import { levelLabelSpots } from '../../core/landscape/contours';
import { tickText } from '../Axes';
import { LabelLayer, type Label } from '../LabelLayer';
import { useLandscape } from '../LandscapeContext';
import { mapPlaneY } from './MapLandscape';

export function MapLevelLabels() {
  const { data } = useLandscape();
  const labels = useMemo((): Label[] => {
    const d = data.surface.domain, w = Math.max(d.xMax - d.xMin, d.yMax - d.yMin), y = mapPlaneY(data) + 0.02, fr = data.frame;
    return levelLabelSpots(data.contours, data.levels.length, d, 0.13 * w, 0.05 * w).map((p) => {
      const X = (p.x - fr.cx) * fr.s, Z = -(p.y - fr.cy) * fr.s;
      return { key: `l${p.level}`, text: tickText(data.levels[p.level] as number), className: 'level-label', at: (out) => { out.set(X, y, Z); return true; } };
    });
  }, [data]);

  return <LabelLayer labels={labels} name="levels" views={['map']} />;
}
