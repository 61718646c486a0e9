// "Add starts": a swarm of starts over the landscape, as a grid or at random from a seed. The boxes hold
// text while typing; Add starts reads them, says what is wrong, and otherwise makes the swarm.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { isArrangement, type Arrangement } from '../../core/descent/arrangement';
import { scalarSettings } from '../../core/descent/settingsCatalog';
import { addSwarm } from '../../state/actions/swarmActions';
import { LIMITS } from '../../state/scenario';
import { useDownhill } from '../../state/store';
import './swarm.css';

/** text as a whole number within [min, max], or a sentence saying why not. Pure. */
export function readWhole(text: string, label: string, min: number, max: number): number | string {
  const v = /^\s*[-+]?\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(v)) return `${label}: '${text.slice(0, 24)}' is not a whole number.`;
  if (v < min || v > max) return `${label} is from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`;
  return v;
}

export function SwarmControls() {
  const id = useId();
  const initial = useDownhill.getState().scenario.swarm;
  const [count, setCount] = useState(String(initial?.count ?? LIMITS.swarm.default));
  const [arrangement, setArrangement] = useState<Arrangement>(initial?.arrangement ?? 'random');
  const [seed, setSeed] = useState(String(initial?.seed ?? 1));
  const [error, setError] = useState<string | null>(null);
  // A swarm made elsewhere (a link opened, another "Add starts") shows its own numbers.
  const swarm = useDownhill((s) => s.scenario.swarm);
  useEffect(() => {
    if (swarm === null) return;
    setCount(String(swarm.count)); setArrangement(swarm.arrangement); setSeed(String(swarm.seed));
  }, [swarm]);
  const seedRange = scalarSettings.seed;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = readWhole(count, 'Number of starts', LIMITS.swarm.min, LIMITS.swarm.max);
    const s = readWhole(seed, 'Seed', seedRange.min, seedRange.max);
    const problem = [n, s].filter((v): v is string => typeof v === 'string');
    setError(problem.length > 0 ? problem.join(' ') : null);
    if (typeof n === 'number' && typeof s === 'number') {
      addSwarm(n, arrangement, s);
      // The tally is the lesson's answer: bring it into sight (on a 1280 × 800 screen it sits below the charts).
      document.querySelector('section[aria-label="Outcomes"]')?.scrollIntoView({ block: 'nearest' });
    }
  };
  return (
    <form className="sw-controls" onSubmit={submit} aria-label="Swarm" aria-describedby={`${id}-e`}>
      <label className="sw-field"><span>Starts</span>
        <input type="text" inputMode="numeric" aria-label="Number of starts" value={count} aria-invalid={error?.startsWith('Number') === true}
          onChange={(e) => setCount(e.target.value)} />
      </label>
      <label className="sw-field"><span className="pt-sr-only">Arrangement</span>
        <select aria-label="Arrangement" value={arrangement} onChange={(e) => { if (isArrangement(e.target.value)) setArrangement(e.target.value); }}>
          <option value="grid">Grid</option>
          <option value="random">Random</option>
        </select>
      </label>
      <label className="sw-field"><span>Seed</span>
        <input type="text" inputMode="numeric" aria-label="Seed" value={seed} disabled={arrangement === 'grid'} aria-invalid={error?.includes('Seed') === true}
          title="The random arrangement's seed: the same seed gives the same starts" onChange={(e) => setSeed(e.target.value)} />
      </label>
      <button type="submit" title="Replaces the last swarm; your own starts stay">Add starts</button>
      <p id={`${id}-e`} className={error ? 'error' : 'pt-sr-only'} aria-live="polite">
        {error ?? 'Adding starts replaces the last swarm; your own starts stay.'}
      </p>
    </form>
  );
}
