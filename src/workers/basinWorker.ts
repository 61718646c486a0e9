// Computes basin maps off the main thread, in batches: progress after each batch, and a newer
// request cancels the one in flight.
import { advanceBasinJob, createBasinJob } from '../core/descent/basins';
import { resolveSurface } from '../core/surfaces/spec';
import type { BasinReply, BasinRequest } from './basinProtocol';

/** Iterations per batch at most (512 starts at the default limit): a newer request waits no longer than one batch. */
const BATCH_ITERATIONS = 512 * 2000;
let latest = -1;

const post = (m: BasinReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = (e: MessageEvent<BasinRequest>) => {
  const req = e.data;
  latest = req.id;
  const res = resolveSurface(req.spec);
  if (!res.ok) { post({ type: 'error', id: req.id, message: res.message }); return; }
  const job = createBasinJob(res.surface, req.settings, req.grid);
  const work = () => {
    if (req.id !== latest) return; // cancelled by a newer request
    const fraction = advanceBasinJob(job, Math.max(1, Math.floor(BATCH_ITERATIONS / Math.max(1, req.settings.maxSteps))));
    if (fraction < 1) {
      post({ type: 'progress', id: req.id, fraction });
      setTimeout(work, 0); // let a newer request in between batches
    } else {
      post({ type: 'done', id: req.id, labels: job.labels, grid: req.grid }, [job.labels.buffer]);
    }
  };
  work();
};
