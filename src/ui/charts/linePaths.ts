// Which paths a chart draws as lines: the first few dozen and the selected one (on top); beyond that the
// band of every path stands for the others.

/** Paths drawn as lines at most (besides the selected one); as many as the table's first rows stay readable. */
export const MAX_LINES = 32;

/**
 * Positions of the paths drawn as lines, in drawing order: 0…max−1 without the selected one, then the
 * selected one (selected: its position, or −1). Mutates and returns out.
 */
export function linePositions(count: number, selected: number, max: number, out: number[]): number[] {
  out.length = 0;
  const n = Math.min(count, max);
  for (let i = 0; i < n; i++) if (i !== selected) out.push(i);
  if (selected >= 0 && selected < count) out.push(selected);
  return out;
}
