// "Load CSV": a file input read by the same parser as "Paste data", with progress while a big file reads.
import { useId, useState } from 'react';
import { applyDataText, type DataOutcome } from './useData';
import { DataProblems } from './DataProblems';

/** Largest file read (10,000 rows of long numbers fit well within it). */
const MAX_BYTES = 5 * 1024 * 1024;

/** The text of a file, reporting progress (0…1) as it reads. */
function readText(file: File, progress: (p: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onprogress = (e) => { if (e.lengthComputable) progress(e.loaded / e.total); };
    r.onload = () => resolve(typeof r.result === 'string' ? r.result : '');
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsText(file);
  });
}

export function LoadCsv() {
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<DataOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async (file: File | undefined) => {
    if (file === undefined) return;
    setOutcome(null); setError(null);
    if (file.size > MAX_BYTES) { setError(`${file.name} is larger than 5 MB; the data did not change.`); return; }
    setProgress(0);
    try {
      const text = await readText(file, setProgress);
      setOutcome(await applyDataText(text, file.name.slice(0, 80)));
    } catch {
      setError(`${file.name} could not be read; the data did not change.`);
    } finally {
      setProgress(null);
    }
  };
  return (
    <>
      <label className="file-label">
        Load CSV
        <input id={id} type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          onChange={(e) => { void load(e.target.files?.[0]); e.target.value = ''; }} />
      </label>
      <div className="data-status" role="status">
        {progress !== null && <progress value={progress} max={1} aria-label="Reading the file" />}
        {error ?? outcome?.summary ?? ''}
      </div>
      {outcome && <DataProblems problems={outcome.problems} />}
    </>
  );
}
