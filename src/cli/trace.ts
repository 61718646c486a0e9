// npm run trace -- <options>: runs the engine headless and prints one JSON object (see README).
import { traceMain } from './traceRun';

const { code, stdout, stderr } = traceMain(process.argv.slice(2));
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = code;
