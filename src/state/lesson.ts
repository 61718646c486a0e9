// A lesson: the title a class sees over the landscape and the controls a teacher hides from students.
// Both are part of the scenario and the link. The hideable controls are described once, here: the Share
// dialog's checkboxes, the link codec and the <Hideable> wrappers all read this list.

/** Every control a lesson link can hide, in the order the Share dialog lists them; `label` is the control's own name. */
export const HIDEABLE_CONTROLS = [
  { id: 'surface', label: 'Surface' },
  { id: 'formula', label: 'Formula' },
  { id: 'optimizer', label: 'Optimizer' },
  { id: 'lr', label: 'Learning rate' },
  { id: 'basins', label: 'Basin colouring' },
  { id: 'more', label: 'More settings' },
  { id: 'compare', label: 'Compare' },
  { id: 'swarm', label: 'Swarm' },
  { id: 'playback', label: 'Playback' },
  { id: 'readouts', label: 'Paths and readouts' },
] as const;

/** The id of a hideable control; also its name in the link (hide=surface,lr). */
export type HideableControl = (typeof HIDEABLE_CONTROLS)[number]['id'];

const IDS: readonly string[] = HIDEABLE_CONTROLS.map((c) => c.id);
export const isHideableControl = (v: string): v is HideableControl => IDS.includes(v);

export interface Lesson {
  /** Shown as a heading over the landscape; plain text ('' for none). */
  readonly title: string;
  /** Controls not rendered for students, in HIDEABLE_CONTROLS order, no repeats. */
  readonly hidden: readonly HideableControl[];
}

export const NO_LESSON: Lesson = { title: '', hidden: [] };

/** Longest lesson title, in characters (code points): a heading that fits two lines on a phone. */
export const TITLE_MAX = 120;

/** Bidirectional overrides and isolates: invisible, and able to make a title read backwards. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;

/** What cleaning a title changed, so a link reader can say so. */
export interface CleanTitle {
  readonly title: string;
  readonly stripped: boolean;
  readonly shortened: boolean;
}

/**
 * Title text made safe to show: line breaks and tabs become spaces, other control characters and bidi
 * overrides are removed, and at most TITLE_MAX characters are kept (never splitting a character). Pure.
 */
export function cleanTitle(raw: string): CleanTitle {
  const spaced = raw.replace(/[\t\n\v\f\r\u0085\u2028\u2029]/gu, ' ');
  const clean = spaced.replace(/\p{Cc}/gu, '').replace(BIDI_CONTROLS, '');
  const chars = Array.from(clean);
  const shortened = chars.length > TITLE_MAX;
  return { title: shortened ? chars.slice(0, TITLE_MAX).join('') : clean, stripped: clean !== spaced, shortened };
}

/** The hidden set in canonical order without repeats. Pure. */
export function canonicalHidden(ids: Iterable<HideableControl>): HideableControl[] {
  const set = new Set(ids);
  return HIDEABLE_CONTROLS.map((c) => c.id).filter((id) => set.has(id));
}

/** `hidden` with `id` added (hide = true) or removed. Pure. */
export function withHidden(hidden: readonly HideableControl[], id: HideableControl, hide: boolean): HideableControl[] {
  return canonicalHidden(hide ? [...hidden, id] : hidden.filter((h) => h !== id));
}
