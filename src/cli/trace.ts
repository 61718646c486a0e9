// npm run trace -- <options>: runs the engine headless and streams one JSON object to stdout (see README).
// Exit codes: 0 done (or the reader closed the pipe), 2 refused request or output that cannot be written, 3 internal error.
import { writeSync } from 'node:fs';
import { OutputError, runTrace } from './traceRun';

const CHUNK = 1 << 16;
let buffer = '';

/** Writes all of text to fd, waiting out a non-blocking pipe that is full. Throws OutputError when fd cannot take it. */
function writeAll(fd: number, text: string): void {
  let data = Buffer.from(text);
  while (data.length > 0) {
    try {
      data = data.subarray(writeSync(fd, data));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      else throw new OutputError(code ?? 'EIO');
    }
  }
}

const { code, stderr } = runTrace(
  process.argv.slice(2),
  (chunk) => {
    buffer += chunk;
    if (buffer.length >= CHUNK) { const text = buffer; buffer = ''; writeAll(1, text); }
  },
  () => { const text = buffer; buffer = ''; writeAll(1, text); },
);
// Nothing sensible is left to do when stderr itself cannot be written (2>/dev/full): keep the exit code.
try { if (stderr) writeAll(2, stderr); } catch { /* the exit code still says what happened */ }
process.exitCode = code;
