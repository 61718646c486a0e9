// "Sound": off by default; the audio code and its AudioContext are loaded and made on first turning it on.
import { useState } from 'react';
import type { SoundEngine } from './soundEngine';
import './access.css';

let engine: Promise<SoundEngine> | null = null;

/** The one engine, made on first use (a dynamic import: no audio code on the first screen). */
function soundEngine(): Promise<SoundEngine> {
  engine ??= import('./soundEngine').then(({ createSoundEngine }) => {
    const e = createSoundEngine();
    // Under ?debug the tests read what the sound did.
    const dbg = (window as unknown as { __downhill?: Record<string, unknown> }).__downhill;
    if (dbg) dbg.sound = e.stats;
    return e;
  });
  return engine;
}

export function SoundSwitch() {
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = (next: boolean) => {
    setOn(next);
    if (!next && engine === null) return;
    soundEngine().then((e) => { e.setOn(next); setError(null); }, () => {
      setOn(false);
      setError('Sound is not available in this browser.');
    });
  };
  return (
    <div className="field snd">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => toggle(e.target.checked)}
          aria-describedby="snd-hint" />
        {' '}Sound
      </label>
      <p id="snd-hint" className={error ? 'error' : 'hint'}>
        {error ?? 'The selected path (else A) as it runs: pitch follows log f, left–right follows x; a chime when it converges, a falling hiss when it diverges.'}
      </p>
    </div>
  );
}
