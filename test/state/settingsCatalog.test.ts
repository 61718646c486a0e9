// Walks the settings catalog: every entry round-trips through the link, is accepted by the trace
// command within its range (and refused outside it), and its slider reaches both ends it names.
import { describe, expect, it } from 'vitest';
import { defaultOptimizer, optimizerKinds, type OptimizerKind, type OptimizerSettings } from '../../src/core/descent/optimizers';
import { scheduleKinds } from '../../src/core/descent/schedules';
import {
  defaultSchedule, hyperparameterKeys, hyperparameters, hyperparametersOf, optimizerDefaults, paramsOf,
  scalarNames, scalarSettings, scheduleFrom, scheduleParams, type SettingSpec,
} from '../../src/core/descent/settingsCatalog';
import { parseTraceArgs, type TraceRequest } from '../../src/cli/traceArgs';
import { traceMain } from '../../src/cli/traceRun';
import { createDefaultScenario, type Scenario } from '../../src/state/scenario';
import { decodeScenario, encodeScenario } from '../../src/state/urlCodec';
import { positionOf, SLIDER_STEPS, valueAt } from '../../src/ui/logScale';

/** Values worth trying for a setting: both ends, the default(s) and one inside. */
function samples(s: SettingSpec, defaults: readonly number[]): number[] {
  const inside = s.integer ? Math.round((s.min + s.max) / 3) : s.scale === 'log' ? Math.sqrt(s.min * s.max) : s.min + (s.max - s.min) * 0.37;
  return [...new Set([s.min, s.max, inside, ...defaults])];
}

const roundTrip = (s: Scenario) => {
  const r = decodeScenario(encodeScenario(s));
  expect(r.notices).toEqual([]);
  return r.scenario;
};

const request = (argv: string[]): TraceRequest => {
  const r = parseTraceArgs(argv);
  if (r === 'help') throw new Error('help');
  return r;
};

/** A value one step outside the range (below the minimum when that is not 0 for a log scale, else above). */
const outside = (s: SettingSpec): string => String((s.cliMax ?? s.max) * 2 + 1);

describe('every scenario setting in the catalog', () => {
  for (const name of scalarNames) {
    const s = scalarSettings[name];
    it(`${name} (${s.label}): defaults in the store, round-trips through the link, accepted by the trace command`, () => {
      expect(createDefaultScenario()[name]).toBe(s.default);
      for (const v of samples(s, [s.default])) {
        expect(roundTrip({ ...createDefaultScenario(), [name]: v })[name], `${name} = ${v}`).toBe(v);
        if (s.cli === null) continue;
        const surface = name === 'batch' ? ['--regression', 'noisy-line'] : ['--surface', 'bowl'];
        const req = request([...surface, '--start', '1,1', `--${s.cli}`, String(v)]);
        expect(req.settings[name as 'lr' | 'maxSteps' | 'batch' | 'seed'], `--${s.cli} ${v}`).toBe(v);
      }
      if (s.cli !== null) {
        const r = traceMain(['--surface', 'bowl', '--start', '1,1', `--${s.cli}`, outside(s)]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(new RegExp(`^trace: --${s.cli} \\(`));
      }
    });
  }

  it('the trace command\'s defaults are the app\'s', () => {
    const req = request(['--surface', 'bowl', '--start', '1,1']);
    const d = createDefaultScenario();
    expect(req.settings).toMatchObject({ lr: d.lr, maxSteps: d.maxSteps, batch: d.batch, seed: d.seed, optimizer: d.optimizer, schedule: d.schedule });
    expect(d.maxSteps).toBe(2000);
  });
});

describe('every optimizer hyperparameter in the catalog', () => {
  it('has torch.optim\'s defaults for every optimizer (AdaGrad ε = 1e-10), which defaultOptimizer gives', () => {
    // Written out from PyTorch's documentation: SGD(momentum=0.9 as the app's choice), Adagrad(eps=1e-10),
    // RMSprop(alpha=0.99, eps=1e-8), Adam(betas=(0.9, 0.999), eps=1e-8).
    const torch: Record<OptimizerKind, OptimizerSettings> = {
      gd: { kind: 'gd' }, momentum: { kind: 'momentum', momentum: 0.9 }, nesterov: { kind: 'nesterov', momentum: 0.9 },
      adagrad: { kind: 'adagrad', eps: 1e-10 }, rmsprop: { kind: 'rmsprop', alpha: 0.99, eps: 1e-8 },
      adam: { kind: 'adam', beta1: 0.9, beta2: 0.999, eps: 1e-8 },
      newton: { kind: 'newton', damping: 0 }, // not torch.optim: pure Newton, undamped
    };
    for (const kind of optimizerKinds) {
      expect(optimizerDefaults(kind)).toEqual(torch[kind]);
      expect(defaultOptimizer(kind)).toEqual(torch[kind]);
    }
  });

  for (const key of hyperparameterKeys) {
    const h = hyperparameters[key];
    it(`${key} (${h.label}): round-trips shared and per path, accepted by --${h.cli}`, () => {
      for (const kind of Object.keys(h.defaults) as OptimizerKind[]) {
        expect(hyperparametersOf(kind)).toContain(key);
        for (const v of samples(h, [h.defaults[kind]!])) {
          const optimizer = { ...optimizerDefaults(kind), [key]: v } as OptimizerSettings;
          const sc: Scenario = { ...createDefaultScenario(), optimizer, starts: [{ id: 1, x: 1, y: 2, override: { optimizer } }] };
          const back = roundTrip(sc);
          expect(back.optimizer, `${kind}.${key} = ${v}`).toEqual(optimizer);
          expect(back.starts[0]!.override?.optimizer).toEqual(optimizer);
          const req = request(['--surface', 'bowl', '--start', '1,1', '--optimizer', kind, `--${h.cli}`, String(v)]);
          expect(req.settings.optimizer).toEqual(optimizer);
        }
        expect(traceMain(['--surface', 'bowl', '--start', '1,1', '--optimizer', kind, `--${h.cli}`, outside(h)]).code).toBe(2);
      }
    });
  }
});

describe('every schedule parameter in the catalog', () => {
  for (const p of scheduleParams) {
    it(`${p.schedule}.${p.key} (${p.label}): round-trips through the link and --schedule`, () => {
      const params = paramsOf(p.schedule), i = params.indexOf(p);
      for (const v of samples(p, [p.default])) {
        const args = params.map((q) => q.default);
        args[i] = v;
        const schedule = scheduleFrom(p.schedule, args);
        expect(roundTrip({ ...createDefaultScenario(), schedule }).schedule, `${p.key} = ${v}`).toEqual(schedule);
        const req = request(['--surface', 'bowl', '--start', '1,1', '--schedule', `${p.schedule}:${args.join(',')}`]);
        expect(req.settings.schedule).toEqual(schedule);
      }
    });
  }

  it('a schedule given without its parameters takes the catalog\'s defaults, in the app and the trace command', () => {
    for (const kind of scheduleKinds) {
      expect(request(['--surface', 'bowl', '--start', '1,1', '--schedule', kind]).settings.schedule).toEqual(defaultSchedule(kind));
      expect(decodeScenario(`sch=${kind}`).scenario.schedule).toEqual(defaultSchedule(kind));
    }
  });
});

describe('controls reach the ends they name', () => {
  const all: SettingSpec[] = [...scalarNames.map((n) => scalarSettings[n]), ...hyperparameterKeys.map((k) => hyperparameters[k]), ...scheduleParams];

  it('every log slider gives exactly its minimum and maximum at its two ends (speed reaches 5,000)', () => {
    for (const s of all.filter((x) => x.scale === 'log')) {
      expect(valueAt(s, 0), s.label).toBe(s.min);
      expect(valueAt(s, SLIDER_STEPS), s.label).toBe(s.max);
      expect(positionOf(s, s.max), s.label).toBe(SLIDER_STEPS);
      expect(positionOf(s, s.min), s.label).toBe(0);
      // Whole-number settings get whole numbers all along.
      if (s.integer) for (let p = 0; p <= SLIDER_STEPS; p += 37) expect(Number.isInteger(valueAt(s, p)), `${s.label} at ${p}`).toBe(true);
    }
    expect(valueAt(scalarSettings.speed, SLIDER_STEPS)).toBe(5000);
    expect(valueAt(scalarSettings.speed, SLIDER_STEPS - 1)).toBeLessThan(5000);
  });

  it('every linear slider\'s step divides its range, so the native range input reaches its maximum', () => {
    for (const s of all.filter((x) => x.scale === 'linear' && x.control === 'slider')) {
      const n = (s.max - s.min) / (s.step ?? NaN);
      expect(Math.abs(n - Math.round(n)), s.label).toBeLessThan(1e-6);
    }
  });

  it('control labels (accessible names) are unique', () => {
    const labels = all.map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
