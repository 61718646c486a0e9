// Wraps a control a lesson link can hide: a hidden control is not rendered at all (absent from the DOM and
// the accessibility tree), until "Show all controls". With several ids, it hides only when all are hidden
// (a section whose every control is hidden goes with them).
import type { ReactNode } from 'react';
import type { HideableControl } from '../../state/lesson';
import { useDownhill } from '../../state/store';

export function Hideable({ control, children }: { control: HideableControl | readonly HideableControl[]; children: ReactNode }) {
  const hidden = useDownhill((s) => {
    if (s.showAllControls) return false;
    const h = s.scenario.lesson.hidden;
    return typeof control === 'string' ? h.includes(control) : control.every((c) => h.includes(c));
  });
  return hidden ? null : <>{children}</>;
}
