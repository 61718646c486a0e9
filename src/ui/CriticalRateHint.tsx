// The hint under the learning-rate slider: the largest η for which plain descent (or ascent) is locally
// stable, at the minimum that limits it most, with every minimum's rate on request.
import { useMemo } from 'react';
import { criticalAscentRate, minimaCriticalRates, smallestCriticalRate } from '../core/descent/insight';
import { surfaceFor } from '../state/currentSurface';
import type { Surface } from '../core/types';
import { useDownhill } from '../state/store';
import { showValue } from './logScale';

/** What the hint says, and each minimum's rate (label, text) for the disclosure list. */
export interface RateHint {
  readonly text: string;
  readonly each: readonly { readonly label: string; readonly rate: string }[];
}

/** v rounded down to 3 significant digits: a "stable below" bound never rounds up past the true limit. Pure. */
export function roundDown3(v: number): number {
  const c = Number(v.toPrecision(3));
  return c <= v ? c : Number((c - 10 ** (Math.floor(Math.log10(v)) - 2)).toPrecision(3));
}

const below = (v: number): string => showValue(roundDown3(v));
/** Minima listed by name in the disclosure (Rastrigin has 121). */
const LISTED = 16;
const FALLBACK = 'Too large overshoots or diverges; too small crawls.';
const CONE = 'is a cone point: the curvature there is infinite, so no learning rate is stable right at it; paths circle it.';
const CORNER = 'is a corner: the slope changes abruptly there, so no learning rate is stable right at it; paths zigzag across it.';
const NO_RATE = { cone: 'none (cone point)', corner: 'none (corner)', flat: 'none (flat)' } as const;

/** The hint for a surface, under descent or ascent. Pure. */
export function criticalRateHint(surface: Surface, ascent: boolean): RateHint {
  if (ascent) {
    const top = surface.critical.filter((c) => c.kind === 'max').sort((a, b) => b.f - a.f)[0];
    const rate = top ? criticalAscentRate(surface, top.x, top.y) : null;
    return rate === null || !top ? { text: FALLBACK, each: [] }
      : { text: `Plain ascent is stable near the maximum ${top.label ?? ''} for η below ${below(rate)} (2/|λ_min|).`, each: [] };
  }
  const rates = minimaCriticalRates(surface);
  const each = rates.map((r) => ({ label: r.point.label ?? '', rate: r.rate !== null ? below(r.rate) : NO_RATE[r.reason ?? 'flat'] }));
  const listed = rates.length > 1 ? each : [];
  const cone = rates.find((r) => r.reason === 'cone' || r.reason === 'corner');
  const best = smallestCriticalRate(rates);
  const sentences: string[] = [];
  if (cone) sentences.push(`${rates.length === 1 ? `${surface.name}'s minimum` : `The minimum ${cone.point.label ?? ''}`} ${cone.reason === 'cone' ? CONE : CORNER}`);
  if (best) {
    const where = rates.length === 1 ? minimumName(best.point.label) : 'each minimum';
    const which = rates.length === 1 ? '2/λ_max' : `2/λ_max at ${best.point.label ?? ''}, the sharpest`;
    sentences.push(`${cone ? 'Elsewhere, plain' : 'Plain'} descent is stable near ${where} for η below ${below(best.rate)} (${which}).`);
  }
  if (sentences.length === 0) sentences.push(rates.length > 0 ? 'No curvature bounds η at the known minima: the surface is flat there to second order.' : FALLBACK);
  return { text: sentences.join(' '), each: listed };
}

/** Shows the limiting minimum's critical rate, and each minimum's in a small disclosure list. */
export function CriticalRateHint({ id }: { id: string }) {
  const spec = useDownhill((s) => s.scenario.surface);
  const ascent = useDownhill((s) => s.scenario.ascent);
  const hint = useMemo(() => {
    const r = surfaceFor(spec);
    return r.ok ? criticalRateHint(r.surface, ascent) : { text: FALLBACK, each: [] };
  }, [spec, ascent]);
  return (
    <div id={id} aria-live="polite">
      <p className="hint">{hint.text}</p>
      {hint.each.length > 0 && (
        <details className="hint">
          <summary>Critical η at each minimum</summary>
          {hint.each.slice(0, LISTED).map((e) => `${e.label} ${e.rate}`).join(' · ')}
          {hint.each.length > LISTED ? ` · and ${hint.each.length - LISTED} more` : ''}
        </details>
      )}
    </div>
  );
}

/** "the minimum M1", or for a minimum named in words (a regression cost's "best fit") just "the best fit". Pure. */
function minimumName(label: string | undefined): string {
  if (label === undefined || label === '') return 'the minimum';
  return /^[A-Z]\d+$/.test(label) ? `the minimum ${label}` : `the ${label}`;
}
