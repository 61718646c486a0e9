// A typed formula as the app shows it: rejected if f is undefined on the whole view, otherwise with
// its critical points found numerically and notes on what could not be found or drawn.
import { createFormulaSurface, type FormulaError } from '../formula';
import type { Surface } from '../types';
import { findCriticalPoints } from './criticalPoints';

export type FormulaSurfaceResult =
  | { readonly ok: true; readonly surface: Surface }
  | { readonly ok: false; readonly message: string; readonly formulaError?: FormulaError };

/** Samples per side of the grid on which f is checked for being defined. */
export const DEFINED_GRID = 41;

/** The Surface for text with critical points and notes, or why it is refused. Pure. */
export function createTypedSurface(text: string): FormulaSurfaceResult {
  const r = createFormulaSurface(text);
  if (!r.ok) return { ok: false, message: `formula error: ${r.error.message}`, formulaError: r.error };
  const s = r.surface;
  const { nan, inf } = countUndefined(s);
  const total = DEFINED_GRID * DEFINED_GRID;
  if (nan + inf === total) {
    const what = nan === total ? 'defined' : 'finite';
    return { ok: false, message: `f is not ${what} anywhere in the view (checked on a ${DEFINED_GRID}×${DEFINED_GRID} grid)` };
  }
  const search = findCriticalPoints(s);
  const surface: Surface = {
    ...s,
    critical: search.points,
    ...(search.note !== null ? { criticalNote: search.note } : {}),
    ...(nan + inf > 0 ? { undefinedNote: undefinedNote(nan, inf, total) } : {}),
  };
  return { ok: true, surface };
}

// How many grid samples of f are NaN and how many ±∞.
function countUndefined(s: Surface): { nan: number; inf: number } {
  const d = s.domain, n = DEFINED_GRID;
  let nan = 0, inf = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = s.f(d.xMin + (i / (n - 1)) * (d.xMax - d.xMin), d.yMin + (j / (n - 1)) * (d.yMax - d.yMin));
      if (Number.isNaN(v)) nan++;
      else if (!Number.isFinite(v)) inf++;
    }
  }
  return { nan, inf };
}

// "f is undefined on 38% of the view; shown in dark red." (never 0% or 100% for a partial count).
function undefinedNote(nan: number, inf: number, total: number): string {
  const pct = Math.min(99, Math.max(1, Math.round((100 * (nan + inf)) / total)));
  const what = inf === 0 ? 'undefined' : nan === 0 ? 'infinite' : 'undefined or infinite';
  return `f is ${what} on ${pct}% of the view; shown in dark red.`;
}
