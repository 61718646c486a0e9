// Export JSON: every path (not only the rows shown) in the trace command's format, as a download.
import type { SurfaceSpec } from '../core/surfaces/spec';
import { traceOf } from '../core/descent/traceFormat';
import { simulation } from '../state/simulation';

/** Downloads every path as the trace command prints it (an array of trace objects). */
export function exportTraces(spec: SurfaceSpec): void {
  const traces = simulation.paths.map((p) => traceOf(p.run, spec));
  const url = URL.createObjectURL(new Blob([JSON.stringify(traces, null, 1)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'downhill-paths.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
