// Projector mode's palette against the page: WCAG 2 contrast computed here from the hex values (the
// formula of https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), independent of any colour library.
import { describe, expect, it } from 'vitest';
import { OKABE_ITO, PAGE_BACKGROUNDS } from '../../src/state/palette';

/** sRGB channel (0–255) to linear light, WCAG's formula. */
const linear = (c: number): number => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => linear(parseInt(h!, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('the contrast helper', () => {
  it('gives WCAG\'s known values', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 6);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('Okabe–Ito in projector mode', () => {
  it('keeps Okabe and Ito\'s seven colours in their order, white for their black', () => {
    expect([...OKABE_ITO]).toEqual(['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#ffffff']);
  });

  it('every path colour stands out from every page background at WCAG\'s 3:1 for graphics', () => {
    for (const c of OKABE_ITO) for (const bg of PAGE_BACKGROUNDS) expect(contrast(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('the colours are distinct from one another', () => {
    expect(new Set(OKABE_ITO).size).toBe(OKABE_ITO.length);
  });
});
