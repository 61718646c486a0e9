// Iterations and epochs of a mini-batch run: an epoch is m points' worth of gradients, so after t
// iterations of batch size k on m points the run has seen t·k/m epochs.

/** Epochs after t iterations with batch size `batch` (0, or ≥ m, is the full batch: k = m) on m points. Pure. */
export function epochsAt(t: number, batch: number, m: number): number {
  if (!(m > 0)) return 0;
  const k = batch <= 0 || batch >= m ? m : Math.max(1, Math.floor(batch));
  return (t * k) / m;
}
