// Placement of labels that must not hide one another (start letters): each stays on its anchor when it
// can, else moves to the nearest free spot on rings around the anchor (a fan), so starts at one point or
// nearby points all stay readable. Pure arithmetic on preallocated arrays: no allocation per call.

/** Candidate spots per ring: ring r has RING_STEPS × r spots, r = 1, 2, … */
const RING_STEPS = 6;
/** Rings tried before giving up (then the label stacks above everything placed so far). */
const MAX_RINGS = 8;

export interface LabelBoxes {
  /** Anchor of each label (its wanted centre), in pixels. */
  readonly ax: Float32Array;
  readonly ay: Float32Array;
  /** Width and height of each label's box, in pixels. */
  readonly w: Float32Array;
  readonly h: Float32Array;
  /** 1 where the label is shown; hidden labels are neither placed nor avoided. */
  readonly shown: Uint8Array;
  /** Where each label's centre goes (written). */
  readonly x: Float32Array;
  readonly y: Float32Array;
}

/** Preallocated boxes for n labels. */
export function createLabelBoxes(n: number): LabelBoxes {
  return {
    ax: new Float32Array(n), ay: new Float32Array(n), w: new Float32Array(n), h: new Float32Array(n),
    shown: new Uint8Array(n), x: new Float32Array(n), y: new Float32Array(n),
  };
}

/** Whether label i centred at (x, y) overlaps (or comes within gap px of) any of labels 0 … placed − 1. */
function collides(b: LabelBoxes, placed: number, i: number, x: number, y: number, gap: number): boolean {
  for (let j = 0; j < placed; j++) {
    if (b.shown[j] === 0) continue;
    if (Math.abs(b.x[j]! - x) < (b.w[i]! + b.w[j]!) / 2 + gap && Math.abs(b.y[j]! - y) < (b.h[i]! + b.h[j]!) / 2 + gap) return true;
  }
  return false;
}

/**
 * Places the first n labels in index order (earlier labels keep their anchors first): each at its anchor
 * if free, else at the first free spot on rings of growing radius around it, starting straight above; a
 * label that finds none is stacked above every label placed before it. Writes b.x, b.y. Mutates b only.
 */
export function placeLabels(b: LabelBoxes, n: number, gap = 1): void {
  for (let i = 0; i < n; i++) {
    const ax = b.ax[i]!, ay = b.ay[i]!;
    b.x[i] = ax; b.y[i] = ay;
    if (b.shown[i] === 0 || !collides(b, i, i, ax, ay, gap)) continue;
    const step = Math.max(b.w[i]!, b.h[i]!) + gap;
    let found = false;
    for (let r = 1; r <= MAX_RINGS && !found; r++) {
      const spots = RING_STEPS * r;
      for (let s = 0; s < spots; s++) {
        // Start straight above the anchor and alternate right and left of it, so a fan stays balanced.
        const k = (s + 1) >> 1, side = s % 2 === 1 ? 1 : -1;
        const angle = -Math.PI / 2 + side * (2 * Math.PI * k) / spots;
        const x = ax + Math.cos(angle) * step * r * 1.1, y = ay + Math.sin(angle) * step * r;
        if (!collides(b, i, i, x, y, gap)) { b.x[i] = x; b.y[i] = y; found = true; break; }
      }
    }
    if (!found) {
      let top = ay;
      for (let j = 0; j < i; j++) if (b.shown[j] === 1) top = Math.min(top, b.y[j]! - (b.h[j]! + b.h[i]!) / 2 - gap);
      b.y[i] = top;
    }
  }
}
