// What the live region says when paths finish: one sentence per path, or for many at once a count by where they ended.
import type { CriticalPoint } from '../core/types';
import type { Outcome } from '../state/store';

/** A path that has just finished, as the announcement needs it. `outcome.text` is read only when a sentence uses it. */
export interface FinishedPath {
  readonly label: string;
  readonly outcome: Outcome;
  /** Iterations taken. */
  readonly iterations: number;
  /** The known critical point it rests at (or, stopped at the limit, is near), if any. */
  readonly at: CriticalPoint | null;
}

/** More finished at once than this are counted, not named. */
export const NAMED_AT_MOST = 3;
/** Places named in a count; the rest are summed as "others". */
const GROUPS_AT_MOST = 4;

const n = (v: number): string => v.toLocaleString('en-US');
const iterations = (t: number): string => `${n(t)} ${t === 1 ? 'iteration' : 'iterations'}`;

/** "minimum M2", "saddle point S1", "maximum X1": the words the table's outcome uses. Pure. */
function pointName(c: CriticalPoint): string {
  const label = c.label ?? '';
  switch (c.kind) {
    case 'min': return `minimum ${label}`;
    case 'max': return `maximum ${label}`;
    case 'saddle': return `saddle point ${label}`;
    default: { const never: never = c.kind; return String(never); }
  }
}

/** "Path B converged at minimum M2 after 17 iterations." and the like, for one path. Pure. */
export function pathSentence(p: FinishedPath): string {
  const who = `Path ${p.label}`;
  const { status } = p.outcome;
  switch (status) {
    case 'converged':
      return p.at ? `${who} converged at ${pointName(p.at)} after ${iterations(p.iterations)}.`
        : `${who} converged after ${iterations(p.iterations)}, not at a known critical point.`;
    case 'diverged': {
      // The table's words: "diverged at iteration 12 (…)", "stopped at iteration 3: the cost is not defined …", "the cost is not defined here".
      const text = p.outcome.text;
      return /^(diverged|stopped)/.test(text) ? `${who} ${text}.` : `${who}: ${text}.`;
    }
    case 'max-steps':
      return `${who} stopped at the limit after ${iterations(p.iterations)}${p.at ? `, near ${pointName(p.at)}` : ''}.`;
    case 'stalled':
      return `${who} stalled after ${iterations(p.iterations)}: the learning rate decayed to about 0.`;
    default: { const never: never = status; return String(never); }
  }
}

/** Where a path ended, as a count names it: "at M1", "diverged", "stopped at the limit". Pure. */
function place(p: FinishedPath): string {
  switch (p.outcome.status) {
    case 'converged': return p.at?.label ? `at ${p.at.label}` : 'converged elsewhere';
    case 'diverged': return 'diverged';
    case 'max-steps': return 'stopped at the limit';
    case 'stalled': return 'stalled';
    default: { const never: never = p.outcome.status; return String(never); }
  }
}

/**
 * Up to NAMED_AT_MOST paths: a sentence each ("Path B converged at minimum M2 after 17 iterations."); more: one
 * count by where they ended, most first ("12 paths finished: 9 at M1, 3 at M2."). Empty for none. Pure.
 */
export function announcement(fresh: readonly FinishedPath[]): string {
  if (fresh.length <= NAMED_AT_MOST) return fresh.map(pathSentence).join(' ');
  const counts = new Map<string, number>();
  for (const p of fresh) { const k = place(p); counts.set(k, (counts.get(k) ?? 0) + 1); }
  // Most first; a tie keeps the order of first appearance (Map order, and sort is stable).
  const groups = [...counts].sort((a, b) => b[1] - a[1]);
  const named = groups.slice(0, GROUPS_AT_MOST).map(([k, c]) => `${n(c)} ${k}`);
  const others = groups.slice(GROUPS_AT_MOST).reduce((s, [, c]) => s + c, 0);
  if (others > 0) named.push(`${n(others)} elsewhere`);
  return `${n(fresh.length)} paths finished: ${named.join(', ')}.`;
}
