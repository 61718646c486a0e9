// Parsing the trace command's options into a scenario, with one clear message per mistake.
import { parseArgs } from 'node:util';
import { datasetIds } from '../core/surfaces/datasets';
import { isOptimizerKind, optimizerKinds, type OptimizerSettings } from '../core/descent/optimizers';
import type { Schedule } from '../core/descent/schedules';
import { createRunSettings, type RunSettings } from '../core/descent/settings';
import type { SurfaceSpec } from '../core/surfaces/spec';

export interface TraceRequest {
  readonly spec: SurfaceSpec;
  readonly start: readonly [number, number];
  readonly settings: RunSettings;
  readonly summary: boolean;
}

export class UsageError extends Error {}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number from option text, or a UsageError naming the option. Pure. */
export function parseNumber(name: string, text: string): number {
  const v = Number(text.trim());
  if (!NUMBER.test(text.trim()) || !Number.isFinite(v)) throw new UsageError(`--${name}: '${text}' is not a number`);
  return v;
}

function inRange(name: string, v: number, lo: number, hi: number, hiOpen = true): number {
  if (v < lo || (hiOpen ? v >= hi : v > hi)) throw new UsageError(`--${name} must be in [${lo}, ${hi}${hiOpen ? ')' : ']'}, got ${v}`);
  return v;
}

function positive(name: string, v: number): number {
  if (!(v > 0)) throw new UsageError(`--${name} must be positive, got ${v}`);
  return v;
}

function integer(name: string, text: string, min: number): number {
  const v = parseNumber(name, text);
  if (!Number.isInteger(v) || v < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got '${text}'`);
  return v;
}

/** "step:100,0.5", "exponential:0.99", "cosine:1000[,0.1]" or "constant". Pure. */
export function parseSchedule(text: string): Schedule {
  const [name, rest = ''] = text.split(':', 2) as [string, string?];
  const args = rest === '' ? [] : rest.split(',');
  const num = (i: number, fallback: number) => (args[i] === undefined ? fallback : parseNumber('schedule', args[i]));
  switch (name) {
    case 'constant': return { kind: 'constant' };
    case 'step': return { kind: 'step', every: integer('schedule', String(num(0, 100)), 1), factor: positive('schedule', num(1, 0.5)) };
    case 'exponential': return { kind: 'exponential', gamma: positive('schedule', num(0, 0.99)) };
    case 'cosine': return { kind: 'cosine', period: integer('schedule', String(num(0, 1000)), 1), minFactor: inRange('schedule', num(1, 0), 0, 1, false) };
    default: throw new UsageError(`--schedule: unknown schedule '${name}': use constant, step:every,factor, exponential:gamma or cosine:period[,minFactor]`);
  }
}

const OPTIONS = {
  surface: { type: 'string' }, formula: { type: 'string' }, regression: { type: 'string' },
  optimizer: { type: 'string' }, lr: { type: 'string' }, start: { type: 'string' }, steps: { type: 'string' },
  momentum: { type: 'string' }, alpha: { type: 'string' }, beta1: { type: 'string' }, beta2: { type: 'string' },
  eps: { type: 'string' }, ascent: { type: 'boolean' }, sequential: { type: 'boolean' }, schedule: { type: 'string' },
  batch: { type: 'string' }, seed: { type: 'string' }, summary: { type: 'boolean' }, help: { type: 'boolean' },
} as const;

export const USAGE = `usage: npm run trace -- (--surface <id> | --formula "<f(x,y)>" | --regression <dataset>) --start <x>,<y>
  [--optimizer gd|momentum|nesterov|adagrad|rmsprop|adam] [--lr <η>] [--steps <n>]
  [--momentum <μ>] [--alpha <α>] [--beta1 <β₁>] [--beta2 <β₂>] [--eps <ε>]
  [--ascent] [--sequential] [--schedule constant|step:<every>,<factor>|exponential:<γ>|cosine:<period>[,<minFactor>]]
  [--batch <k>] [--seed <s>] [--summary]
datasets: ${datasetIds.join(', ')}`;

/** Parses argv (without node and script) into a request; throws UsageError with one clear line. Pure. */
export function parseTraceArgs(argv: readonly string[]): TraceRequest | 'help' {
  // "--start -1,2" would read as a flag: join a value that starts with '-' and a digit or '.' to its option.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string, next = argv[i + 1];
    const name = a.startsWith('--') ? a.slice(2) : '';
    if (name in OPTIONS && OPTIONS[name as keyof typeof OPTIONS].type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      args.push(`${a}=${next}`);
      i++;
    } else args.push(a);
  }
  let values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0] ?? 'bad options');
  }
  if (values.help) return 'help';
  const sources = [values.surface, values.formula, values.regression].filter((v) => v !== undefined);
  if (sources.length !== 1) throw new UsageError('give exactly one of --surface <id>, --formula "<f(x,y)>" or --regression <dataset>');
  const spec: SurfaceSpec = values.surface !== undefined ? { kind: 'builtin', id: values.surface }
    : values.formula !== undefined ? { kind: 'formula', text: values.formula }
      : { kind: 'regression', dataset: values.regression as string };
  if (values.start === undefined) throw new UsageError('--start <x>,<y> is required');
  const parts = values.start.split(',');
  if (parts.length !== 2) throw new UsageError(`--start: expected <x>,<y>, got '${values.start}'`);
  const start = [parseNumber('start', parts[0] as string), parseNumber('start', parts[1] as string)] as const;
  const kind = values.optimizer ?? 'gd';
  if (!isOptimizerKind(kind)) throw new UsageError(`--optimizer: unknown optimizer '${kind}': use ${optimizerKinds.join(', ')}`);
  const num = (name: keyof typeof values, fallback: number) => {
    const t = values[name];
    return typeof t === 'string' ? parseNumber(name, t) : fallback;
  };
  const unit = (name: 'momentum' | 'alpha' | 'beta1' | 'beta2', fallback: number) => inRange(name, num(name, fallback), 0, 1);
  const eps = (fallback: number) => positive('eps', num('eps', fallback));
  let optimizer: OptimizerSettings;
  switch (kind) {
    case 'gd': optimizer = { kind }; break;
    case 'momentum': case 'nesterov': optimizer = { kind, momentum: unit('momentum', 0.9) }; break;
    case 'adagrad': optimizer = { kind, eps: eps(1e-10) }; break;
    case 'rmsprop': optimizer = { kind, alpha: unit('alpha', 0.99), eps: eps(1e-8) }; break;
    case 'adam': optimizer = { kind, beta1: unit('beta1', 0.9), beta2: unit('beta2', 0.999), eps: eps(1e-8) }; break;
    default: { const never: never = kind; throw new UsageError(`unknown optimizer ${String(never)}`); }
  }
  const settings = createRunSettings({
    lr: positive('lr', num('lr', 0.01)),
    optimizer,
    schedule: values.schedule === undefined ? { kind: 'constant' } : parseSchedule(values.schedule),
    ascent: values.ascent ?? false,
    sequential: values.sequential ?? false,
    maxSteps: values.steps === undefined ? 10_000 : integer('steps', values.steps, 0),
    batch: values.batch === undefined ? 0 : integer('batch', values.batch, 1),
    seed: values.seed === undefined ? 1 : integer('seed', values.seed, 0),
  });
  if (settings.batch > 0 && spec.kind !== 'regression') throw new UsageError('--batch only applies to --regression costs');
  return { spec, start, settings, summary: values.summary ?? false };
}
