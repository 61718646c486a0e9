// npm run bench:browser: builds the app, serves it, opens it in headless Chromium and measures, in one run:
// main-thread time and draw calls per frame with 0 (landscape alone), 1, 10, 100 and 1,000 paths playing, 1,000
// paths with "3D and map" (both views of the one canvas), and 10,000 paths from "Add starts" (a random swarm; the
// points budget lowers their iteration limit to 199); React commits per frame; script time per pointer move while
// dragging a start with a 500-iteration path, and while dragging the timeline ("Iteration") with 1,000 paths of 2,000 iterations;
// the JS heap after 30 s and after 5 min of playing; the gzipped size of the initial JavaScript.
// Also dragging a data point of a 1,000-point regression with 10 paths of 500 iterations (ONLY=data-drag runs just that).
// HEAP_SECONDS=60 shortens the heap run (default 300; 0 skips it). ROWS=0,1000 measures only those path counts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../playwright.config';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const BASE = `http://127.0.0.1:${PORT}/?debug&lite`;
/** Frames rendered at a fixed pace for the playing table, so every row is measured over the same frames. */
const FIXED_FPS = 10;
const HEAP_SECONDS = Number(process.env.HEAP_SECONDS ?? 300);
/** SHORT=1: only the landscape alone, 1 path and the swarm (SWARM paths, default 10,000); no dragging, heap or size. */
const SHORT = process.env.SHORT === '1';

function serve(): Promise<() => void> {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'pipe' });
  process.on('exit', () => child.kill());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start')), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes(String(PORT))) { clearTimeout(timer); resolve(() => child.kill()); }
    });
    child.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
}

async function metrics(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => m.find((x) => x.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

interface Probe { frames: number; frameMs: number; renderMs: number; drawCalls: number; triangles: number; commits: number }
const probe = (page: Page): Promise<Probe> => page.evaluate(() => {
  const d = (window as unknown as { __downhill: { stats: Omit<Probe, 'commits'>; commits: () => number } }).__downhill;
  const s = d.stats;
  return { frames: s.frames, frameMs: s.frameMs, renderMs: s.renderMs, drawCalls: s.drawCalls, triangles: s.triangles, commits: d.commits() };
});

/** Sets up n paths on Rosenbrock that keep running (small η, a high limit) and plays. */
async function playWithPaths(page: Page, n: number, opts: { maxSteps?: number; speed?: number; playing?: boolean; view?: '3d' | 'map' | 'both' } = {}): Promise<void> {
  await page.evaluate(({ n, maxSteps, speed, playing, view }) => {
    type Store = { getState(): { scenario: Record<string, unknown> }; setState(s: Record<string, unknown>): void };
    const d = (window as unknown as { __downhill: { store: Store } }).__downhill;
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const starts = Array.from({ length: n }, (_, i) => ({ id: 100_000 + i, x: -1.9 + 3.8 * rnd(), y: -0.9 + 3.8 * rnd() }));
    const sc = d.store.getState().scenario;
    d.store.setState({
      scenario: { ...sc, surface: { kind: 'builtin', id: 'rosenbrock' }, lr: 2e-4, maxSteps, speed, starts, camera: null, view },
      playing, selected: null, outcomes: {},
    });
  }, { n, maxSteps: opts.maxSteps ?? 100_000, speed: opts.speed ?? 30, playing: opts.playing ?? true, view: opts.view ?? '3d' });
}

/** Rosenbrock as for playWithPaths, then "Add starts" with n random starts (seed 7) in place of every start, playing. */
async function playWithSwarm(page: Page, n: number, speed: number): Promise<void> {
  await page.evaluate(({ n, speed }) => {
    type Store = { getState(): { scenario: Record<string, unknown> }; setState(s: Record<string, unknown>): void };
    type Actions = { clearStarts(): void; addSwarm(n: number, arrangement: 'grid' | 'random', seed: number): unknown; play(): void };
    const d = (window as unknown as { __downhill: { store: Store; actions: Actions } }).__downhill;
    const sc = d.store.getState().scenario;
    d.store.setState({ scenario: { ...sc, surface: { kind: 'builtin', id: 'rosenbrock' }, lr: 2e-4, maxSteps: 100_000, speed, starts: [], swarm: null, camera: null }, selected: null, outcomes: {} });
    d.actions.addSwarm(n, 'random', 7);
    d.actions.play();
  }, { n, speed });
}

async function measureFrames(page: Page, cdp: CDPSession, seconds: number) {
  const m0 = await metrics(cdp), p0 = await probe(page);
  await page.waitForTimeout(seconds * 1000);
  const m1 = await metrics(cdp), p1 = await probe(page);
  const frames = Math.max(1, p1.frames - p0.frames);
  return {
    fps: frames / seconds,
    taskMs: ((m1.task - m0.task) * 1000) / frames,
    scriptMs: ((m1.script - m0.script) * 1000) / frames,
    renderMs: (p1.renderMs - p0.renderMs) / frames,
    appMs: (p1.frameMs - p0.frameMs - (p1.renderMs - p0.renderMs)) / frames,
    drawCalls: p1.drawCalls,
    triangles: p1.triangles,
    commitsPerFrame: (p1.commits - p0.commits) / frames,
  };
}

function initialJsGzip(): { files: number; bytes: number } {
  const html = readFileSync('dist/index.html', 'utf8');
  const srcs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = srcs.reduce((sum, s) => sum + gzipSync(readFileSync(join('dist', s))).length, 0);
  return { files: srcs.length, bytes };
}

/**
 * Dragging a data point: a 1,000-point regression (custom data, seeded), 10 paths of 500 iterations, paused; 60 pointer
 * moves over one point in the data view, each rebuilding the cost, its landscape and every path. Prints script ms per move.
 */
async function dragDataPoint(page: Page, cdp: CDPSession): Promise<void> {
  await page.evaluate(() => {
    type Store = { getState(): { scenario: Record<string, unknown> }; setState(s: Record<string, unknown>): void };
    const d = (window as unknown as { __downhill: { store: Store } }).__downhill;
    let seed = 2024;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const xs = Array.from({ length: 1000 }, () => Math.round(500 * rnd()) / 100);
    const ys = xs.map((x) => Math.round((2 * x + 1 + 2 * (rnd() - 0.5)) * 100) / 100);
    const starts = Array.from({ length: 10 }, (_, i) => ({ id: 200_000 + i, x: -2 + 0.8 * i, y: 8 - 1.2 * i }));
    const sc = d.store.getState().scenario;
    d.store.setState({
      scenario: { ...sc, surface: { kind: 'regression', dataset: 'custom', points: { xs, ys, name: 'Bench data' } }, lr: 0.01, maxSteps: 500, starts, camera: null, view: '3d' },
      playing: false, selected: null, outcomes: {},
    });
  });
  type DV = { dataView?: { clientOf(x: number, y: number): { x: number; y: number }; data(): { xs: number[]; ys: number[] } | null; drag: { moves: number; ms: number; redraws: number; redrawMs: number } } };
  await page.waitForFunction(() => ((window as unknown as { __downhill: DV }).__downhill.dataView?.data()?.xs.length ?? 0) === 1000);
  await page.waitForTimeout(1500);
  const info = await page.evaluate(() => {
    const d = (window as unknown as { __downhill: DV & { simulation: { paths: { run: { count: number } }[] } } }).__downhill, v = d.dataView!;
    const data = v.data()!;
    // The right-most point: alone at its x, so the press grabs it and not a neighbour.
    let i = 0;
    for (let j = 1; j < data.xs.length; j++) if (data.xs[j]! > data.xs[i]!) i = j;
    return { at: v.clientOf(data.xs[i]!, data.ys[i]!), moves: v.drag.moves, ms: v.drag.ms, redraws: v.drag.redraws, redrawMs: v.drag.redrawMs, counts: d.simulation.paths.map((p) => p.run.count - 1) };
  });
  await page.mouse.move(info.at.x, info.at.y);
  await page.mouse.down();
  const MOVES = 60;
  const m0 = await metrics(cdp);
  for (let i = 1; i <= MOVES; i++) await page.mouse.move(info.at.x - i * 0.8, info.at.y + Math.sin(i / 6) * 30 + i);
  await page.waitForTimeout(300);
  const m1 = await metrics(cdp);
  await page.mouse.up();
  const after = await page.evaluate(() => {
    const d = (window as unknown as { __downhill: DV & { store: { getState(): { scenario: { surface: { dataset?: string } } } } } }).__downhill;
    const g = d.dataView!.drag;
    return { moves: g.moves, ms: g.ms, redraws: g.redraws, redrawMs: g.redrawMs, dataset: d.store.getState().scenario.surface.dataset };
  });
  const handled = after.moves - info.moves;
  console.log(`\nDragging a data point of 1,000 with ${info.counts.length} paths of ${Math.max(...info.counts)} iterations (${MOVES} pointer moves, ${handled} previewed; data after release: ${after.dataset}):`);
  console.log(`  per pointer move: ${(((m1.script - m0.script) * 1000) / MOVES).toFixed(2)} ms script, ${(((m1.task - m0.task) * 1000) / MOVES).toFixed(2)} ms main thread (CDP, including the frame and the landscape rebuild it triggers); the preview alone (cost, paths) ${(handled ? (after.ms - info.ms) / handled : NaN).toFixed(2)} ms; the data view redrew ${after.redraws - info.redraws} times (throttled to 5 a second), ${((after.redrawMs - info.redrawMs) / Math.max(1, after.redraws - info.redraws)).toFixed(2)} ms each (target: under 16 ms script)`);
}

const stop = await serve();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
if (process.env.ONLY === 'data-drag') {
  try {
    const page = await browser.newPage({ viewport: { width: 960, height: 540 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => console.log(`Page error: ${e.message}`));
    await page.addInitScript('window.__name = (f) => f;');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(BASE);
    await page.waitForFunction(() => ((window as unknown as { __downhill?: { stats: { frames: number } } }).__downhill?.stats.frames ?? 0) > 5);
    await dragDataPoint(page, cdp);
  } finally {
    await browser.close();
    stop();
  }
  process.exit(0);
}
try {
  const errors: string[] = [];
  const open = async (url: string) => {
    const page = await browser.newPage({ viewport: { width: 960, height: 540 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => errors.push(e.message));
    // tsx (esbuild) names functions with a __name helper that page.evaluate'd code needs too.
    await page.addInitScript('window.__name = (f) => f;');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.waitForFunction(() => ((window as unknown as { __downhill?: { stats: { frames: number } } }).__downhill?.stats.frames ?? 0) > 5);
    return { page, cdp };
  };
  let { page, cdp } = await open(`${BASE}&fps=${FIXED_FPS}`);
  if (process.env.HIDE) await page.addStyleTag({ content: process.env.HIDE + ' { display: none !important; }' });

  console.log(`Downhill browser benchmark · ${new Date().toISOString()} · Chromium (SwiftShader, no GPU), 960×540 page, light setting: no antialiasing, dpr 1, 81×81 landscape`);
  console.log(`\nPlaying (Rosenbrock, η = 2e-4, 30 iterations/s per path), frames rendered at a fixed ${FIXED_FPS} per second, 2 s warm-up then 6 s measured:`);
  console.log('main thread = CDP TaskDuration per frame; own JS = frame callbacks + readouts, without gl.render; render = gl.render');
  console.log('paths   main thread ms   script ms   own JS ms   gl.render ms   draw calls   triangles   React commits/frame   fps');
  const rows: Record<number, Awaited<ReturnType<typeof measureFrames>>> = {};
  const ROWS = process.env.ROWS ? process.env.ROWS.split(',').map(Number) : SHORT ? [0, 1] : [0, 1, 10, 100, 1000];
  for (const n of ROWS) {
    await playWithPaths(page, n);
    await page.waitForTimeout(2000);
    const r = await measureFrames(page, cdp, 6);
    rows[n] = r;
    console.log(`${String(n).padEnd(8)}${r.taskMs.toFixed(2).padEnd(17)}${r.scriptMs.toFixed(2).padEnd(12)}${r.appMs.toFixed(2).padEnd(12)}${r.renderMs.toFixed(2).padEnd(15)}${String(r.drawCalls).padEnd(13)}${String(r.triangles).padEnd(12)}${r.commitsPerFrame.toFixed(3).padEnd(22)}${r.fps.toFixed(1)}`);
  }
  const r0 = rows[0]!, r1k = rows[1000];
  if (r1k && rows[1]) console.log(`1,000 paths vs landscape alone: ${(r1k.taskMs / r0.taskMs).toFixed(2)}× main-thread time, ${((r1k.appMs + r1k.renderMs) / (r0.appMs + r0.renderMs)).toFixed(2)}× frame time (own JS + gl.render) (target ≤ 1.3×); draw calls ${rows[1]!.drawCalls} with 1 path, ${r1k.drawCalls} with 1,000`);
  if (r1k) {
    // The same 1,000 paths shown in both views: one scene drawn by two cameras into two halves of the canvas.
    await playWithPaths(page, 1000, { view: 'both' });
    await page.waitForTimeout(2000);
    const both = await measureFrames(page, cdp, 6);
    console.log(`${'1000, 3D and map'.padEnd(8)}  ${both.taskMs.toFixed(2).padEnd(17)}${both.scriptMs.toFixed(2).padEnd(12)}${both.appMs.toFixed(2).padEnd(12)}${both.renderMs.toFixed(2).padEnd(15)}${String(both.drawCalls).padEnd(13)}${String(both.triangles).padEnd(12)}${both.commitsPerFrame.toFixed(3).padEnd(22)}${both.fps.toFixed(1)}`);
    console.log(`1,000 paths in 3D and map vs landscape alone (3D): ${(both.taskMs / r0.taskMs).toFixed(2)}× main-thread time, own JS ${both.appMs.toFixed(2)} vs ${r1k.appMs.toFixed(2)} ms in 3D alone; draw calls ${both.drawCalls} (${r1k.drawCalls} in 3D alone: each view draws the shared objects once)`);
    await playWithPaths(page, 0);
  }
  // 10,000 paths from "Add starts": 199 iterations each at 20 per second last about 10 s, longer than the warm-up and the window.
  const SWARM = Number(process.env.SWARM ?? 10_000);
  if (SWARM > 0) await playWithSwarm(page, SWARM, 20);
  if (SWARM > 0) await page.waitForTimeout(2000);
  const rs = SWARM > 0 ? await measureFrames(page, cdp, 6) : r0;
  if (SWARM > 0) console.log(`${(SWARM.toLocaleString('en-US') + '*').padEnd(8)}${rs.taskMs.toFixed(2).padEnd(17)}${rs.scriptMs.toFixed(2).padEnd(12)}${rs.appMs.toFixed(2).padEnd(12)}${rs.renderMs.toFixed(2).padEnd(15)}${String(rs.drawCalls).padEnd(13)}${String(rs.triangles).padEnd(12)}${rs.commitsPerFrame.toFixed(3).padEnd(22)}${rs.fps.toFixed(1)}`);
  if (SWARM > 0) console.log(`* a random swarm from "Add starts" (20 iterations/s, limit 199 by the points budget), the Outcomes tally shown: ${(rs.taskMs / r0.taskMs).toFixed(2)}× main-thread time of the landscape alone (target ≤ 2×); draw calls ${rs.drawCalls} (${rows[1]?.drawCalls ?? "?"} with 1 path); React commits per frame ${rs.commitsPerFrame.toFixed(3)}`);

  if (!SHORT) {
    // Dragging and the heap run at the normal, free-running frame rate.
    await page.close();
    ({ page, cdp } = await open(BASE));

    // Dragging a start whose path is 500 iterations long, paused.
    await playWithPaths(page, 1, { maxSteps: 500, playing: false });
    await page.waitForTimeout(1500);
    type DragProbe = { x: number; y: number; count: number; moves: number; ms: number; hx: number; hy: number };
    const dragProbe = () => page.evaluate((): DragProbe => {
      const d = (window as unknown as { __downhill: {
        store: { getState(): { scenario: { starts: { x: number; y: number }[] } } };
        stats: { dragMoves: number; dragMs: number; handleScreen(i: number): { x: number; y: number } | null };
        simulation: { paths: { run: { count: number } }[] };
      } }).__downhill;
      const s = d.store.getState().scenario.starts[0]!, h = d.stats.handleScreen(0);
      return { x: s.x, y: s.y, count: d.simulation.paths[0]?.run.count ?? 0, moves: d.stats.dragMoves, ms: d.stats.dragMs, hx: h?.x ?? NaN, hy: h?.y ?? NaN };
    });
    // The 3D view's canvas (the charts have canvases of their own).
    const canvasBox = (await page.locator('canvas[data-engine]').boundingBox())!;
    const p0 = await dragProbe();
    const hx = canvasBox.x + p0.hx, hy = canvasBox.y + p0.hy;
    await page.mouse.move(hx, hy);
    await page.mouse.down();
    const MOVES = 60;
    const d0 = await metrics(cdp);
    for (let i = 1; i <= MOVES; i++) await page.mouse.move(hx + i * 1.5, hy + Math.sin(i / 6) * 8);
    await page.waitForTimeout(300);
    const d1 = await metrics(cdp);
    await page.mouse.up();
    const p1 = await dragProbe();
    const handled = p1.moves - p0.moves;
    console.log(`\nDragging a start with a ${p0.count - 1}-iteration path (${MOVES} pointer moves, ${handled} recomputed the path; start moved from (${p0.x.toFixed(3)}, ${p0.y.toFixed(3)}) to (${p1.x.toFixed(3)}, ${p1.y.toFixed(3)})):`);
    console.log(`  per pointer move: ${(((d1.script - d0.script) * 1000) / MOVES).toFixed(2)} ms script, ${(((d1.task - d0.task) * 1000) / MOVES).toFixed(2)} ms main thread (CDP, including the frame it triggers); recomputing the path ${(handled ? (p1.ms - p0.ms) / handled : NaN).toFixed(2)} ms (target: under 8 ms script)`);

    await dragDataPoint(page, cdp);

    // Dragging the timeline with 1,000 paths of 2,000 iterations each (paused: every path is computed to its limit).
    await playWithPaths(page, 1000, { maxSteps: 2000, playing: false });
    await page.waitForFunction(() => (window as unknown as { __downhill: { simulation: { paths: { run: { count: number } }[] } } }).__downhill.simulation.paths.length === 1000);
    await page.waitForTimeout(1500);
    const timeline = page.getByRole('slider', { name: 'Iteration', exact: true });
    await timeline.scrollIntoViewIfNeeded();
    const tb = (await timeline.boundingBox())!;
    const cursorNow = () => page.evaluate(() => (window as unknown as { __downhill: { simulation: { cursor: number | null } } }).__downhill.simulation.cursor);
    const points = await page.evaluate(() => (window as unknown as { __downhill: { simulation: { paths: { run: { count: number } }[] } } }).__downhill.simulation.paths.reduce((s, p) => s + p.run.count, 0));
    const ty = tb.y + tb.height / 2, tx0 = tb.x + tb.width - 3;
    await page.mouse.move(tx0, ty);
    await page.mouse.down();
    const TMOVES = 60;
    const s0 = await metrics(cdp), f0 = await probe(page);
    for (let i = 1; i <= TMOVES; i++) await page.mouse.move(tx0 - (i * (tb.width - 6)) / TMOVES, ty);
    await page.waitForTimeout(300);
    const s1 = await metrics(cdp), f1 = await probe(page);
    await page.mouse.up();
    const endCursor = await cursorNow();
    console.log(`\nDragging the timeline with 1,000 paths (${points.toLocaleString('en-US')} stored points) from the end to iteration ${endCursor} (${TMOVES} pointer moves, ${f1.frames - f0.frames} frames, ${f1.commits - f0.commits} React commits):`);
    console.log(`  per pointer move: ${(((s1.script - s0.script) * 1000) / TMOVES).toFixed(2)} ms script, ${(((s1.task - s0.task) * 1000) / TMOVES).toFixed(2)} ms main thread (CDP, including the frame it triggers; target: under 8 ms script); draw calls ${f1.drawCalls}`);

    if (HEAP_SECONDS > 0) {
    // Heap: the default lesson on a loop (20 extra starts, replayed whenever all finish) for HEAP_SECONDS.
    await page.evaluate(() => {
      type D = { store: { getState(): { scenario: Record<string, unknown> }; setState(s: Record<string, unknown>): void }; actions: { play(): void; setSurface(s: unknown): void; addRandomStarts(n: number): void } };
      const d = (window as unknown as { __downhill: D }).__downhill;
      d.actions.setSurface({ kind: 'builtin', id: 'himmelblau' });
      d.actions.addRandomStarts(20);
      d.store.setState({ scenario: { ...d.store.getState().scenario, speed: 200 } });
      d.actions.play();
      setInterval(() => { if (!(d.store.getState() as unknown as { playing: boolean }).playing) d.actions.play(); }, 250);
    });
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    };
    await page.waitForTimeout(30_000);
    const h30 = await heap();
    await page.waitForTimeout(Math.max(0, HEAP_SECONDS - 30) * 1000);
    const hEnd = await heap();
    console.log(`\nJS heap while replaying the default lesson: ${(h30 / 1e6).toFixed(2)} MB after 30 s, ${(hEnd / 1e6).toFixed(2)} MB after ${HEAP_SECONDS} s (${(((hEnd - h30) / h30) * 100).toFixed(1)}%; target within 10%)`);
    }

    const js = initialJsGzip();
    console.log(`\nInitial JavaScript: ${js.files} file(s), ${(js.bytes / 1024).toFixed(1)} kB gzipped (target ≤ 400 kB)`);
  }
  if (errors.length) console.log(`\nPage errors: ${errors.join('; ')}`);
} finally {
  await browser.close();
  stop();
}
