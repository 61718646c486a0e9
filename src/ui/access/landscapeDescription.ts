// The landscape in words, for a person who cannot see it: its name, domain, and its minima, saddles and maxima.
import type { CriticalKind, CriticalPoint, Surface } from '../../core/types';

/** At most this many points of one kind are named; the rest are counted (Rastrigin has 121 minima). */
const LISTED = 6;

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 4 → "four", 121 → "121". Pure. */
export const countWord = (n: number): string => WORDS[n] ?? String(n);

/** A number in 3 significant digits with a true minus sign: −2.81, 3, 182, 0.0739. Pure. */
export function spoken(v: number): string {
  const r = Number(v.toPrecision(3)) + 0;
  return r < 0 ? `−${String(-r)}` : String(r);
}

const NOUN: Readonly<Record<CriticalKind, readonly [string, string]>> = {
  min: ['minimum', 'minima'],
  saddle: ['saddle point', 'saddle points'],
  max: ['maximum', 'maxima'],
};

/** "(3, 2)". Pure. */
const at = (c: CriticalPoint): string => `(${spoken(c.x)}, ${spoken(c.y)})`;

/** Whether every point has the same height to 3 significant digits. Pure. */
const sameHeight = (ps: readonly CriticalPoint[]): boolean => ps.every((p) => spoken(p.f) === spoken(ps[0]!.f));

/** "four minima of equal height (f = 0), M1 at (3, 2), …" or "two minima: M1 at (…) with f = −1.03 (global), …". Pure. */
export function kindSentence(kind: CriticalKind, ps: readonly CriticalPoint[], cost: string): string {
  const [one, many] = NOUN[kind];
  // Lowest first for minima, highest first for maxima; saddles by height.
  const order = [...ps].sort((a, b) => (kind === 'max' ? b.f - a.f : a.f - b.f));
  // Two more would take no longer to say than their count: list them.
  const listed = order.length <= LISTED + 2 ? order : order.slice(0, LISTED);
  const equal = ps.length > 1 && sameHeight(ps);
  const name = (c: CriticalPoint): string => {
    const label = c.label ? `${c.label} at ` : 'at ';
    const height = equal ? '' : ` with ${cost} = ${spoken(c.f)}`;
    const scope = kind === 'min' && !equal && ps.length > 1 ? (c.global ? ' (global)' : ' (local)') : '';
    return `${label}${at(c)}${height}${scope}`;
  };
  const head = ps.length === 1 ? `one ${one}` : `${countWord(ps.length)} ${many}${equal ? ` of equal height (${cost} = ${spoken(ps[0]!.f)})` : ''}`;
  const rest = order.length - listed.length;
  const [lo, hi] = [spoken(order[listed.length]?.f ?? 0), spoken(order[order.length - 1]!.f)];
  const more = rest > 0 ? `; and ${countWord(rest)} more, with ${cost} ${lo === hi ? `= ${lo}` : `from ${lo} to ${hi}`}` : '';
  return `${head}: ${listed.map(name).join('; ')}${more}`;
}

/**
 * "Himmelblau, over x from −5 to 5 and y from −5 to 5. It has four minima of equal height (f = 0): M1 at (3, 2); …
 * four saddle points: …; and one maximum: X1 at (−0.271, −0.923) with f = 182." Pure.
 */
export function describeLandscape(s: Surface): string {
  const [ax, ay] = s.axes;
  const cost = ax === 'x' ? 'f' : 'J';
  const d = s.domain;
  const where = `${s.name}, over ${ax} from ${spoken(d.xMin)} to ${spoken(d.xMax)} and ${ay} from ${spoken(d.yMin)} to ${spoken(d.yMax)}.`;
  const kinds: readonly CriticalKind[] = ['min', 'saddle', 'max'];
  const parts = kinds
    .map((k) => ({ k, ps: s.critical.filter((c) => c.kind === k) }))
    .filter(({ ps }) => ps.length > 0)
    .map(({ k, ps }) => kindSentence(k, ps, cost));
  if (parts.length === 0) {
    return `${where} No minimum, saddle point or maximum is known in this view.${s.criticalNote ? ` ${s.criticalNote}` : ''}`;
  }
  const capital = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
  return `${where} It has ${parts[0]!}.${parts.slice(1).map((p) => ` ${capital(p)}.`).join('')}`;
}
