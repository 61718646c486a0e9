// Speaks each path's outcome once, when it happens, through a polite live region; many at once as one count.
import { useEffect, type RefObject } from 'react';
import { simulation } from '../../state/simulation';
import { startLabel } from '../../state/scenario';
import { useDownhill } from '../../state/store';
import { announcement, type FinishedPath } from '../pathAnnouncement';

/**
 * Least time between two announcements: a swarm's paths finish over many frames (outcomes are written every
 * 0.2 s), and a screen reader cut off five times a second says nothing; what finishes meanwhile is gathered.
 */
export const ANNOUNCE_GAP_MS = 1500;

/** Writes announcements into `live` (a polite status element) as outcomes appear in the store; clears it when they are cleared. */
export function useOutcomeAnnouncer(live: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let pending: FinishedPath[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = -Infinity;
    const flush = () => {
      timer = null;
      if (live.current && pending.length) { live.current.textContent = announcement(pending); last = performance.now(); }
      pending = [];
    };
    const unsubscribe = useDownhill.subscribe((state, prev) => {
      if (state.outcomes === prev.outcomes) return;
      // Outcomes cleared (a reset, a new surface, no paths): the last announcement no longer holds.
      if (Object.keys(state.outcomes).length === 0) { pending = []; if (live.current) live.current.textContent = ''; return; }
      const index = new Map(state.scenario.starts.map((s, i) => [s.id, i]));
      const runs = new Map(simulation.paths.map((p) => [p.startId, p.run]));
      for (const [key, o] of Object.entries(state.outcomes)) {
        const id = Number(key);
        const i = index.get(id);
        if (prev.outcomes[id] === o || i === undefined) continue;
        const run = runs.get(id);
        pending.push({ label: startLabel(i), outcome: o, iterations: run?.t ?? 0, at: run?.critical ?? null });
      }
      // Flips of one frame arrive as separate store writes: gather them, and keep announcements ANNOUNCE_GAP_MS apart.
      if (pending.length && timer === null) timer = setTimeout(flush, Math.max(0, last + ANNOUNCE_GAP_MS - performance.now()));
    });
    return () => { unsubscribe(); if (timer !== null) clearTimeout(timer); };
  }, [live]);
}
