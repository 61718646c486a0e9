// The reveal's results: each guessable start's guess scored against where its path ended, as plain sentences
// ("A: 0.32 away · right minimum (M2)") and a total. Read from the simulation at human speed (when a reveal ends).
import { scoreGuess, totalScore, type GuessScore } from '../core/descent/guessScore';
import type { CriticalPoint } from '../core/types';
import type { Guess } from './predictStore';
import { startLabel, type StartPoint } from './scenario';
import type { Simulation } from './simulation';
import { anyRunning } from './simulationClock';

export interface GuessResult {
  readonly label: string;
  /** Null when this start had no guess. */
  readonly score: GuessScore | null;
  readonly text: string;
}

/** Two decimals with a true minus sign. Pure. */
export const coord = (v: number): string => (Object.is(v, -0) ? 0 : v).toFixed(2).replace('-', '−');

/** "M2", or the point's coordinates when it has no label. Pure. */
const nameOf = (c: CriticalPoint): string => c.label ?? `(${coord(c.x)}, ${coord(c.y)})`;

/** True once a reveal has played out: the timeline live and every path finished. Pure. */
export const revealDone = (sim: Simulation): boolean => sim.cursor === null && sim.paths.length > 0 && !anyRunning(sim);

/** One sentence for a scored guess. Pure. */
export function resultText(label: string, s: GuessScore | null): string {
  if (s === null) return `${label}: no guess`;
  const away = Number.isFinite(s.distance) ? `${coord(s.distance)} away` : 'its path left the landscape';
  if (s.reached === null) return `${label}: ${away} · the path reached no known minimum`;
  if (s.right) return `${label}: ${away} · right minimum (${nameOf(s.reached)})`;
  const named = s.named === null ? 'no known point' : nameOf(s.named);
  return `${label}: ${away} · wrong minimum (guessed ${named}, reached ${nameOf(s.reached)})`;
}

/** Scores every ordinary start's guess against its path's end point in sim (starts and paths in the same order). Pure. */
export function guessResults(sim: Simulation, starts: readonly StartPoint[], guesses: Readonly<Record<number, Guess>>): GuessResult[] {
  const critical = sim.surface?.critical ?? [];
  const out: GuessResult[] = [];
  starts.forEach((p, i) => {
    if (p.member !== undefined) return;
    const path = sim.paths[i], g = guesses[p.id], label = startLabel(i);
    const score = g && path && path.startId === p.id ? scoreGuess(g.x, g.y, path.run.x, path.run.y, path.run.minimum, critical) : null;
    out.push({ label, score, text: resultText(label, score) });
  });
  return out;
}

/** "Total: 1.23 away over 3 guesses · 2 of 3 right minima". Pure. */
export function totalText(results: readonly GuessResult[]): string {
  const scores = results.flatMap((r) => (r.score ? [r.score] : []));
  if (scores.length === 0) return 'No guesses to score.';
  const t = totalScore(scores), n = scores.length;
  return `Total: ${coord(t.distance)} away over ${t.counted} ${t.counted === 1 ? 'guess' : 'guesses'} · ${t.right} of ${n} right ${n === 1 ? 'minimum' : 'minima'}`;
}
