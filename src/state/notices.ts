// Notices: short sentences that tell a person what an edit or a link did. Written only by actions.
import { useDownhill, type Notice } from './store';

let noticeId = 1;

export function pushNotice(text: string, tone: Notice['tone'] = 'info'): void {
  const { notices } = useDownhill.getState();
  useDownhill.setState({ notices: [...notices, { id: noticeId++, text, tone }] });
}

export function dismissNotice(id: number): void {
  useDownhill.setState({ notices: useDownhill.getState().notices.filter((n) => n.id !== id) });
}

/** "B", "B and D", "B, D and F", "B, D, F and 7 more paths". Pure. */
export function listLabels(labels: readonly string[]): string {
  const shown = labels.length > 4 ? labels.slice(0, 3) : labels.slice(0, -1);
  const last = labels.length > 4 ? `${labels.length - 3} more paths` : labels.at(-1) ?? '';
  return shown.length === 0 ? last : `${shown.join(', ')} and ${last}`;
}
