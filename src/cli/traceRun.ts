// The trace command's work: run the engine on a request and print the trace format (core/traceFormat.ts).
import { advanceRun, createRun } from '../core/descent/run';
import { resolveSurface } from '../core/surfaces/spec';
import { traceOf, type TraceOutput } from '../core/descent/traceFormat';
import { parseTraceArgs, USAGE, UsageError, type TraceRequest } from './traceArgs';

export type { TraceOutput } from '../core/descent/traceFormat';

/** Runs a request to the end. Throws UsageError when the surface cannot be built or the start is unusable. */
export function trace(req: TraceRequest): TraceOutput {
  const res = resolveSurface(req.spec);
  if (!res.ok) throw new UsageError(res.message);
  const run = createRun(res.surface, req.start[0], req.start[1], req.settings, { keepTrajectory: !req.summary });
  if (run.divergedAt === 0) throw new UsageError(`the cost is not defined at the start (${req.start.join(', ')})`);
  while (run.status === 'running') advanceRun(run, 1 << 20);
  return traceOf(run, req.spec);
}

/** The whole command as a function: exit code and what goes to stdout and stderr. Never throws. */
export function traceMain(argv: readonly string[]): { code: number; stdout: string; stderr: string } {
  try {
    const req = parseTraceArgs(argv);
    if (req === 'help') return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    return { code: 0, stdout: `${JSON.stringify(trace(req))}\n`, stderr: '' };
  } catch (e) {
    if (e instanceof UsageError) return { code: 2, stdout: '', stderr: `trace: ${e.message}\n` };
    return { code: 1, stdout: '', stderr: `trace: internal error: ${(e as Error).message}\n` };
  }
}
