// Choosing the landscape: a built-in surface, a regression cost or a typed formula.
import type { SurfaceSpec } from '../../core/surfaces/spec';
import { surfaceFor } from '../currentSurface';
import { pushNotice } from '../notices';
import { newStartId } from '../scenario';
import { useDownhill } from '../store';
import { suggestionFor } from '../suggestions';
import { edit } from './editing';

/** Switches to a built-in surface or a regression cost, with its suggested learning rate and starts. */
export function setSurface(spec: SurfaceSpec): void {
  const res = surfaceFor(spec);
  if (!res.ok) { pushNotice(res.message, 'warning'); return; }
  const sug = suggestionFor(res.surface);
  // The old outcomes and selection go in the same write: the paused simulation records the new outcomes right after it.
  edit((s) => ({
    ...s, surface: spec, lr: sug.lr, camera: null,
    starts: sug.starts.map(([x, y]) => ({ id: newStartId(), x, y })),
  }), { selected: null, outcomes: {} });
}

export function setFormulaDraft(text: string): void {
  useDownhill.setState({ formulaDraft: text });
}

/** Applies the formula box. A formula with an error changes nothing (the last good surface stays). */
export function applyFormula(): boolean {
  const text = useDownhill.getState().formulaDraft.trim();
  const res = surfaceFor({ kind: 'formula', text });
  if (!res.ok) return false;
  // The starts stay (so does the selection); their old outcomes go in the same write as the surface.
  edit((s) => ({ ...s, surface: { kind: 'formula', text }, camera: null }), { outcomes: {} });
  return true;
}
