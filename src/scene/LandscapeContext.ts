// Shares the landscape data and mesh with every scene component (for mapping and for raycasting drags).
import { createContext, useContext, type RefObject } from 'react';
import type { Mesh } from 'three';
import type { LandscapeData } from './landscapeData';

export interface LandscapeContextValue {
  readonly data: LandscapeData;
  readonly meshRef: RefObject<Mesh | null>;
}

export const LandscapeContext = createContext<LandscapeContextValue | null>(null);

/** The landscape in force; throws outside <SceneRoot>. */
export function useLandscape(): LandscapeContextValue {
  const v = useContext(LandscapeContext);
  if (v === null) throw new Error('useLandscape outside SceneRoot');
  return v;
}
