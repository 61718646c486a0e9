// The exports of the scene as it stands, read from the live simulation: PNG, CSV and Python. Loaded with
// import() when a person first exports, so none of it weighs on the first screen.
import { pathColor } from '../../state/palette';
import { outcomeShort, statusAt } from '../../state/outcomeText';
import { startLabel } from '../../state/scenario';
import { simulation } from '../../state/simulation';
import { shownIndex } from '../../state/timeline';
import { csvBlob, type CsvPath } from './csvRows';
import { downloadBlob, nextTask } from './download';
import { viewPng, type LegendRow } from './pngImage';
import { pythonScript } from './pythonScript';

/** The legend: each path as the views show it now (the timeline's iteration). */
function legendRows(): LegendRow[] {
  return simulation.paths.map((p) => {
    const k = shownIndex(simulation, p);
    return {
      label: startLabel(p.index), color: pathColor(p.index), x0: p.x0, y0: p.y0, lr: p.run.settings.lr,
      optimizer: p.run.settings.optimizer.kind, outcome: k >= p.run.count - 1 && p.run.status !== 'running' ? outcomeShort(p.run) : statusAt(p.run, k),
    };
  });
}

/** Downloads the shown views as a PNG at scale 1 or 2 with title and legend. Resolves false when nothing could be captured. */
export async function exportPng(scale: 1 | 2, title: string): Promise<boolean> {
  const blob = await viewPng(scale, title, legendRows());
  if (blob === null) return false;
  downloadBlob(blob, scale === 1 ? 'downhill-view.png' : 'downhill-view@2x.png');
  return true;
}

/** Every path's points up to the iteration the views show (the table's iterates), fixed as the export begins. */
export function csvPaths(): CsvPath[] {
  return simulation.paths.map((p) => ({
    label: startLabel(p.index), traj: p.run.traj, count: p.run.traj === null ? 0 : shownIndex(simulation, p) + 1,
    lr: p.run.settings.lr, schedule: p.run.settings.schedule,
  }));
}

/** Downloads the CSV, written in slices with the page free between them; onProgress(done, total) after each. */
export async function exportCsv(onProgress: (done: number, total: number) => void): Promise<number> {
  const paths = csvPaths();
  const blob = await csvBlob(paths, onProgress, nextTask, () => performance.now());
  downloadBlob(blob, 'downhill-paths.csv');
  return paths.length;
}

/** Downloads the Python script that reproduces every path (or says why it cannot). False with no surface. */
export function exportPython(title: string): boolean {
  const { spec, surface } = simulation;
  if (spec === null || surface === null) return false;
  const paths = simulation.paths.map((p) => ({ label: startLabel(p.index), x0: p.x0, y0: p.y0, settings: p.run.settings }));
  const text = pythonScript({ title, spec, domain: surface.domain, paths });
  downloadBlob(new Blob([text], { type: 'text/x-python' }), 'downhill_paths.py');
  return true;
}
