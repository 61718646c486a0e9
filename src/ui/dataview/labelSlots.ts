// Decluttering for labels on a canvas: a label is drawn only where it overlaps none drawn before it.

export interface LabelSlots {
  /** Forgets every taken rectangle. */
  clear(): void;
  /** Takes the rectangle (x, y, w, h) if it overlaps none taken; returns whether it did. */
  take(x: number, y: number, w: number, h: number): boolean;
}

/** A reusable set of taken rectangles (a flat number list, kept between redraws). */
export function labelSlots(): LabelSlots {
  const r: number[] = [];
  return {
    clear() { r.length = 0; },
    take(x, y, w, h) {
      for (let i = 0; i < r.length; i += 4) {
        const ax = r[i] as number, ay = r[i + 1] as number, aw = r[i + 2] as number, ah = r[i + 3] as number;
        if (x < ax + aw && ax < x + w && y < ay + ah && ay < y + h) return false;
      }
      r.push(x, y, w, h);
      return true;
    },
  };
}
