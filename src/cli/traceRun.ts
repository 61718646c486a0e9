// The trace command's work: run the engine on a request and write the trace format
// (core/descent/traceFormat.ts) as it goes, so memory does not grow with the number of steps.
import { advanceRun, createRun, type Run } from '../core/descent/run';
import { traceOf, type TraceOutput } from '../core/descent/traceFormat';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseData } from '../core/data/parseData';
import { resolveSurface } from '../core/surfaces/spec';
import { parseTraceArgs, USAGE, UsageError, type TraceRequest } from './traceArgs';

export type { TraceOutput } from '../core/descent/traceFormat';

/**
 * The request with --data's file read into the spec's points; UsageError (one line) naming the file's first bad
 * line and its problem, or why the file cannot be read. Reads the file system.
 */
export function withDataFile(req: TraceRequest): TraceRequest {
  if (req.dataFile === undefined || req.spec.kind !== 'regression') return req;
  const file = req.dataFile;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--data ${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const parsed = parseData(text);
  const first = parsed.problems[0];
  if (first !== undefined) {
    const more = parsed.problems.length - 1;
    throw new UsageError(`--data ${file}: ${first.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`);
  }
  const name = basename(file);
  const points = { xs: parsed.xs, ys: parsed.ys, name, ...(parsed.header === null ? {} : { xLabel: parsed.header[0], yLabel: parsed.header[1] }) };
  return { ...req, spec: { ...req.spec, points } };
}

/** Builds the run of a request (at its start). Throws UsageError when the surface cannot be built or the start is unusable. */
function startRun(req: TraceRequest): Run {
  const res = resolveSurface(req.spec);
  if (!res.ok) throw new UsageError(res.message);
  // Points are written as they are made, so the run itself keeps none.
  const run = createRun(res.surface, req.start[0], req.start[1], req.settings, { keepTrajectory: false });
  if (run.divergedAt === 0) {
    const what = run.fault === 'no-gradient' ? 'the gradient is not defined' : run.fault === 'runaway' ? 'the cost is infinite' : 'the cost is not defined';
    throw new UsageError(`${what} at the start (${req.start.join(', ')})`);
  }
  return run;
}

const point = (run: Run): string => `[${run.x},${run.y},${run.f}]`;

/**
 * The JSON text of the trace in pieces: the header, each point as it is made, then the outcome.
 * JSON.parse of the concatenation equals traceOf's object. Constant memory whatever the number of steps.
 */
export function* traceText(request: TraceRequest): Generator<string, void, void> {
  const req = withDataFile(request);
  const run = startRun(req);
  const { spec } = req;
  const first = traceOf(run, spec);
  const head: Partial<TraceOutput> = {
    surface: first.surface, ...(spec.kind === 'formula' ? { formula: spec.text } : {}),
    ...(first.regression === undefined ? {} : { regression: first.regression }),
    optimizer: run.settings.optimizer.kind, lr: run.settings.lr,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"points":[`;
  if (!req.summary) yield point(run);
  while (run.status === 'running') {
    if (req.summary) { advanceRun(run, 1 << 20); continue; }
    // A refused step (divergence) counts as done but stores no point: write only points the run took.
    const before = run.t;
    advanceRun(run, 1);
    if (run.t > before) yield `,${point(run)}`;
  }
  if (req.summary) yield point(run);
  const { surface: _s, formula: _f, regression: _r, optimizer: _o, lr: _l, points: _p, ...tail } = traceOf(run, spec);
  yield `],${JSON.stringify(tail).slice(1)}\n`;
}

/** Writes an error message on one line: control characters (newlines, bells, …) shown as \xNN or \u{…}. Pure. */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => {
    const n = c.codePointAt(0) ?? 0;
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
  });
}

/** Thrown by a writer when the output cannot be written; `code` is the system's name for why (ENOSPC, EPIPE, …). */
export class OutputError extends Error {
  constructor(readonly code: string) {
    super(`cannot write output: ${code}`);
    this.name = 'OutputError';
  }
}

/** Exit codes: 0 done, 2 a refused request or output that cannot be written, 3 an internal error (a bug). Never 1. */
export const EXIT = { ok: 0, refused: 2, internal: 3 } as const;

/**
 * The whole command: writes the trace through `write` (in pieces), then calls `end` to flush, and
 * returns the exit code and the one-line message for stderr. A reader that has gone (EPIPE, as after
 * `| head`) ends the command quietly with 0, as Unix filters do; any other write failure is one line
 * and 2; anything unexpected is one line and 3. Never throws.
 */
export function runTrace(
  argv: readonly string[], write: (chunk: string) => void, end: () => void = () => {},
): { code: number; stderr: string } {
  try {
    const req = parseTraceArgs(argv);
    if (req === 'help') write(`${USAGE}\n`);
    // The first piece builds the run, so a refused request writes nothing to stdout.
    else for (const piece of traceText(req)) write(piece);
    end();
    return { code: EXIT.ok, stderr: '' };
  } catch (e) {
    if (e instanceof UsageError) return { code: EXIT.refused, stderr: `trace: ${oneLine(e.message)}\n` };
    if (e instanceof OutputError) {
      return e.code === 'EPIPE' ? { code: EXIT.ok, stderr: '' } : { code: EXIT.refused, stderr: `trace: ${oneLine(e.message)}\n` };
    }
    const message = e instanceof Error ? e.message : String(e);
    return { code: EXIT.internal, stderr: `trace: internal error: ${oneLine(message)}\n` };
  }
}

/** The command as a function with its output collected (for tests and small runs). Never throws. */
export function traceMain(argv: readonly string[]): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const { code, stderr } = runTrace(argv, (c) => { out.push(c); });
  return { code, stdout: code === 0 ? out.join('') : '', stderr };
}
