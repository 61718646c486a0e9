// Notices (a link that could not be read, a refused action): visible, announced, dismissible.
import { dismissNotice } from '../state/actions';
import { useDownhill } from '../state/store';

export function Notices() {
  const notices = useDownhill((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`}>
          <span>{n.text}</span>
          <button type="button" aria-label="Dismiss notice" onClick={() => dismissNotice(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
