// What the paths table announces to screen readers when paths finish.
import type { Outcome } from '../state/store';

/** "Path B: converged at iteration 45, …" for up to three new outcomes, else a count by status. Pure. */
export function announcement(fresh: readonly [string, Outcome][]): string {
  if (fresh.length <= 3) return fresh.map(([label, o]) => `Path ${label}: ${o.text}.`).join(' ');
  const n = { converged: 0, diverged: 0, 'max-steps': 0, stalled: 0 };
  for (const [, o] of fresh) n[o.status]++;
  const parts = [
    n.converged ? `${n.converged} converged` : '',
    n.diverged ? `${n.diverged} diverged` : '',
    n['max-steps'] ? `${n['max-steps']} stopped at the limit` : '',
    n.stalled ? `${n.stalled} stalled (the learning rate decayed to about 0)` : '',
  ].filter((s) => s !== '');
  return `${fresh.length} paths finished: ${parts.join(', ')}.`;
}
