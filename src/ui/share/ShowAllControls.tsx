// The one action that brings back every control a lesson link hides (this page only; the link is unchanged).
import { showAllControls } from '../../state/actions';
import { useDownhill } from '../../state/store';
import './share.css';

export function ShowAllControls() {
  const some = useDownhill((s) => !s.showAllControls && s.scenario.lesson.hidden.length > 0);
  if (!some) return null;
  return (
    <div className="show-all">
      <button type="button" onClick={showAllControls}>Show all controls</button>
    </div>
  );
}
