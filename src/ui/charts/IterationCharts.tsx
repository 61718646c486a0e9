// The two linked charts, cost and gradient norm by iteration, for the readouts area; ?debug exposes their series.
import { useEffect } from 'react';
import { chartSeries } from './chartDebug';
import { IterationChart } from './IterationChart';
import './charts.css';

export function IterationCharts() {
  useEffect(() => {
    // main.tsx creates window.__downhill under ?debug; the charts add a reader of what they drew.
    const dbg = (window as unknown as { __downhill?: Record<string, unknown> }).__downhill;
    if (dbg !== undefined) dbg.charts = chartSeries;
  }, []);
  return (
    <div className="ic-pair">
      <IterationChart measure="cost" title="Cost by iteration" />
      <IterationChart measure="grad" title="Gradient norm by iteration" />
    </div>
  );
}
