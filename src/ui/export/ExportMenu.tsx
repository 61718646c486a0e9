// "More exports": a disclosure button that shows the export group (PNG at 1× and 2×, CSV, Python) beside
// Export JSON. Plain buttons, so keyboard and touch work alike; the exporters load on first use.
import { useId, useRef, useState } from 'react';
import './export.css';

type Job = 'png' | 'png2' | 'csv' | 'python';

/** title: the lesson title drawn on the PNG and printed by the script ('' for none). */
export function ExportMenu({ disabled, title }: { disabled: boolean; title: string }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<Job | null>(null);
  const [note, setNote] = useState('');
  const progress = useRef<HTMLProgressElement>(null);
  const id = useId();

  const run = (job: Job) => {
    setBusy(job);
    setNote('');
    void import('./sceneExports').then(async (m) => {
      switch (job) {
        case 'png': case 'png2': {
          const ok = await m.exportPng(job === 'png' ? 1 : 2, title);
          setNote(ok ? 'PNG saved.' : 'There is no view to capture.');
          break;
        }
        case 'csv': {
          // Progress is written to the element directly: one React update per slice would be one per frame.
          await m.exportCsv((done, total) => { const p = progress.current; if (p) { p.max = Math.max(1, total); p.value = done; } });
          setNote('CSV saved.');
          break;
        }
        case 'python': setNote(m.exportPython(title) ? 'Python script saved.' : 'There is no surface to export.'); break;
        default: { const never: never = job; return never; }
      }
    }).catch((e: unknown) => setNote(`Export failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setBusy(null));
  };

  return (
    <>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>More exports</button>
      {open && (
        <div id={id} role="group" aria-label="Export" className="export-group">
          <button type="button" onClick={() => run('png')} disabled={busy !== null}>Export PNG</button>
          <button type="button" onClick={() => run('png2')} disabled={busy !== null}>Export PNG at 2×</button>
          <button type="button" onClick={() => run('csv')} disabled={disabled || busy !== null}
            title="One row per iterate: path, iteration, x, y, f, grad_norm, lr">Export CSV</button>
          <button type="button" onClick={() => run('python')} disabled={disabled || busy !== null}
            title="A NumPy script that reproduces every path and prints its final point">Export Python</button>
          {busy === 'csv' && <progress ref={progress} aria-label="CSV export progress" max={1} value={0} />}
          <span className="export-note" role="status">{note}</span>
        </div>
      )}
    </>
  );
}
