// The sound of the selected path (Web Audio): a tone whose pitch follows log f and whose stereo position
// follows x, a chime when the path converges, a falling noise when it diverges. Loaded only when Sound is
// first turned on; its AudioContext is made then, and suspended whenever Sound is off.
import { addAfterEffect } from '@react-three/fiber';
import { TRAJ_STRIDE } from '../../core/descent/run';
import type { Surface } from '../../core/types';
import { simulation, type PathSim } from '../../state/simulation';
import { useDownhill } from '../../state/store';
import { shownIndex } from '../../state/timeline';
import { costRange, panFor, pitchFor } from './soundMapping';

/** Seconds a parameter takes to follow (setTargetAtTime's time constant): smooth, so no clicks. */
const GLIDE = 0.04;
/** Loudness of the running tone. */
const TONE_GAIN = 0.12;

/** What the sound did, for ?debug (window.__downhill.sound) and the end-to-end tests. */
export interface SoundStats {
  contexts: number;
  state: string;
  chimes: number;
  noises: number;
  /** Whether the tone is sounding (else fading to silence), pitch (Hz) and pan last set for it. */
  audible: boolean;
  hz: number;
  pan: number;
}

export interface SoundEngine {
  readonly stats: SoundStats;
  setOn(on: boolean): void;
}

/** Makes the engine: one AudioContext, one oscillator → gain → stereo panner chain, a shared noise buffer. */
export function createSoundEngine(): SoundEngine {
  const ctx = new AudioContext();
  const stats: SoundStats = { contexts: 1, state: ctx.state, chimes: 0, noises: 0, audible: false, hz: 0, pan: 0 };
  ctx.onstatechange = () => { stats.state = ctx.state; };
  const osc = ctx.createOscillator();
  osc.type = 'triangle';
  const gain = ctx.createGain();
  gain.gain.value = 0;
  const panner = ctx.createStereoPanner();
  osc.connect(gain).connect(panner).connect(ctx.destination);
  osc.start();
  // Half a second of white noise, made once and replayed for every divergence.
  const noise = ctx.createBuffer(1, Math.round(ctx.sampleRate * 0.6), ctx.sampleRate);
  const data = noise.getChannelData(0);
  for (let i = 0; i < data.length; i++) data[i] = Math.random() * 2 - 1;

  const chime = () => {
    const t = ctx.currentTime;
    // Two bell-like notes, a fifth apart, each a quick attack and a slow decay.
    for (const [hz, at] of [[880, 0], [1318.5, 0.12]] as const) {
      const o = ctx.createOscillator(), g = ctx.createGain();
      o.frequency.value = hz;
      g.gain.setValueAtTime(0, t + at);
      g.gain.linearRampToValueAtTime(0.2, t + at + 0.01);
      g.gain.exponentialRampToValueAtTime(0.001, t + at + 0.9);
      o.connect(g).connect(panner);
      o.start(t + at); o.stop(t + at + 1);
    }
    stats.chimes++;
  };
  const burst = () => {
    const t = ctx.currentTime;
    const src = ctx.createBufferSource(), filter = ctx.createBiquadFilter(), g = ctx.createGain();
    src.buffer = noise;
    filter.type = 'lowpass';
    // Falling: the filter sweeps down from bright to dull as the burst fades.
    filter.frequency.setValueAtTime(6000, t);
    filter.frequency.exponentialRampToValueAtTime(150, t + 0.55);
    g.gain.setValueAtTime(0.25, t);
    g.gain.exponentialRampToValueAtTime(0.001, t + 0.55);
    src.connect(filter).connect(g).connect(panner);
    src.start(t); src.stop(t + 0.6);
    stats.noises++;
  };

  // The heard path and whether the point it showed last frame was its end: reaching the end is the moment to chime or hiss.
  let heard: PathSim | null = null;
  let wasEnded = true;
  let range: [number, number] | null = null;
  let rangeOf: Surface | null = null;
  // Once per fall to silence, not every paused frame (each call adds an automation event).
  const silence = () => { if (!stats.audible) return; stats.audible = false; gain.gain.setTargetAtTime(0, ctx.currentTime, GLIDE); };

  /**
   * After each rendered frame: follow the selected path (else path A) at the point the timeline shows (live or
   * replayed). Reads the simulation; writes only audio parameters; allocates nothing.
   */
  const afterFrame = () => {
    const { selected, playing } = useDownhill.getState();
    const paths = simulation.paths;
    let p: PathSim | null = null;
    for (let i = 0; i < paths.length; i++) if (paths[i]!.startId === selected) { p = paths[i]!; break; }
    p ??= paths[0] ?? null;
    if (p === null) { heard = null; silence(); return; }
    const run = p.run;
    const k = shownIndex(simulation, p);
    const ended = run.status !== 'running' && k >= run.count - 1;
    if (p === heard && !wasEnded && ended) {
      if (run.status === 'converged') chime();
      else if (run.status === 'diverged') burst();
    }
    heard = p; wasEnded = ended;
    const surface = simulation.surface;
    if (surface !== rangeOf) { rangeOf = surface; range = surface ? costRange(surface.f, surface.domain) : null; }
    if (!playing || ended || surface === null || range === null) { silence(); return; }
    const traj = run.traj;
    const x = traj ? traj[TRAJ_STRIDE * k] ?? run.x : run.x;
    const f = traj ? traj[TRAJ_STRIDE * k + 2] ?? run.f : run.f;
    const t = ctx.currentTime;
    stats.hz = pitchFor(f, range[0], range[1]);
    stats.pan = panFor(x, surface.domain);
    osc.frequency.setTargetAtTime(stats.hz, t, GLIDE);
    panner.pan.setTargetAtTime(stats.pan, t, GLIDE);
    gain.gain.setTargetAtTime(TONE_GAIN, t, GLIDE);
    stats.audible = true;
  };

  let stop: (() => void) | null = null;
  let unsubscribe: (() => void) | null = null;
  return {
    stats,
    setOn(on) {
      if (on && stop === null) {
        void ctx.resume();
        heard = null; wasEnded = true;
        stop = addAfterEffect(afterFrame);
        // Paused means no frames: fall silent at once when playback stops.
        unsubscribe = useDownhill.subscribe((s, prev) => { if (!s.playing && prev.playing) silence(); });
      } else if (!on && stop !== null) {
        stop(); stop = null;
        unsubscribe?.(); unsubscribe = null;
        silence();
        // Let the fade finish, then stop the audio thread: off costs nothing.
        setTimeout(() => { if (stop === null) void ctx.suspend(); }, 300);
      }
    },
  };
}
