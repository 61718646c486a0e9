// Reading one value of a share link: strict numbers, ranges from the settings catalog, and notices
// that quote link text safely. Pure helpers shared by the decoder's parts.
import { inSentence, type SettingSpec } from '../../core/descent/settingsCatalog';

/** Ranges and sizes the codec enforces beyond the settings catalog. */
export const CODEC_LIMITS = {
  azimuth: { min: -2 * Math.PI, max: 2 * Math.PI },
  elevation: { min: -Math.PI / 2, max: Math.PI / 2 },
  /** Starts are kept within this many domain half-widths of the domain centre. */
  startReach: 10,
  /** Longest link text read or written: the fragment is never sent to a server, and 1,000 starts with every override at full precision (about 190,000 characters) fit. */
  linkLength: 400_000,
  /** Notices beyond this are summarised in one line. */
  notices: 12,
} as const;

/** A range with a name, as the catalog's entries and the camera's fields have. */
export type Field = Pick<SettingSpec, 'label' | 'min' | 'max' | 'integer'>;

/** A strict decimal (no hex, no blanks, no Infinity) that is a finite double, or null. Pure. */
export function parseDecimal(text: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}

/** Shortest text that reads back as the same double; keeps the sign of −0. Pure. */
export const num = (n: number): string => (Object.is(n, -0) ? '-0' : String(n));

/** A number for a notice: whole numbers as they are, others to 6 significant digits. Pure. */
export const short = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6))));

export const cap = (s: string): string => s.replace(/^[a-z]/, (c) => c.toUpperCase());

/** A value from the link made safe to quote in a notice: no control characters, at most 24 characters. Pure. */
export function shown(raw: string): string {
  const clean = raw.replace(/[\p{Cc}\p{Cf}]/gu, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/**
 * raw read as a number within f (rounded when whole, clamped, each with a notice), or null with a
 * notice ending in `instead` when it is not a number. Appends to notes.
 */
export function readField(raw: string, f: Field, notes: string[], instead: string, prefix = ''): number | null {
  const label = prefix + inSentence(f.label);
  const parsed = parseDecimal(raw);
  if (parsed === null) {
    notes.push(`The link's ${label} '${shown(raw)}' is not a number; ${instead}.`);
    return null;
  }
  let v = parsed;
  if (f.integer) {
    v = Math.round(v) + 0; // + 0 turns −0 into 0
    if (v !== parsed) notes.push(`${cap(label)} ${short(parsed)} is not a whole number; rounded to ${short(v)}.`);
  }
  if (v < f.min) { notes.push(`${cap(label)} ${short(v)} is below the minimum ${short(f.min)}; clamped.`); return f.min; }
  if (v > f.max) { notes.push(`${cap(label)} ${short(v)} is above the maximum ${short(f.max)}; clamped.`); return f.max; }
  return v;
}

/** Looks up a value by key, only for keys the codec knows (so __proto__ and friends stay inert). */
export type Get = (key: string) => string | undefined;
