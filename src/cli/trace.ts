// npm run trace -- <options>: runs the engine headless and streams one JSON object to stdout (see README).
import { writeSync } from 'node:fs';
import { runTrace } from './traceRun';

const CHUNK = 1 << 16;
let buffer = '';

/** Writes all of text to fd, waiting out a non-blocking pipe that is full; ends quietly once the reader has gone. */
function writeAll(fd: number, text: string): void {
  let data = Buffer.from(text);
  while (data.length > 0) {
    try {
      data = data.subarray(writeSync(fd, data));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      else if (code === 'EPIPE') process.exit(0); // the reader has gone (e.g. | head): nothing more to do
      else throw e;
    }
  }
}

const { code, stderr } = runTrace(process.argv.slice(2), (chunk) => {
  buffer += chunk;
  if (buffer.length >= CHUNK) { writeAll(1, buffer); buffer = ''; }
});
if (code === 0) writeAll(1, buffer);
if (stderr) writeAll(2, stderr);
process.exitCode = code;
