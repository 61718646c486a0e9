// The swarm's starts: generated from its count, arrangement and seed over the surface's domain (on the
// placement grid, as any pointer-placed start), and the rule that keeps a scenario's swarm honest.
import { arrange } from '../core/descent/arrangement';
import type { Domain } from '../core/types';
import { domainOf } from './link/readers';
import { placed } from './placement';
import { newStartId, type Scenario, type StartPoint, type SwarmSpec } from './scenario';

let cacheKey = '';
let cache: { xs: Float64Array; ys: Float64Array } | null = null;

/** The swarm's start coordinates over domain d (the last answer is reused for the same swarm and domain). */
export function swarmPoints(spec: SwarmSpec, d: Domain): { readonly xs: Float64Array; readonly ys: Float64Array } {
  const key = `${spec.count},${spec.arrangement},${spec.seed},${d.xMin},${d.xMax},${d.yMin},${d.yMax}`;
  if (key !== cacheKey || cache === null) {
    const { xs, ys } = arrange(spec.arrangement, spec.count, d, spec.seed);
    for (let k = 0; k < spec.count; k++) {
      const [x, y] = placed(d, xs[k] as number, ys[k] as number);
      xs[k] = x; ys[k] = y;
    }
    cache = { xs, ys };
    cacheKey = key;
  }
  return cache;
}

/** The swarm's members over domain d with fresh ids, leaving out those for which `keep` is false. */
export function swarmStarts(spec: SwarmSpec, d: Domain, keep: (member: number) => boolean = () => true): StartPoint[] {
  const { xs, ys } = swarmPoints(spec, d), out: StartPoint[] = [];
  for (let k = 0; k < spec.count; k++) if (keep(k)) out.push({ id: newStartId(), x: xs[k] as number, y: ys[k] as number, member: k });
  return out;
}

/** Number of starts before the first swarm member (in a kept scenario, the ordinary starts). Pure. */
export function ordinaryCount(starts: readonly StartPoint[]): number {
  const i = starts.findIndex((p) => p.member !== undefined);
  return i < 0 ? starts.length : i;
}

const plain = (p: StartPoint): StartPoint => {
  const { member: _m, ...rest } = p;
  return rest;
};

/**
 * The scenario with its swarm kept honest, so the link (count, arrangement, seed and the members left out)
 * reopens exactly these starts: a member that no longer sits where its swarm puts it, has its own settings
 * or repeats another member becomes an ordinary start; ordinary starts come first, members after in swarm
 * order; a swarm with no members left is gone. Returns s itself when nothing changes. Pure.
 */
export function withSwarmKept(s: Scenario): Scenario {
  const spec = s.swarm;
  const pts = spec === null ? null : swarmPoints(spec, domainOf(s.surface));
  const seen = new Set<number>();
  let changed = false, members = 0, inOrder = true, lastMember = -1;
  const starts = s.starts.map((p) => {
    const k = p.member;
    if (k === undefined) { if (lastMember >= 0) inOrder = false; return p; }
    const fits = pts !== null && spec !== null && k >= 0 && k < spec.count && !seen.has(k) && p.override === undefined
      && p.x === pts.xs[k] && p.y === pts.ys[k];
    if (!fits) { changed = true; return plain(p); }
    seen.add(k); members++;
    if (k < lastMember) inOrder = false;
    lastMember = k;
    return p;
  });
  if (!changed && inOrder && (spec === null || members > 0)) return s;
  const ordinary = starts.filter((p) => p.member === undefined);
  const kept = starts.filter((p) => p.member !== undefined).sort((a, b) => (a.member as number) - (b.member as number));
  return { ...s, starts: [...ordinary, ...kept], swarm: kept.length > 0 ? spec : null };
}
