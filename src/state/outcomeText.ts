// Plain-language status of a path, for the readouts and screen readers.
import type { Run } from '../core/run';

const n = (v: number): string => v.toLocaleString('en-US');

/** "converged at iteration 45, at minimum M2", "diverged at iteration 12", … Pure. */
export function outcomeText(run: Run): string {
  switch (run.status) {
    case 'running': return run.t === 0 ? 'ready' : 'running';
    case 'converged': {
      const at = run.minimum ? `, at minimum ${run.minimum.label ?? ''}${run.minimum.global ? ' (global)' : ' (local)'}` : ', not at a known minimum';
      const why = run.reason === 'cost' ? ' (cost stopped changing)' : run.reason === 'step' ? ' (steps became tiny)' : '';
      return `converged at iteration ${n(run.t)}${at}${why}`;
    }
    case 'diverged':
      return run.divergedAt === 0 ? 'the cost is not defined at this start' : `diverged at iteration ${n(run.divergedAt ?? run.t + 1)}`;
    case 'max-steps': return `stopped at the limit (${n(run.t)} iterations)${run.minimum ? `, near minimum ${run.minimum.label ?? ''}` : ''}`;
    default: { const never: never = run.status; return String(never); }
  }
}

/** The same, short enough for a table row whose iteration is shown beside it: "converged at M2 (global)". Pure. */
export function outcomeShort(run: Run): string {
  switch (run.status) {
    case 'converged':
      return run.minimum ? `converged at ${run.minimum.label ?? ''} (${run.minimum.global ? 'global' : 'local'})` : 'converged, not at a known minimum';
    case 'max-steps': return `stopped at the limit${run.minimum ? `, near ${run.minimum.label ?? ''}` : ''}`;
    default: return outcomeText(run);
  }
}
