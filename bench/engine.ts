// npm run bench: the engine's speed beside hand-written loops of the same maths, in one run.
import { computeBasinMap, gridStarts } from '../src/core/descent/basins';
import { createGridSample, gridNormals, sampleGrid } from '../src/core/landscape/grid';
import { createFormulaSurface } from '../src/core/formula';
import { defaultOptimizer } from '../src/core/descent/optimizers';
import { advanceRun, createRun } from '../src/core/descent/run';
import { createRunSettings } from '../src/core/descent/settings';
import { getSurface } from '../src/core/surfaces/registry';
import { advanceSwarm, createSwarm } from '../src/core/descent/swarm';
import { bestOf, fmt, row } from './harness';
import { handAdam, handBasins, handBasinsAtRest, handGd, handGrid, handSwarm } from './handLoops';
import { SMALL_STEP_FRACTION } from '../src/core/descent/step';
import { defaultTolerances } from '../src/core/descent/settings';

const himmelblau = getSurface('himmelblau')!;
const NO_STOP = { grad: 0, step: 0, cost: 0 };
const W = [44, 16, 16, 8, 8];
let sink = 0;

let quiet = true;

function rate(label: string, work: number, unit: string, engineMs: number, handMs: number, target: string, higherIsBetter = true): void {
  if (quiet) return;
  const ratio = higherIsBetter ? handMs / engineMs : engineMs / handMs;
  const show = (ms: number) => (unit === 'ms' ? `${ms.toFixed(1)} ms` : `${fmt((work / ms) * 1000)} ${unit}`);
  row([label, show(engineMs), show(handMs), `${ratio.toFixed(2)}×`, target], W);
}

/** Every case once; the first pass warms the JIT up and prints nothing. */
function pass(): void {
// One run, no trajectory kept (as `trace --summary`), 5 M iterations from a start that never converges with tolerances off.
const STEPS = 5_000_000;
for (const kind of ['gd', 'adam'] as const) {
  const settings = createRunSettings({ lr: kind === 'gd' ? 1e-4 : 1e-3, optimizer: defaultOptimizer(kind), maxSteps: STEPS, tolerances: NO_STOP });
  const engine = bestOf(3, () => { const r = createRun(himmelblau, -1, 0.5, settings, { keepTrajectory: false }); advanceRun(r, STEPS); sink += r.x; });
  const hand = bestOf(3, () => { sink += kind === 'gd' ? handGd(-1, 0.5, 1e-4, STEPS) : handAdam(-1, 0.5, 1e-3, STEPS); });
  rate(`one run, ${kind}, Himmelblau`, STEPS, 'it/s', engine, hand, '≥ 0.5×');
}

// One run keeping its whole trajectory (as the app does): 1 M iterations.
{
  const n = 1_000_000;
  const settings = createRunSettings({ lr: 1e-4, maxSteps: n, tolerances: NO_STOP });
  const engine = bestOf(3, () => { const r = createRun(himmelblau, -1, 0.5, settings); advanceRun(r, n); sink += r.x; });
  const hand = bestOf(3, () => { sink += handGd(-1, 0.5, 1e-4, n); });
  rate('one run, gd, with trajectory', n, 'it/s', engine, hand, '(info)');
}

// A swarm of 10,000 plain-descent runs, 200 iterations each.
{
  const N = 10_000, K = 200;
  const { xs, ys } = gridStarts(100, { xMin: -0.5, xMax: 0.5, yMin: -0.5, yMax: 0.5 });
  const settings = createRunSettings({ lr: 1e-4, maxSteps: K, tolerances: NO_STOP });
  const engine = bestOf(3, () => { const sw = createSwarm(himmelblau, xs, ys, settings); advanceSwarm(sw, K); sink += sw.x[0]!; });
  const hx = new Float64Array(N), hy = new Float64Array(N);
  const hand = bestOf(3, () => { hx.set(xs); hy.set(ys); handSwarm(hx, hy, 1e-4, K); sink += hx[0]!; });
  rate('swarm of 10,000 gd runs', N * K, 'it/s', engine, hand, '≥ 0.5×');
}

// A 256×256 basin map of Himmelblau, plain descent at η = 0.01, stopping when the step < 1e-6.
{
  const G = 256, settings = createRunSettings({ lr: 0.01, maxSteps: 2000, tolerances: { grad: 0, step: 1e-6, cost: 0 } });
  let job = computeBasinMap(himmelblau, settings, G);
  const engine = bestOf(7, () => { job = computeBasinMap(himmelblau, settings, G); });
  const labels = job.labels.filter((l) => l >= 0).length;
  const { xs, ys } = gridStarts(G, himmelblau.domain);
  const out = new Int16Array(G * G);
  const hand = bestOf(7, () => handBasins(xs, ys, 0.01, 1e-6, 2000, out));
  rate(`basin map 256² (${labels} reached a minimum)`, 0, 'ms', engine, hand, '≤ 2×', false);
}

// The same map with the default stopping rules: gradient, step, and the cost rule only at rest.
{
  const G = 256, settings = createRunSettings({ lr: 0.01, maxSteps: 2000 });
  let job = computeBasinMap(himmelblau, settings, G);
  const engine = bestOf(7, () => { job = computeBasinMap(himmelblau, settings, G); });
  const { xs, ys } = gridStarts(G, himmelblau.domain);
  const out = new Int16Array(G * G), t = defaultTolerances;
  const hand = bestOf(7, () => handBasinsAtRest(xs, ys, 0.01, t.grad, t.step, t.cost, SMALL_STEP_FRACTION * 5, 2000, out));
  const same = job.labels.every((l, i) => l === out[i]);
  rate(`basin map 256², default stopping${same ? '' : ' (LABELS DIFFER)'}`, 0, 'ms', engine, hand, '≤ 2×', false);
}

// Sampling 512×512 values and normals: built-in, typed formula, hand-written.
{
  const n = 512;
  const built = createGridSample(n, himmelblau.domain), normals = new Float32Array(3 * n * n);
  const builtMs = bestOf(5, () => { sampleGrid(himmelblau, built); gridNormals(built, 1, normals); });
  const res = createFormulaSurface('(x^2 + y - 11)^2 + (x + y^2 - 7)^2', himmelblau.domain);
  if (!res.ok) throw new Error(res.error.message);
  const formula = createGridSample(n, himmelblau.domain);
  const formulaMs = bestOf(5, () => { sampleGrid(res.surface, formula); gridNormals(formula, 1, normals); });
  const hf = new Float64Array(n * n), hgx = new Float64Array(n * n), hgy = new Float64Array(n * n);
  const handMs = bestOf(5, () => handGrid(n, hf, hgx, hgy, normals));
  rate('grid 512², built-in Himmelblau', n * n, 'pts/s', builtMs, handMs, '(info)');
  rate('grid 512², Himmelblau typed as a formula', n * n, 'pts/s', formulaMs, handMs, '(info)');
  if (!quiet) row(['  formula vs built-in', '', '', `${(builtMs / formulaMs).toFixed(2)}×`, '≥ 0.25×'], W);
}
}

pass();
quiet = false;
console.log(`Downhill engine benchmark · Node ${process.version} · ${new Date().toISOString()} · best of 3 after a warm-up pass`);
row(['case', 'engine', 'hand loop', 'ratio', 'target'], W);
pass();
if (sink === 42) console.log('');
