// The landscape point under the pointer (map hover, 3D hover, or the last tap), for the data view to draw as a
// dashed line: "every point of this landscape is a line". Plain mutable data, written per pointer move by the
// scene's pointer handlers (never the store); the data view reads it after each frame.
import { simulation } from './simulation';

export interface DataProbe {
  /** Whether a point is shown. */
  active: boolean;
  /** The point in parameter space (w, b). */
  w: number;
  b: number;
  /** Bumped on every change, so readers redraw only when it moved. */
  version: number;
}

export const dataProbe: DataProbe = { active: false, w: 0, b: 0, version: 0 };

/** Shows the landscape point (w, b) on the data. Mutates dataProbe. */
export function showProbe(w: number, b: number): void {
  if (dataProbe.active && dataProbe.w === w && dataProbe.b === b) return;
  dataProbe.active = true; dataProbe.w = w; dataProbe.b = b; dataProbe.version++;
  // A frame, so the data view redraws (only a regression cost has a data view).
  if (simulation.spec?.kind === 'regression') simulation.requestFrame();
}

/** Hides the probe line. Mutates dataProbe. */
export function hideProbe(): void {
  if (!dataProbe.active) return;
  dataProbe.active = false; dataProbe.version++;
  if (simulation.spec?.kind === 'regression') simulation.requestFrame();
}
