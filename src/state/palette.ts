// Path colours: bright and saturated so they stand out on the muted landscape, even on a projector.
export const PATH_COLORS = [
  '#ff7a1a', '#19e3ff', '#ff3d9a', '#8cff2e', '#ffe135', '#b48cff', '#ffffff', '#ff4d4d',
  '#2effc4', '#ffa8e0', '#4d8dff', '#c8a165',
] as const;

/**
 * Projector mode's path colours: Okabe & Ito's colour-blind-safe set (https://jfly.uni-koeln.de/color/), in
 * their order, with white in place of their black, which would vanish on this dark page and landscape.
 */
export const OKABE_ITO = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#ffffff'] as const;

/** Backgrounds path colours are seen against: the page, the panels and the table's rows (app.css, readouts.css). */
export const PAGE_BACKGROUNDS = ['#0b1220', '#111a2b', '#17233a'] as const;

export type PaletteName = 'vivid' | 'okabeIto';
const PALETTES: Readonly<Record<PaletteName, readonly string[]>> = { vivid: PATH_COLORS, okabeIto: OKABE_ITO };

/** The palette paths are drawn in now (projector mode switches it; see projectorMode.ts), and a counter of switches. */
const current = { name: 'vivid' as PaletteName, colors: PALETTES.vivid, version: 0 };

/** Switches every path's colour to palette `name` (no-op if it is already in use). Mutates the module's palette. */
export function setPathPalette(name: PaletteName): void {
  if (current.name === name) return;
  current.name = name; current.colors = PALETTES[name]; current.version++;
}

/** The colours of the palette in use, in path order. */
export const pathColors = (): readonly string[] => current.colors;
/** Grows by one at every palette switch, so drawn colours can tell they are stale. */
export const paletteVersion = (): number => current.version;
export const paletteName = (): PaletteName => current.name;

/** The palette for the view: Okabe–Ito in projector mode. Pure. */
export const paletteFor = (projector: boolean): PaletteName => (projector ? 'okabeIto' : 'vivid');

/** Colour of the i-th path in palette `name`. Pure. */
export const paletteColor = (name: PaletteName, i: number): string => PALETTES[name][i % PALETTES[name].length] as string;

/** Colour of the i-th path in the palette in use. */
export const pathColor = (i: number): string => current.colors[i % current.colors.length] as string;

/** Height colour map from low (deep blue) to high (warm yellow), as RGB in [0, 1]. Mutates out. */
export function heightColor(t: number, out: Float32Array, o: number): void {
  // Piecewise-linear through a muted, perceptually ordered ramp: deep navy valleys to pale sand peaks.
  const stops = RAMP;
  const u = (t < 0 ? 0 : t > 1 ? 1 : t) * (stops.length / 3 - 1);
  const i = Math.min(Math.floor(u), stops.length / 3 - 2), f = u - i;
  for (let c = 0; c < 3; c++) out[o + c] = (stops[3 * i + c] as number) * (1 - f) + (stops[3 * i + 3 + c] as number) * f;
}

const RAMP = [
  0.063, 0.106, 0.251,
  0.110, 0.267, 0.420,
  0.192, 0.435, 0.482,
  0.463, 0.600, 0.486,
  0.780, 0.745, 0.580,
  0.953, 0.914, 0.800,
];

/** Basin colours: muted, one per minimum (by its index among the surface's minima). */
export const BASIN_COLORS = ['#3f7f9f', '#b9833f', '#6f9f4a', '#9a5f9f', '#4f9f8f', '#a9a04a', '#7f6fbf', '#bf6f6f'] as const;
export const BASIN_DIVERGED = '#7a1f1f';
export const BASIN_UNFINISHED = '#555b66';
