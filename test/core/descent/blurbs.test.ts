// Each surface description's checkable claim, measured with the engine at the surface's preset (its
// suggested η and starts, the app's iteration limit of 2,000, default tolerances).
import { describe, expect, it } from 'vitest';
import type { OptimizerSettings } from '../../../src/core/descent/optimizers';
import { advanceRun, createRun, runPoint, type Run } from '../../../src/core/descent/run';
import { createRunSettings } from '../../../src/core/descent/settings';
import { getSurface } from '../../../src/core/surfaces/registry';
import { suggestionFor } from '../../../src/state/suggestions';

const APP_LIMIT = 2000;
function preset(id: string, optimizer: OptimizerSettings = { kind: 'gd' }): { runs: Run[]; lr: number; blurb: string } {
  const s = getSurface(id)!, sug = suggestionFor(s);
  const runs = sug.starts.map(([x, y]) => {
    const r = createRun(s, x, y, createRunSettings({ lr: sug.lr, optimizer, maxSteps: APP_LIMIT }));
    advanceRun(r, APP_LIMIT);
    return r;
  });
  return { runs, lr: sug.lr, blurb: s.blurb ?? '' };
}
const minima = (id: string) => getSurface(id)!.critical.filter((c) => c.kind === 'min');

describe('surface descriptions claim only what holds at their preset', () => {
  it('elongated: at η = 0.15 descent zig-zags; momentum μ = 0.5 halves the iterations, μ = 0.9 needs three times as many', () => {
    const gd = preset('elongated'), m5 = preset('elongated', { kind: 'momentum', momentum: 0.5 }), m9 = preset('elongated', { kind: 'momentum', momentum: 0.9 });
    expect(gd.lr).toBe(0.15);
    expect(gd.blurb).toMatch(/η = 0\.15 descent zig-zags/);
    expect(gd.blurb).not.toMatch(/momentum helps/);
    gd.runs.forEach((r, i) => {
      expect(r.status).toBe('converged');
      for (let k = 1; k <= 5; k++) expect(Math.sign(runPoint(r, k)[1])).toBe(-Math.sign(runPoint(r, k - 1)[1])); // across and back
      expect(m5.runs[i]!.status).toBe('converged');
      expect(m5.runs[i]!.t).toBeLessThanOrEqual(0.6 * r.t);
      expect(m9.runs[i]!.status).toBe('converged');
      expect(m9.runs[i]!.t).toBeGreaterThanOrEqual(2.5 * r.t);
    });
  });

  it('Matyas: plain descent crawls, hundreds of iterations even at η = 0.5', () => {
    const p = preset('matyas');
    expect(p.lr).toBe(0.5);
    for (const r of p.runs) { expect(r.status).toBe('converged'); expect(r.t).toBeGreaterThanOrEqual(200); }
    const bowl = preset('bowl');
    for (const r of bowl.runs) expect(r.t).toBeLessThan(100); // the same tolerances, a round bowl: tens
  });

  it('two valleys: the two crest starts 0.1 apart end in different minima, one of them global', () => {
    const p = preset('two-valleys'), [a, b] = p.runs;
    const [sa, sb] = suggestionFor(getSurface('two-valleys')!).starts;
    expect(Math.hypot(sa![0] - sb![0], sa![1] - sb![1])).toBeCloseTo(0.1, 12);
    expect(a!.minimum).not.toBeNull();
    expect(b!.minimum).not.toBeNull();
    expect(a!.minimum).not.toBe(b!.minimum);
    expect([a!.minimum!.global === true, b!.minimum!.global === true].filter(Boolean)).toHaveLength(1);
  });

  it('Himmelblau: four equal minima, one per quadrant, and the four starts end in four different ones', () => {
    const m = minima('himmelblau');
    expect(m).toHaveLength(4);
    expect(new Set(m.map((c) => `${Math.sign(c.x)},${Math.sign(c.y)}`)).size).toBe(4);
    expect(new Set(preset('himmelblau').runs.map((r) => r.minimum?.label)).size).toBe(4);
  });

  it('Rosenbrock: the valley floor y = x² is easy to reach (within 100 iterations), slow to follow: (1, 1) is not reached', () => {
    for (const r of preset('rosenbrock').runs) {
      let k = 0;
      for (let [x, y] = runPoint(r, 0); k < r.count && Math.abs(y - x * x) >= 0.01; k++) [x, y] = runPoint(r, k + 1);
      expect(k).toBeLessThanOrEqual(100);
      expect(r.status).not.toBe('converged');
      expect(Math.hypot(r.x - 1, r.y - 1)).toBeGreaterThan(0.1);
    }
  });

  it('Rastrigin: descent stops in the nearest dip', () => {
    const m = minima('rastrigin'), s = suggestionFor(getSurface('rastrigin')!).starts;
    preset('rastrigin').runs.forEach((r, i) => {
      const [x, y] = s[i]!;
      const nearest = m.reduce((a, c) => (Math.hypot(c.x - x, c.y - y) < Math.hypot(a.x - x, a.y - y) ? c : a));
      expect(r.status).toBe('converged');
      expect(r.minimum).toBe(nearest);
    });
  });

  it('Ackley: plain descent from the plain stops in a ripple, not at the origin', () => {
    for (const r of preset('ackley').runs) {
      expect(r.status).toBe('converged');
      expect(r.minimum).toBeNull();
      expect(Math.hypot(r.x, r.y)).toBeGreaterThan(0.9);
    }
  });

  it('Styblinski–Tang: four minima at three depths, one per quadrant, one global; the starts reach all four', () => {
    const m = minima('styblinski-tang');
    expect(m).toHaveLength(4);
    expect(new Set(m.map((c) => c.f.toFixed(6))).size).toBe(3);
    expect(m.filter((c) => c.global)).toHaveLength(1);
    expect(new Set(m.map((c) => `${Math.sign(c.x)},${Math.sign(c.y)}`)).size).toBe(4);
    expect(new Set(preset('styblinski-tang').runs.map((r) => r.minimum?.label)).size).toBe(4);
  });

  it('six-hump camel: two global minima, four local ones, and saddles', () => {
    const c = getSurface('six-hump-camel')!.critical;
    expect(c.filter((p) => p.kind === 'min' && p.global)).toHaveLength(2);
    expect(c.filter((p) => p.kind === 'min' && !p.global)).toHaveLength(4);
    expect(c.filter((p) => p.kind === 'saddle').length).toBeGreaterThan(0);
  });

  it('McCormick: a global and a local minimum, and the starts reach both', () => {
    const m = minima('mccormick');
    expect(m.map((c) => c.global === true).sort()).toEqual([false, true]);
    expect(new Set(preset('mccormick').runs.map((r) => r.minimum?.label))).toEqual(new Set(m.map((c) => c.label)));
  });

  it('Booth: a bowl with its minimum at (1, 3), reached from every start', () => {
    for (const r of preset('booth').runs) expect(r.minimum).toMatchObject({ x: 1, y: 3 });
  });
});
