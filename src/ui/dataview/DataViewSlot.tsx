// Where the data view goes in the stage: loaded on demand (with its styles), only for a regression cost, so
// the first screen's JavaScript does not carry it.
import { lazy, Suspense } from 'react';
import { useDownhill } from '../../state/store';

const DataView = lazy(() => import('./DataView').then((m) => ({ default: m.DataView })));

export function DataViewSlot() {
  const isRegression = useDownhill((s) => s.scenario.surface.kind === 'regression');
  return isRegression ? <Suspense fallback={null}><DataView /></Suspense> : null;
}
