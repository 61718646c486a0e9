// The lesson's title over the landscape, as plain text (never HTML), also naming the browser tab.
import { useEffect } from 'react';
import { useDownhill } from '../../state/store';
import './share.css';

const APP_NAME = 'Downhill';
/** The page's own title (index.html), restored when the lesson has none. */
const PAGE_TITLE = document.title;

export function LessonTitle({ level = 2 }: { level?: 1 | 2 }) {
  const title = useDownhill((s) => s.scenario.lesson.title.trim());
  useEffect(() => {
    document.title = title === '' ? PAGE_TITLE : `${title} · ${APP_NAME}`;
  }, [title]);
  if (title === '') return null;
  const Heading = level === 1 ? 'h1' : 'h2';
  return <Heading className="lesson-title">{title}</Heading>;
}
