// Which parts of the shared path arrays belong to which path: each update appends one chunk (a run of
// segments and dots) per path that grew, so a replaced path's old data can be found and blanked alone.
// Typed arrays that grow by doubling: no allocation per frame once warm.

export interface PathChunks {
  /** Per chunk: first segment and dot, and how many of each. */
  segStart: Int32Array;
  segLen: Int32Array;
  dotStart: Int32Array;
  dotLen: Int32Array;
  /** Per chunk: the path's next chunk, or −1. */
  next: Int32Array;
  count: number;
  /** Per path (by index): its first and last chunk, or −1. */
  first: Int32Array;
  last: Int32Array;
  /** Segments and dots of blanked chunks: drawn as nothing, kept until the next full rebuild. */
  deadSegs: number;
  deadDots: number;
}

export function createPathChunks(): PathChunks {
  return {
    segStart: new Int32Array(256), segLen: new Int32Array(256), dotStart: new Int32Array(256), dotLen: new Int32Array(256),
    next: new Int32Array(256), count: 0, first: new Int32Array(64).fill(-1), last: new Int32Array(64).fill(-1), deadSegs: 0, deadDots: 0,
  };
}

function grown(a: Int32Array, size: number, fill = 0): Int32Array {
  if (a.length >= size) return a;
  const next = new Int32Array(Math.max(size, 2 * a.length)).fill(fill);
  next.set(a);
  return next;
}

/** Forgets every chunk and makes room for n paths, none owning anything (a full rebuild). Mutates c. */
export function resetChunks(c: PathChunks, n: number): void {
  c.count = 0; c.deadSegs = 0; c.deadDots = 0;
  c.first = grown(c.first, n, -1); c.last = grown(c.last, n, -1);
  c.first.fill(-1); c.last.fill(-1);
}

/** Makes room for paths up to index n − 1 (new paths own nothing). Mutates c. */
export function ensurePaths(c: PathChunks, n: number): void {
  c.first = grown(c.first, n, -1); c.last = grown(c.last, n, -1);
}

/**
 * Records that path i now also owns segments [seg, seg + segs) and dots [dot, dot + dots); extends its last
 * chunk when the new part follows it directly in both arrays. Mutates c.
 */
export function appendChunk(c: PathChunks, i: number, seg: number, segs: number, dot: number, dots: number): void {
  if (segs <= 0 && dots <= 0) return;
  const k = c.last[i]!;
  if (k >= 0 && c.segStart[k]! + c.segLen[k]! === seg && c.dotStart[k]! + c.dotLen[k]! === dot) {
    c.segLen[k] = c.segLen[k]! + segs; c.dotLen[k] = c.dotLen[k]! + dots;
    return;
  }
  const n = c.count;
  if (n >= c.next.length) {
    c.segStart = grown(c.segStart, n + 1); c.segLen = grown(c.segLen, n + 1); c.dotStart = grown(c.dotStart, n + 1);
    c.dotLen = grown(c.dotLen, n + 1); c.next = grown(c.next, n + 1);
  }
  c.segStart[n] = seg; c.segLen[n] = segs; c.dotStart[n] = dot; c.dotLen[n] = dots; c.next[n] = -1;
  if (k >= 0) c.next[k] = n; else c.first[i] = n;
  c.last[i] = n;
  c.count = n + 1;
}

/** Drops path i's chunks (after the caller blanked them), counting their space as dead. Mutates c. */
export function releasePath(c: PathChunks, i: number): void {
  for (let k = c.first[i]!; k >= 0; k = c.next[k]!) { c.deadSegs += c.segLen[k]!; c.deadDots += c.dotLen[k]!; }
  c.first[i] = -1; c.last[i] = -1;
}
