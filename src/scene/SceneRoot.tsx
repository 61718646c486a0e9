// Everything inside the canvas: resolves the surface, shares the landscape, mounts the layers.
import { useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Mesh } from 'three';
import { surfaceFor } from '../state/currentSurface';
import { previewedSurface, subscribeDataPreview } from '../state/dataPreview';
import { getSurface } from '../core/surfaces/registry';
import { useDownhill } from '../state/store';
import { buildLandscapeData, withZScale } from './landscapeData';
import { LandscapeContext } from './LandscapeContext';
import { createViews, ViewsContext, type Views } from './map/views';

/** views: where the 3D view and the map are drawn (the Lab's, shared with its pointer events); a fresh 3D-only set if absent. */
export function SceneRoot({ children, resolution, views }: { children: ReactNode; resolution?: number; views?: Views }) {
  const shownViews = useMemo(() => views ?? createViews(), [views]);
  const spec = useDownhill((s) => s.scenario.surface);
  const zScale = useDownhill((s) => s.scenario.zScale);
  // While a data point is dragged, the landscape follows the previewed data (no store write per move).
  const preview = useSyncExternalStore(subscribeDataPreview, previewedSurface);
  const committed = useMemo(() => {
    const r = surfaceFor(spec);
    return r.ok ? r.surface : (getSurface('himmelblau') as NonNullable<ReturnType<typeof getSurface>>);
  }, [spec]);
  // The previewed cost over the committed domain: the landscape's frame, axes and camera stay put during the drag.
  const surface = useMemo(() => (preview === null || preview === committed ? committed : { ...preview, domain: committed.domain }), [committed, preview]);
  const base = useMemo(() => buildLandscapeData(surface, 1, resolution), [surface, resolution]);
  const data = useMemo(() => withZScale(base, zScale), [base, zScale]);
  const meshRef = useRef<Mesh | null>(null);
  const value = useMemo(() => ({ data, meshRef }), [data]);
  return (
    <ViewsContext.Provider value={shownViews}>
      <LandscapeContext.Provider value={value}>{children}</LandscapeContext.Provider>
    </ViewsContext.Provider>
  );
}
