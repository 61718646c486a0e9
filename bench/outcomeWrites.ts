// npx tsx bench/outcomeWrites.ts [old|new]: the cost of writing flipped statuses to the store during a run of
// 10,000 paths (a random swarm on Himmelblau, limit 199 by the points budget, 20 iterations/s at 60 frames/s),
// in Node. "old" writes each flip as it happens (one copy of the outcomes record per flip, as before the
// swarm); "new" is frameTick's batched, throttled write. A measurement, not a test.
import { addSwarm, clearOutcome, clearStarts, recordOutcome } from '../src/state/actions';
import { outcomeText } from '../src/state/outcomeText';
import { createDefaultScenario } from '../src/state/scenario';
import { advanceSimulation, anyRunning, createSimulation, simulation, takeFlips } from '../src/state/simulation';
import { frameTick, outcomeWrites, startSimulationSync } from '../src/state/simulationSync';
import { createInitialState, useDownhill } from '../src/state/store';

const mode = process.argv[2] === 'old' ? 'old' : 'new';
useDownhill.setState(createInitialState(createDefaultScenario()), true);
Object.assign(simulation, createSimulation());
const stop = startSimulationSync(() => {});
clearStarts();
addSwarm(10_000, 'random', 7);
useDownhill.setState({ playing: true, scenario: { ...useDownhill.getState().scenario, speed: 20 } });

let writes = 0, frames = 0, oldMs = 0, oldMax = 0;
const unsub = useDownhill.subscribe((s, p) => { if (s.outcomes !== p.outcomes) writes++; });
while (frames < 5000) {
  frames++;
  if (mode === 'old') {
    advanceSimulation(simulation, 1 / 60, 20);
    const t0 = performance.now();
    const flips = takeFlips(simulation);
    if (flips) for (const p of flips) { if (p.run.status === 'running') clearOutcome(p.startId); else recordOutcome(p.startId, { status: p.run.status, text: outcomeText(p.run) }); }
    const ms = performance.now() - t0;
    oldMs += ms; oldMax = Math.max(oldMax, ms);
    if (!anyRunning(simulation)) break;
  } else {
    frameTick(1 / 60);
    if (!useDownhill.getState().playing) break;
  }
}
unsub(); stop();
const ms = mode === 'old' ? oldMs : outcomeWrites.ms, max = mode === 'old' ? oldMax : outcomeWrites.maxMs;
console.log(`${mode}: ${simulation.paths.length} paths, limit ${useDownhill.getState().scenario.maxSteps}, ${frames} frames, ${writes} store writes of the outcomes, ${ms.toFixed(1)} ms writing in all, at most ${max.toFixed(1)} ms in one frame; ${Object.keys(useDownhill.getState().outcomes).length} outcomes at the end`);
