// Projector mode reaches the page's root: rem sizes (app.css) grow with html's font size, so the class goes on
// <html> too, before paint, and comes off when the mode ends or the app unmounts.
import { useLayoutEffect } from 'react';
import { useDownhill } from '../../state/store';
import './projector.css';

/** Whether projector mode is on; keeps html.projector in step with it. */
export function useProjectorPage(): boolean {
  const on = useDownhill((s) => s.scenario.projector);
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('projector', on);
    return () => document.documentElement.classList.remove('projector');
  }, [on]);
  return on;
}
