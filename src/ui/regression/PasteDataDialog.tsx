// "Paste data": a modal dialog with a text area for two columns of numbers. Good rows load at once;
// bad rows are listed by line and the text stays, so the person can fix them and use it again.
import { useEffect, useId, useRef, useState } from 'react';
import { applyDataText, type DataOutcome } from './useData';
import { DataProblems } from './DataProblems';

export function PasteDataDialog({ onClose }: { readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<DataOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const use = async () => {
    setBusy(true);
    const r = await applyDataText(text, 'Pasted data');
    setBusy(false);
    setOutcome(r);
    if (r.rows > 0 && r.problems.length === 0) ref.current?.close();
  };
  return (
    <dialog ref={ref} className="paste-data" aria-labelledby={`${id}-h`} onClose={onClose}
      // Keys stay in the dialog: the lab's Space, arrows and R must not act behind a modal.
      onKeyDown={(e) => e.stopPropagation()}>
      <h2 id={`${id}-h`}>Paste data</h2>
      <p className="hint" id={`${id}-d`}>Two columns of numbers, x then y: comma, semicolon, tab or space separated, with or without a header row. Up to 10,000 rows.</p>
      <label htmlFor={`${id}-t`}>Data</label>
      <textarea id={`${id}-t`} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-d ${id}-s`}
        spellCheck={false} placeholder={'x,y\n1,2.1\n2,3.9'} />
      <p className="data-status" id={`${id}-s`} role="status">{busy ? 'Reading…' : outcome?.summary ?? ''}</p>
      {outcome && <DataProblems problems={outcome.problems} />}
      <div className="buttons">
        <button type="button" onClick={() => ref.current?.close()}>Close</button>
        <button type="button" className="primary" onClick={() => { void use(); }} disabled={busy || text.trim() === ''}>Use this data</button>
      </div>
    </dialog>
  );
}
