// Where main-thread time goes (dev aid, not part of bench:browser): serves dist/, plays a scenario and prints the
// functions with the most self time in a CDP CPU profile. MODE=paths|swarm|drag, N (paths), SECONDS (default 5).
// Run after `vite build`: BENCH_PORT=4197 MODE=swarm N=10000 npx tsx bench/profile.ts
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../playwright.config';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const MODE = process.env.MODE ?? 'paths', N = Number(process.env.N ?? 1000), SECONDS = Number(process.env.SECONDS ?? 5);

const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'pipe' });
process.on('exit', () => child.kill());
await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => { if (d.toString().includes(String(PORT))) resolve(); }));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 960, height: 540 }, deviceScaleFactor: 1 });
  await page.addInitScript('window.__name = (f) => f;');
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${PORT}/?debug&lite${MODE === 'drag' ? '' : '&fps=10'}`);
  await page.waitForFunction(() => ((window as unknown as { __downhill?: { stats: { frames: number } } }).__downhill?.stats.frames ?? 0) > 5);
  await page.evaluate(({ mode, n }) => {
    type D = { store: { getState(): { scenario: Record<string, unknown> }; setState(s: Record<string, unknown>): void }; actions: { addSwarm(n: number, a: string, s: number): unknown; play(): void } };
    const d = (window as unknown as { __downhill: D }).__downhill;
    const sc = d.store.getState().scenario;
    if (mode === 'swarm') {
      d.store.setState({ scenario: { ...sc, surface: { kind: 'builtin', id: 'rosenbrock' }, lr: 2e-4, maxSteps: 100_000, speed: 20, starts: [], swarm: null, camera: null }, selected: null, outcomes: {} });
      d.actions.addSwarm(n, 'random', 7); d.actions.play();
      return;
    }
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const starts = Array.from({ length: n }, (_, i) => ({ id: 100_000 + i, x: -1.9 + 3.8 * rnd(), y: -0.9 + 3.8 * rnd() }));
    d.store.setState({ scenario: { ...sc, surface: { kind: 'builtin', id: 'rosenbrock' }, lr: 2e-4, maxSteps: mode === 'drag' ? 2000 : 100_000, speed: 30, starts, camera: null }, playing: mode !== 'drag', selected: null, outcomes: {} });
  }, { mode: MODE, n: N });
  await page.waitForTimeout(2500);
  type S = { frames: number; frameMs: number; renderMs: number };
  const stats = () => page.evaluate(() => { const s = (window as unknown as { __downhill: { stats: S } }).__downhill.stats; return { frames: s.frames, frameMs: s.frameMs, renderMs: s.renderMs }; });
  await cdp.send('Performance.enable');
  const metric = async () => { const { metrics: m } = await cdp.send('Performance.getMetrics'); return m.find((x) => x.name === 'TaskDuration')!.value; };
  const st0 = await stats(), t0 = await metric();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (MODE === 'drag') {
    const tl = page.getByRole('slider', { name: 'Iteration', exact: true });
    await tl.scrollIntoViewIfNeeded();
    const tb = (await tl.boundingBox())!, ty = tb.y + tb.height / 2, tx0 = tb.x + tb.width - 3;
    await page.mouse.move(tx0, ty); await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(tx0 - (i * (tb.width - 6)) / 60, ty);
    await page.waitForTimeout(300); await page.mouse.up();
  } else await page.waitForTimeout(SECONDS * 1000);
  const { profile } = await cdp.send('Profiler.stop');
  const st1 = await stats(), t1 = await metric(), fr = Math.max(1, st1.frames - st0.frames);
  console.log(`${fr} frames; per frame: main thread ${((t1 - t0) * 1000 / fr).toFixed(2)} ms, own JS ${((st1.frameMs - st0.frameMs - st1.renderMs + st0.renderMs) / fr).toFixed(2)} ms, gl.render ${((st1.renderMs - st0.renderMs) / fr).toFixed(2)} ms`);
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [], samples = profile.samples ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!)!;
    const f = node.callFrame, key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const total = [...self.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).reduce((s, [, v]) => s + v, 0);
  console.log(`${MODE} n=${N}: ${total.toFixed(0)} ms busy JS (+ (program)) over the window`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
  child.kill();
}
