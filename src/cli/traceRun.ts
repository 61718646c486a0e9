// The trace command's work: run the engine on a request and shape the JSON it prints.
import { advanceRun, createRun, TRAJ_STRIDE, type Run } from '../core/run';
import { resolveSurface, type SurfaceSpec } from '../core/surfaceSpec';
import type { CriticalPoint } from '../core/types';
import { parseTraceArgs, USAGE, UsageError, type TraceRequest } from './traceArgs';

export interface TraceOutput {
  surface: string;
  formula?: string;
  optimizer: string;
  lr: number;
  status: 'converged' | 'diverged' | 'max-steps';
  reason: string;
  steps: number;
  points: [number, number, number][];
  minimum?: { label: string; x: number; y: number; f: number; global: boolean };
  divergedAt?: number;
}

const specName = (s: SurfaceSpec): string =>
  s.kind === 'builtin' ? s.id : s.kind === 'formula' ? 'formula' : `regression:${s.dataset}`;

const fmt = (v: number): string => (v !== 0 && Math.abs(v) < 1e-3 ? v.toExponential() : String(v));

function reasonOf(run: Run): string {
  const tol = run.settings.tolerances;
  switch (run.reason) {
    case 'gradient': return `gradient norm below ${fmt(tol.grad)}`;
    case 'step': return `step below ${fmt(tol.step)}`;
    case 'cost': return `cost changed by less than ${fmt(tol.cost)}`;
    default: break;
  }
  if (run.status === 'diverged') return run.divergedAt === 0 ? 'the cost is not defined at the start' : `diverged at iteration ${run.divergedAt}: the next point was not finite or ran away`;
  return `reached the iteration limit of ${run.settings.maxSteps}`;
}

const minimumOf = (m: CriticalPoint): NonNullable<TraceOutput['minimum']> =>
  ({ label: m.label ?? '', x: m.x, y: m.y, f: m.f, global: m.global === true });

/** Runs a request to the end. Throws UsageError when the surface cannot be built or the start is unusable. */
export function trace(req: TraceRequest): TraceOutput {
  const res = resolveSurface(req.spec);
  if (!res.ok) throw new UsageError(res.message);
  const run = createRun(res.surface, req.start[0], req.start[1], req.settings, { keepTrajectory: !req.summary });
  if (run.divergedAt === 0) throw new UsageError(`the cost is not defined at the start (${req.start.join(', ')})`);
  while (run.status === 'running') advanceRun(run, 1 << 20);
  const points: [number, number, number][] = [];
  if (run.traj === null) points.push([run.x, run.y, run.f]);
  else for (let i = 0; i < run.count; i++) {
    const o = i * TRAJ_STRIDE;
    points.push([run.traj[o] as number, run.traj[o + 1] as number, run.traj[o + 2] as number]);
  }
  const out: TraceOutput = {
    surface: specName(req.spec),
    ...(req.spec.kind === 'formula' ? { formula: req.spec.text } : {}),
    optimizer: req.settings.optimizer.kind,
    lr: req.settings.lr,
    status: run.status === 'converged' || run.status === 'diverged' ? run.status : 'max-steps',
    reason: reasonOf(run),
    steps: run.t,
    points,
  };
  if (run.minimum) out.minimum = minimumOf(run.minimum);
  if (run.divergedAt !== null) out.divergedAt = run.divergedAt;
  return out;
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
