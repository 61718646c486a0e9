import { Profiler, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { debugStats } from './scene/DebugProbe';
import * as actions from './state/actions';
import { useDownhill } from './state/store';
import { startUrlSync } from './state/urlSync';
import './ui/app.css';

// ?debug exposes read-only measurement hooks for the browser benchmark (bench/browser.ts).
const params = new URLSearchParams(window.location.search);
const debug = params.has('debug');
const lite = debug && params.has('lite');
startUrlSync();
let commits = 0;
if (debug) {
  Object.assign(window, { __downhill: { stats: debugStats, store: useDownhill, actions, commits: () => commits } });
}
const app = <App debug={debug} lite={lite} />;
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    {debug ? <Profiler id="app" onRender={() => { commits++; }}>{app}</Profiler> : app}
  </StrictMode>,
);
