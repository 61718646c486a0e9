// The lesson a link carries: its title and the controls hidden from students (state/lesson.ts).
import { cleanTitle, withHidden, type HideableControl } from '../lesson';
import { useDownhill } from '../store';
import { edit } from './editing';

/** Sets the lesson title as typed (control characters removed, capped; trimmed only in the link, so a space can be typed). */
export function setLessonTitle(text: string): void {
  const title = cleanTitle(text).title;
  if (title === useDownhill.getState().scenario.lesson.title) return;
  edit((s) => ({ ...s, lesson: { ...s.lesson, title } }));
}

/** Hides a control from students (or stops hiding it); this page shows the result at once, as a preview. */
export function setControlHidden(id: HideableControl, hide: boolean): void {
  edit((s) => ({ ...s, lesson: { ...s.lesson, hidden: withHidden(s.lesson.hidden, id, hide) } }));
  useDownhill.setState({ showAllControls: false });
}

/** "Show all controls": this page shows every control again; the link keeps hiding what it hides. */
export function showAllControls(): void {
  useDownhill.setState({ showAllControls: true });
}
