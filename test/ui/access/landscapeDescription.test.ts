// The description is checked against the surfaces' facts in REFERENCE.md, typed here, not read from the registry.
import { describe, expect, it } from 'vitest';
import { getSurface } from '../../../src/core/surfaces/registry';
import type { Surface } from '../../../src/core/types';
import { describeLandscape, spoken } from '../../../src/ui/access/landscapeDescription';

const surface = (id: string): Surface => {
  const s = getSurface(id);
  if (!s) throw new Error(`no surface ${id}`);
  return s;
};

/** "(−2.81, 3.13)" from REFERENCE.md's coordinates, rounded by hand to 3 significant digits. */
const HIMMELBLAU_MINIMA = ['(3, 2)', '(−2.81, 3.13)', '(−3.78, −3.28)', '(3.58, −1.85)'];
const HIMMELBLAU_SADDLES = ['(0.0867, 2.88)', '(−3.07, −0.0814)', '(3.39, 0.0739)', '(−0.128, −1.95)'];

describe('the landscape in words', () => {
  it('writes numbers in 3 significant digits with a true minus sign', () => {
    expect([spoken(3), spoken(-2.805118086952745), spoken(181.6165), spoken(0.073852), spoken(-0), spoken(-5.12)])
      .toEqual(['3', '−2.81', '182', '0.0739', '0', '−5.12']);
  });

  it('Himmelblau: four minima of equal height, four saddles and one maximum, where REFERENCE.md puts them', () => {
    const text = describeLandscape(surface('himmelblau'));
    expect(text).toMatch(/^Himmelblau, over x from −5 to 5 and y from −5 to 5\. /);
    expect(text).toContain('It has four minima of equal height (f = 0): ');
    for (const p of HIMMELBLAU_MINIMA) expect(text).toContain(p);
    expect(text).toContain('Four saddle points: ');
    for (const p of HIMMELBLAU_SADDLES) expect(text).toContain(p);
    // Saddle heights from REFERENCE.md: 13.312, 67.719, 104.0152, 178.337.
    for (const f of ['13.3', '67.7', '104', '178']) expect(text).toContain(`f = ${f}`);
    expect(text).toContain('One maximum: X1 at (−0.271, −0.923) with f = 182.');
  });

  it('names the global and the local minima apart when their heights differ (six-hump camel, Styblinski–Tang, McCormick)', () => {
    const camel = describeLandscape(surface('six-hump-camel'));
    expect(camel).toMatch(/at \(0\.0898, −0\.713\) with f = −1\.03 \(global\)/);
    expect(camel).toMatch(/at \(−0\.0898, 0\.713\) with f = −1\.03 \(global\)/);
    expect(camel).toMatch(/at \(1\.7, −0\.796\) with f = −0\.215 \(local\)/);
    const st = describeLandscape(surface('styblinski-tang'));
    expect(st).toMatch(/at \(−2\.9, −2\.9\) with f = −78\.3 \(global\)/);
    expect(st).toMatch(/at \(2\.75, 2\.75\) with f = −50\.1 \(local\)/);
    expect(st).toMatch(/at \(−2\.9, 2\.75\) with f = −64\.2 \(local\)/);
    const mc = describeLandscape(surface('mccormick'));
    expect(mc).toMatch(/It has two minima: M1 at \(−0\.547, −1\.55\) with f = −1\.91 \(global\); M2 at \(2\.59, 1\.59\) with f = 1\.23 \(local\)\./);
  });

  it('one minimum, a lone saddle, and a count for a surface with many minima', () => {
    expect(describeLandscape(surface('rosenbrock'))).toBe('Rosenbrock, over x from −2 to 2 and y from −1 to 3. It has one minimum: M1 at (1, 1) with f = 0.');
    expect(describeLandscape(surface('saddle'))).toMatch(/It has one saddle point: S1 at \(0, 0\) with f = 0\.$/);
    const rastrigin = describeLandscape(surface('rastrigin'));
    expect(rastrigin).toContain('It has 121 minima: M1 at (0, 0) with f = 0 (global); ');
    expect(rastrigin).toContain('(0.995, 0) with f = 0.995 (local)');
    // Six named and the rest counted: 121 − 6.
    expect(rastrigin).toMatch(/; and 115 more, with f from [\d.]+ to [\d.]+\.$/);
  });

  it('says so when no critical point is known, with the surface\'s own reason', () => {
    const bare: Surface = { ...surface('bowl'), name: 'Your formula', critical: [], criticalNote: 'No critical point was found in the view.' };
    expect(describeLandscape(bare)).toBe('Your formula, over x from −12 to 12 and y from −12 to 12. No minimum, saddle point or maximum is known in this view. No critical point was found in the view.');
  });
});
