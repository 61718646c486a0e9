// Everything inside the canvas: resolves the surface, shares the landscape, mounts the layers.
import { useMemo, useRef, type ReactNode } from 'react';
import type { Mesh } from 'three';
import { surfaceFor } from '../state/currentSurface';
import { getSurface } from '../core/surfaces/registry';
import { useDownhill } from '../state/store';
import { buildLandscapeData, withZScale } from './landscapeData';
import { LandscapeContext } from './LandscapeContext';

export function SceneRoot({ children, resolution }: { children: ReactNode; resolution?: number }) {
  const spec = useDownhill((s) => s.scenario.surface);
  const zScale = useDownhill((s) => s.scenario.zScale);
  const surface = useMemo(() => {
    const r = surfaceFor(spec);
    return r.ok ? r.surface : (getSurface('himmelblau') as NonNullable<ReturnType<typeof getSurface>>);
  }, [spec]);
  const base = useMemo(() => buildLandscapeData(surface, 1, resolution), [surface, resolution]);
  const data = useMemo(() => withZScale(base, zScale), [base, zScale]);
  const meshRef = useRef<Mesh | null>(null);
  const value = useMemo(() => ({ data, meshRef }), [data]);
  return <LandscapeContext.Provider value={value}>{children}</LandscapeContext.Provider>;
}
