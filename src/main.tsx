import { Profiler, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { debugStats } from './scene/debugStats';
import * as actions from './state/actions';
import { simulation } from './state/simulation';
import { useDownhill } from './state/store';
import { startUrlSync } from './state/urlSync';
import './ui/app.css';
import './ui/touch.css';

// ?debug exposes read-only measurement hooks for the browser benchmark (bench/browser.ts).
const params = new URLSearchParams(window.location.search);
const debug = params.has('debug');
const lite = debug && params.has('lite');
// ?debug&fps=10 renders frames at a fixed pace, so every setting is measured over the same frames.
const fixedFps = debug && Number(params.get('fps')) > 0 ? Math.min(60, Number(params.get('fps'))) : undefined;
// ?embed=1: the landscape and the lesson's controls without page chrome, for an iframe on a course page.
const embed = params.get('embed') === '1';
startUrlSync();
let commits = 0;
if (debug) {
  Object.assign(window, { __downhill: { stats: debugStats, store: useDownhill, actions, simulation, commits: () => commits } });
}
const app = <App debug={debug} lite={lite} fixedFps={fixedFps} embed={embed} />;
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    {debug ? <Profiler id="app" onRender={() => { commits++; }}>{app}</Profiler> : app}
  </StrictMode>,
);
// Offline use (a service worker), loaded after the first screen so it adds nothing to it; not in `vite dev`.
if (import.meta.env.PROD) {
  window.addEventListener('load', () => { void import('./ui/offline/registerOffline').then((m) => m.registerOffline()); }, { once: true });
}
