// Keeps a basin map computed in a Web Worker while "colour by basin" is on, recomputing (debounced)
// when the surface or shared settings change. Progress goes to the store a few times a second at most.
import { useEffect } from 'react';
import { setBasinMap, setBasinProgress } from '../state/actions';
import { BASIN_GRID, basinKey, basinSettings } from '../state/basinSettings';
import { useDownhill } from '../state/store';
import type { BasinReply, BasinRequest } from '../workers/basinProtocol';

const DEBOUNCE_MS = 150;

export function BasinDriver() {
  const show = useDownhill((s) => s.showBasins);
  useEffect(() => {
    if (!show) return;
    const worker = new Worker(new URL('../workers/basinWorker.ts', import.meta.url), { type: 'module' });
    let id = 0, key = '', timer: ReturnType<typeof setTimeout> | null = null, lastProgress = 0;
    worker.onmessage = (e: MessageEvent<BasinReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') {
        const now = performance.now();
        if (now - lastProgress > 100) { lastProgress = now; setBasinProgress(m.fraction); }
      } else if (m.type === 'done') {
        setBasinMap({ grid: m.grid, labels: m.labels, key });
      } else {
        setBasinProgress(null);
      }
    };
    const request = () => {
      timer = null;
      const sc = useDownhill.getState().scenario;
      const k = basinKey(sc);
      if (k === key && useDownhill.getState().basinMap?.key === k) return;
      key = k;
      id++;
      setBasinProgress(0);
      const msg: BasinRequest = { type: 'compute', id, spec: sc.surface, settings: basinSettings(sc), grid: BASIN_GRID };
      worker.postMessage(msg);
    };
    request();
    const unsubscribe = useDownhill.subscribe((s, prev) => {
      if (s.scenario === prev.scenario || basinKey(s.scenario) === key) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(request, DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      worker.terminate();
      setBasinProgress(null);
    };
  }, [show]);
  return null;
}
