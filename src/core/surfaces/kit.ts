import type { CriticalKind, CriticalPoint, Domain, Surface } from '../types';

/** A square domain [-r, r]². Pure. */
export const square = (r: number): Domain => ({ xMin: -r, xMax: r, yMin: -r, yMax: r });

/** A critical point record. Pure. */
export function cp(kind: CriticalKind, x: number, y: number, f: number, global = false): CriticalPoint {
  return global ? { kind, x, y, f, global } : { kind, x, y, f };
}

/** Numbers minima M1, M2… (global first), maxima X1…, saddles S1… for labels in the scene. Pure. */
export function labelCritical(points: readonly CriticalPoint[]): CriticalPoint[] {
  const order: Record<CriticalKind, number> = { min: 0, saddle: 1, max: 2 };
  const prefix: Record<CriticalKind, string> = { min: 'M', saddle: 'S', max: 'X' };
  const sorted = [...points].sort((a, b) => order[a.kind] - order[b.kind] || a.f - b.f);
  const count: Record<CriticalKind, number> = { min: 0, saddle: 0, max: 0 };
  return sorted.map((p) => ({ ...p, label: `${prefix[p.kind]}${++count[p.kind]}` }));
}

type SurfaceDef = Omit<Surface, 'axes' | 'critical'> & {
  axes?: readonly [string, string];
  critical: readonly CriticalPoint[];
};

/** Completes a surface definition: default axes, labelled critical points. Pure. */
export function defineSurface(def: SurfaceDef): Surface {
  return { ...def, axes: def.axes ?? ['x', 'y'], critical: labelCritical(def.critical) };
}
