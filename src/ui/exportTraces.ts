// Export JSON: every path (not only the rows shown) in the trace command's format, as a download, each
// with its letter and the settings it ran with, so a worksheet can name and reproduce it.
import type { SurfaceSpec } from '../core/surfaces/spec';
import { traceOf, type TraceOutput } from '../core/descent/traceFormat';
import type { RunSettings } from '../core/descent/settings';
import { startLabel } from '../state/scenario';
import { simulation } from '../state/simulation';

/** One exported path: its letter, the trace command's object, and the settings that produced it. */
export type ExportedPath = { path: string } & TraceOutput & {
  settings: Pick<RunSettings, 'optimizer' | 'schedule' | 'ascent' | 'sequential' | 'maxSteps' | 'batch' | 'seed'>;
};

/** Every path of the simulation as exported (in the table's order). Pure apart from reading the simulation. */
export function exportedPaths(spec: SurfaceSpec): ExportedPath[] {
  return simulation.paths.map((p) => {
    const { optimizer, schedule, ascent, sequential, maxSteps, batch, seed } = p.run.settings;
    return { path: startLabel(p.index), ...traceOf(p.run, spec), settings: { optimizer, schedule, ascent, sequential, maxSteps, batch, seed } };
  });
}

/** The file's text: a JSON array with one path per line (readable, and a tenth of the size of one number per line). Pure. */
export function exportText(paths: readonly ExportedPath[]): string {
  return paths.length === 0 ? '[]\n' : `[\n${paths.map((p) => JSON.stringify(p)).join(',\n')}\n]\n`;
}

/** Downloads every path as the trace command prints it, with its letter and settings. */
export function exportTraces(spec: SurfaceSpec): void {
  const url = URL.createObjectURL(new Blob([exportText(exportedPaths(spec))], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'downhill-paths.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
