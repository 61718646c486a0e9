// "Export CSV": one row per iterate (path, iteration, x, y, f, grad_norm, lr), numbers in JavaScript's shortest
// round-trip form (they read back as the same doubles). Written in slices so a large scene never blocks the page.
import { learningRateAt, type Schedule } from '../../core/descent/schedules';
import { TRAJ_STRIDE } from '../../core/descent/run';

export const CSV_HEADER = 'path,iteration,x,y,f,grad_norm,lr\n';

/** One path's points as they stood when the export began (a running path keeps its buffer; count fixes the end). */
export interface CsvPath {
  readonly label: string;
  /** x, y, f, ‖∇f‖ per point (TRAJ_STRIDE apart). */
  readonly traj: Float64Array | null;
  readonly count: number;
  readonly lr: number;
  readonly schedule: Schedule;
}

/** Rows in all: Σ count over the paths. Pure. */
export const csvRowCount = (paths: readonly CsvPath[]): number => paths.reduce((n, p) => n + (p.traj === null ? 0 : p.count), 0);

/**
 * Where a writer is: path index and point within it. lr of a row is the rate of the step that reached the point
 * (η_{t−1} for iteration t, schedules included); the start, reached by no step, has none.
 */
export interface CsvCursor { path: number; point: number }

/** Appends rows from cursor until maxRows are written or the paths end; returns the text and advances cursor. Mutates cursor. */
export function csvSlice(paths: readonly CsvPath[], cursor: CsvCursor, maxRows: number): { text: string; rows: number } {
  const parts: string[] = [];
  let rows = 0;
  while (rows < maxRows && cursor.path < paths.length) {
    const p = paths[cursor.path]!;
    const tr = p.traj;
    if (tr === null || cursor.point >= p.count) { cursor.path++; cursor.point = 0; continue; }
    const constant = p.schedule.kind === 'constant';
    const end = Math.min(p.count, cursor.point + (maxRows - rows));
    for (let i = cursor.point; i < end; i++) {
      const o = i * TRAJ_STRIDE;
      const lr = i === 0 ? '' : String(constant ? p.lr : learningRateAt(p.lr, p.schedule, i - 1));
      parts.push(`${p.label},${i},${tr[o]},${tr[o + 1]},${tr[o + 2]},${tr[o + 3]},${lr}\n`);
    }
    rows += end - cursor.point;
    cursor.point = end;
  }
  return { text: parts.join(''), rows };
}

/** Rows per slice between checks of the clock: small enough that one slice stays well under a frame. */
export const ROWS_PER_SLICE = 2000;

/**
 * The whole CSV as a Blob, written in slices of about budgetMs each, yielding to the page between them and
 * reporting progress (rows done, rows in all). Each slice becomes a Blob at once, so the final Blob copies nothing.
 */
export async function csvBlob(
  paths: readonly CsvPath[], onProgress: (done: number, total: number) => void, yieldToPage: () => Promise<void>,
  now: () => number, budgetMs = 12,
): Promise<Blob> {
  const total = csvRowCount(paths), cursor: CsvCursor = { path: 0, point: 0 }, blobs: Blob[] = [new Blob([CSV_HEADER])];
  let done = 0, more = total > 0;
  while (more) {
    const start = now();
    do {
      const { text, rows } = csvSlice(paths, cursor, ROWS_PER_SLICE);
      more = rows > 0 && done + rows < total;
      if (rows > 0) blobs.push(new Blob([text]));
      done += rows;
    } while (more && now() - start < budgetMs);
    onProgress(done, total);
    if (more) await yieldToPage();
  }
  return new Blob(blobs, { type: 'text/csv' });
}
