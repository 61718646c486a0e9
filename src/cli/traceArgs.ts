// Parsing the trace command's options into a request, with one clear message per mistake. The numeric
// options, their ranges, defaults and help come from the settings catalog.
import { parseArgs } from 'node:util';
import { datasetIds } from '../core/surfaces/datasets';
import { isOptimizerKind, optimizerKinds, type OptimizerKind, type OptimizerSettings } from '../core/descent/optimizers';
import { constantSchedule, isScheduleKind, scheduleKinds, type Schedule } from '../core/descent/schedules';
import { createRunSettings, type RunSettings } from '../core/descent/settings';
import {
  hyperparameterKeys, hyperparameters, optimizerDefaults, paramsOf, scalarNames, scalarSettings, scheduleFrom,
  type HyperparameterKey, type SettingSpec,
} from '../core/descent/settingsCatalog';
import { HUBER_DELTA } from '../core/surfaces/regression';
import { CUSTOM_DATASET, type Loss, type RegressionModel, type SurfaceSpec } from '../core/surfaces/spec';

export interface TraceRequest {
  readonly spec: SurfaceSpec;
  /** --data: the file whose two columns are the regression's points (read by traceRun). */
  readonly dataFile?: string;
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

const fmt = (n: number): string => (Math.abs(n) >= 1e4 ? n.toLocaleString('en-US') : String(n));

/** Option text read as a value of `spec`: a (whole) number within its range (its CLI range when wider). Pure. */
export function parseSetting(option: string, spec: SettingSpec, text: string): number {
  const v = parseNumber(option, text);
  const max = spec.cliMax ?? spec.max;
  if ((spec.integer && !Number.isInteger(v)) || v < spec.min || v > max) {
    const kind = spec.integer ? 'a whole number' : 'a number';
    throw new UsageError(`--${option} (${spec.symbol}) must be ${kind} from ${fmt(spec.min)} to ${fmt(max)}, got '${text}'`);
  }
  return v;
}

/** "step:<step_size>,<gamma>", "exponential:<gamma>", "cosine:<T_max>[,<eta_min>]" or "constant". Pure. */
export function parseSchedule(text: string): Schedule {
  const colon = text.indexOf(':');
  const kind = colon < 0 ? text : text.slice(0, colon);
  if (!isScheduleKind(kind)) throw new UsageError(`--schedule: unknown schedule '${kind}': use ${scheduleForms().join(', ')}`);
  if (kind === 'constant') {
    if (colon >= 0) throw new UsageError('--schedule: constant takes no parameters');
    return constantSchedule;
  }
  const params = paramsOf(kind);
  const args = colon < 0 ? [] : text.slice(colon + 1).split(',');
  if (args.length > params.length) throw new UsageError(`--schedule: ${kind} takes ${params.length === 1 ? 'one parameter' : `${params.length} parameters`}: ${scheduleForm(kind)}`);
  return scheduleFrom(kind, args.map((a, i) => parseSetting('schedule', params[i]!, a)));
}

const scheduleForm = (kind: Exclude<Schedule['kind'], 'constant'>): string =>
  `${kind}:${paramsOf(kind).map((p) => `<${p.symbol}>`).join(',')}`;
const scheduleForms = (): string[] => scheduleKinds.map((k) => (k === 'constant' ? k : scheduleForm(k)));

/** Catalog settings the trace command takes, by option name. */
const NUMERIC: readonly (readonly [string, SettingSpec])[] = [
  ...scalarNames.flatMap((n) => { const s: SettingSpec = scalarSettings[n]; return s.cli === null ? [] : [[s.cli, s] as const]; }),
  ...hyperparameterKeys.map((k) => [hyperparameters[k].cli ?? k, hyperparameters[k]] as const),
];

const OPTIONS = {
  surface: { type: 'string' }, formula: { type: 'string' }, regression: { type: 'string' }, data: { type: 'string' },
  loss: { type: 'string' }, model: { type: 'string' }, standardize: { type: 'boolean' },
  optimizer: { type: 'string' }, start: { type: 'string' }, schedule: { type: 'string' },
  ascent: { type: 'boolean' }, sequential: { type: 'boolean' }, summary: { type: 'boolean' }, help: { type: 'boolean' },
  ...Object.fromEntries(NUMERIC.map(([name]) => [name, { type: 'string' }])),
} as const satisfies Record<string, { type: 'string' | 'boolean' }>;

const isStringOption = (name: string): boolean =>
  Object.hasOwn(OPTIONS, name) && (OPTIONS as Record<string, { type: string }>)[name]?.type === 'string';

const row = (left: string, right: string) => `  ${left.padEnd(30)} ${right}`;

/** The --help text, with every catalog setting's option, range, default and help. */
export const USAGE = [
  'usage: npm run trace -- (--surface <id> | --formula "<f(x,y)>" | --regression <dataset> | --data <file.csv>) --start <x>,<y> [options]',
  'Prints one JSON object: the path from the start (streamed, so any --steps fits in memory).',
  'options:',
  row('--optimizer <kind>', `${optimizerKinds.join(' | ')} (default gd)`),
  ...NUMERIC.map(([name, s]) => {
    const ds = 'defaults' in s ? Object.entries(s.defaults as Record<string, number>).map(([k, v]) => `${k} ${v}`).join(', ')
      : String((s as unknown as { default: number }).default);
    return row(`--${name} <${s.symbol}>`, `${s.label}: ${s.help}. ${fmt(s.min)} … ${fmt(s.cliMax ?? s.max)}${s.integer ? ', whole' : ''}; default ${ds}`);
  }),
  row('--schedule <kind:args>', `learning-rate schedule as torch.optim.lr_scheduler: ${scheduleForms().join(' | ')}`),
  ...scheduleKinds.flatMap((k) => (k === 'constant' ? [] : paramsOf(k).map((p) => row(`   ${k} <${p.symbol}>`, `${p.help}. ${fmt(p.min)} … ${fmt(p.max)}; default ${p.default}`)))),
  row('--ascent', 'gradient ascent: climb instead of descend'),
  row('--sequential', 'the sequential-update mistake: x first, then ∂f/∂y at the new x'),
  row('--summary', 'print only the final point'),
  row('--data <file.csv>', 'fit your own points: two numeric columns (comma, semicolon, tab or space separated, optional header)'),
  row('--loss <mse|mae|huber:δ>', 'the linear model\'s loss: mean squared (default), mean absolute, or Huber with its δ'),
  row('--model <linear|logistic>', 'the model: a line, or a sigmoid p = σ(w x + b) for 0/1 data (default: the dataset\'s own)'),
  row('--standardize', 'fit over x′ = (x − mean) / sd (population sd): the landscape is over (w′, b′)'),
  `datasets: ${datasetIds.join(', ')}`,
  'exit codes: 0 done (or the reader closed the pipe), 2 bad request or output that cannot be written, 3 internal error',
].join('\n');

/** Parses argv (without node and script) into a request; throws UsageError with one clear line. Pure. */
export function parseTraceArgs(argv: readonly string[]): TraceRequest | 'help' {
  // The word after an option that takes a value is that value, even when it begins with '-'
  // (--formula "-(x^2) - y^2", --start -1,2): join the two so parseArgs cannot mistake it for an option.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string, next = argv[i + 1];
    if (a.startsWith('--') && !a.includes('=') && isStringOption(a.slice(2)) && next !== undefined) {
      args.push(`${a}=${next}`);
      i++;
    } else args.push(a);
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0] ?? 'bad options');
  }
  const str = (name: string): string | undefined => { const v = values[name]; return typeof v === 'string' ? v : undefined; };
  if (values.help === true) return 'help';
  const sources = [str('surface'), str('formula'), str('regression'), str('data')].filter((v) => v !== undefined);
  if (sources.length !== 1) throw new UsageError('give exactly one of --surface <id>, --formula "<f(x,y)>", --regression <dataset> or --data <file.csv>');
  const surface = str('surface'), formula = str('formula'), regression = str('regression'), dataFile = str('data');
  const fit = readFitOptions(str('loss'), str('model'), values.standardize === true);
  const isRegression = regression !== undefined || dataFile !== undefined;
  if (!isRegression && Object.keys(fit).length > 0) throw new UsageError('--loss, --model and --standardize only apply to --regression or --data');
  const spec: SurfaceSpec = surface !== undefined ? { kind: 'builtin', id: surface }
    : formula !== undefined ? { kind: 'formula', text: formula }
      : { kind: 'regression', dataset: dataFile !== undefined ? CUSTOM_DATASET : regression ?? '', ...fit };
  const startText = str('start');
  if (startText === undefined) throw new UsageError('--start <x>,<y> is required');
  const parts = startText.split(',');
  if (parts.length !== 2) throw new UsageError(`--start: expected <x>,<y>, got '${startText}'`);
  const start = [parseNumber('start', parts[0] as string), parseNumber('start', parts[1] as string)] as const;
  const kind = str('optimizer') ?? 'gd';
  if (!isOptimizerKind(kind)) throw new UsageError(`--optimizer: unknown optimizer '${kind}': use ${optimizerKinds.join(', ')}`);
  const scalar = (name: 'lr' | 'maxSteps' | 'batch' | 'seed' | 'noise'): number => {
    const s = scalarSettings[name], text = str(s.cli);
    return text === undefined ? s.default : parseSetting(s.cli, s, text);
  };
  const settings = createRunSettings({
    lr: scalar('lr'),
    optimizer: readOptimizer(kind, str),
    schedule: str('schedule') === undefined ? constantSchedule : parseSchedule(str('schedule') as string),
    ascent: values.ascent === true,
    sequential: values.sequential === true,
    maxSteps: scalar('maxSteps'),
    batch: scalar('batch'),
    seed: scalar('seed'),
    noise: scalar('noise'),
  });
  if (settings.batch > 0 && spec.kind !== 'regression') throw new UsageError('--batch only applies to --regression or --data costs');
  return { spec, start, settings, summary: values.summary === true, ...(dataFile === undefined ? {} : { dataFile }) };
}

/** --loss, --model and --standardize as spec fields (only those given). Pure; throws UsageError. */
function readFitOptions(loss: string | undefined, model: string | undefined, standardize: boolean): { loss?: Loss; model?: RegressionModel; standardize?: true } {
  const out: { loss?: Loss; model?: RegressionModel; standardize?: true } = {};
  if (loss !== undefined) {
    if (loss === 'mse' || loss === 'mae') out.loss = { kind: loss };
    else if (loss.startsWith('huber:')) {
      const delta = parseNumber('loss', loss.slice(6));
      if (!(delta >= HUBER_DELTA.min && delta <= HUBER_DELTA.max)) throw new UsageError(`--loss huber:<δ>: δ must be from ${HUBER_DELTA.min} to ${HUBER_DELTA.max}, got '${loss.slice(6)}'`);
      out.loss = { kind: 'huber', delta };
    } else throw new UsageError(`--loss: unknown loss '${loss}': use mse, mae or huber:<δ>`);
  }
  if (model !== undefined) {
    if (model !== 'linear' && model !== 'logistic') throw new UsageError(`--model: unknown model '${model}': use linear or logistic`);
    out.model = model;
  }
  if (standardize) out.standardize = true;
  return out;
}

/** Optimizer `kind` with PyTorch's defaults and the hyperparameters given; one it does not have is a mistake. */
function readOptimizer(kind: OptimizerKind, str: (name: string) => string | undefined): OptimizerSettings {
  const o = optimizerDefaults(kind) as unknown as Record<string, number>;
  for (const k of hyperparameterKeys as HyperparameterKey[]) {
    const h = hyperparameters[k], name = h.cli ?? k, text = str(name);
    if (text === undefined) continue;
    if (!(k in o)) {
      const has = Object.keys(h.defaults).join(', ');
      throw new UsageError(`--${name} does not apply to --optimizer ${kind} (only to ${has})`);
    }
    o[k] = parseSetting(name, h, text);
  }
  return o as unknown as OptimizerSettings;
}
