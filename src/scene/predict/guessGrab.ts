// Which guess marker a pointer grabs on the map: the nearest within reach (pixels), or null.
import { usePredict } from '../../state/predictStore';

/** The start id of the guess drawn nearest pixel (px, py) within `reach`, with toPixel mapping maths (x, y) into out. */
export function guessNear(toPixel: (x: number, y: number, out: number[]) => void, out: number[], px: number, py: number, reach: number): number | null {
  const { on, guesses } = usePredict.getState();
  if (!on) return null;
  let best: number | null = null, bestD = reach * reach;
  for (const [id, g] of Object.entries(guesses)) {
    toPixel(g.x, g.y, out);
    const d = (out[0]! - px) ** 2 + (out[1]! - py) ** 2;
    if (d <= bestD) { bestD = d; best = Number(id); }
  }
  return best;
}
