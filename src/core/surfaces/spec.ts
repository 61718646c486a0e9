// Naming a surface: a built-in id, a typed formula or a regression dataset, resolved to a Surface.
import { getDataset, isDatasetId } from './datasets';
import type { FormulaError } from '../formula';
import { createTypedSurface } from './formulaSurface';
import { createRegressionSurface } from './regression';
import { getSurface, surfaceIds } from './registry';
import type { Surface } from '../types';

export type SurfaceSpec =
  | { readonly kind: 'builtin'; readonly id: string }
  | { readonly kind: 'formula'; readonly text: string }
  | { readonly kind: 'regression'; readonly dataset: string };

export type SurfaceResult =
  | { readonly ok: true; readonly surface: Surface }
  | { readonly ok: false; readonly message: string; readonly formulaError?: FormulaError };

const regressionCache = new Map<string, Surface>();
const formulaCache = new Map<string, Surface>();
const FORMULA_CACHE_SIZE = 16;

/** The Surface a spec names, or a message saying why there is none. Pure (caches regression surfaces). */
export function resolveSurface(spec: SurfaceSpec): SurfaceResult {
  switch (spec.kind) {
    case 'builtin': {
      const s = getSurface(spec.id);
      return s ? { ok: true, surface: s } : { ok: false, message: `unknown surface '${spec.id}': use one of ${surfaceIds.join(', ')}` };
    }
    case 'formula': {
      const cached = formulaCache.get(spec.text);
      if (cached) return { ok: true, surface: cached };
      const r = createTypedSurface(spec.text);
      if (!r.ok) return r;
      // Keep a few recent formulas so every caller shares one Surface object per text.
      if (formulaCache.size >= FORMULA_CACHE_SIZE) formulaCache.delete(formulaCache.keys().next().value as string);
      formulaCache.set(spec.text, r.surface);
      return r;
    }
    case 'regression': {
      if (!isDatasetId(spec.dataset)) return { ok: false, message: `unknown dataset '${spec.dataset}'` };
      let s = regressionCache.get(spec.dataset);
      if (!s) { s = createRegressionSurface(getDataset(spec.dataset)); regressionCache.set(spec.dataset, s); }
      return { ok: true, surface: s };
    }
    default: { const never: never = spec; throw new Error(`unknown surface spec ${String(never)}`); }
  }
}
