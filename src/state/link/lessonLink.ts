// The lesson's part of a link: title=<text> and hide=<control>,<control>. Link text is inert data: the title
// is cleaned (control characters out, length capped) and shown as text; control names are looked up in
// the list of hideable controls, and unknown ones are dropped with a notice.
import { canonicalHidden, cleanTitle, isHideableControl, NO_LESSON, TITLE_MAX, type HideableControl, type Lesson } from '../lesson';
import { shown } from './fields';

/** The lesson a link's title= and hide= values describe (absent: no title, nothing hidden). Appends notices to notes. */
export function readLesson(titleRaw: string | undefined, hideRaw: string | undefined, notes: string[]): Lesson {
  if (titleRaw === undefined && hideRaw === undefined) return NO_LESSON;
  let title = '';
  if (titleRaw !== undefined) {
    const c = cleanTitle(titleRaw);
    title = c.title.trim();
    if (c.stripped) notes.push('The link\'s lesson title had control characters; they were removed.');
    if (c.shortened) notes.push(`The link's lesson title is longer than ${TITLE_MAX} characters; shortened.`);
  }
  const hidden: HideableControl[] = [];
  const unknown: string[] = [];
  for (const name of hideRaw === undefined || hideRaw === '' ? [] : hideRaw.split(',')) {
    if (isHideableControl(name)) hidden.push(name);
    else unknown.push(name);
  }
  if (unknown.length > 0) {
    const names = unknown.slice(0, 3).map((n) => `'${shown(n)}'`).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
    notes.push(`The link asks to hide ${unknown.length === 1 ? 'a control' : 'controls'} not known here (${names}); ${unknown.length === 1 ? 'it was' : 'they were'} ignored.`);
  }
  return { title, hidden: canonicalHidden(hidden) };
}

/** The link's [key, value] pairs for a lesson: none for no lesson. Pure. */
export function lessonEntries(lesson: Lesson): [string, string][] {
  const out: [string, string][] = [];
  const title = cleanTitle(lesson.title).title.trim();
  if (title !== '') out.push(['title', title]);
  const hidden = canonicalHidden(lesson.hidden);
  if (hidden.length > 0) out.push(['hide', hidden.join(',')]);
  return out;
}
