// The page: the 3D lab in the middle, controls at the side, live readouts below.
import { Lab } from './scene/Lab';
import { useRef } from 'react';
import { BasinDriver } from './ui/BasinDriver';
import { ControlPanel } from './ui/ControlPanel';
import { DataViewSlot } from './ui/dataview/DataViewSlot';
import { GraphicsLostNotice } from './ui/GraphicsLostNotice';
import { IterationCharts } from './ui/charts/IterationCharts';
import { Notices } from './ui/Notices';
import { PathTable } from './ui/PathTable';
import { ShareButton } from './ui/ShareButton';
import { SlicePlot } from './ui/slices/SlicePlot';
import { Outcomes } from './ui/swarm/Outcomes';
import { UpdateRule } from './ui/UpdateRule';
import { useKeyboardShortcuts } from './ui/useKeyboardShortcuts';
import { ViewPicker } from './ui/ViewPicker';
import { useDownhill } from './state/store';

export function App({ debug = false, lite = false, fixedFps }: { debug?: boolean; lite?: boolean; fixedFps?: number }) {
  useKeyboardShortcuts();
  const view = useRef<HTMLDivElement>(null);
  const mode = useDownhill((s) => s.scenario.view);
  return (
    <div className={`app view-${mode}`}>
      <BasinDriver />
      <header className="topbar">
        <h1>Downhill</h1>
        <p className="tagline">Watch gradient descent find its way down a cost surface. Click the surface to drop a start; drag a pin to move it.</p>
        <ShareButton />
      </header>
      <main className="stage">
        <div ref={view} className="canvas-wrap" role="application" aria-describedby="lab-help"
          aria-label={mode === 'map' ? 'Map of the cost landscape with descent paths' : '3D cost landscape with descent paths'}>
          <Lab debug={debug} lite={lite} fixedFps={fixedFps} />
          <p id="lab-help" className="lab-help">
            {mode !== 'map' && <>
              <span className="help-mouse">Drag: orbit · scroll: zoom · right-drag: pan · click the surface: add a start · drag a pin: move it ·
              Space: play/pause · ←/→: step back/forward · R: reset (not while typing; arrows move a focused slider)</span>
              <span className="help-touch">Drag: orbit · pinch: zoom · two-finger drag: pan · tap the surface: add a start · drag a pin: move it</span>
            </>}
            {mode !== '3d' && <span className="help-map">Map: click to add a start · drag a pin to move it · hover: x, y, f and the gradient ∇f (violet arrow, pointing uphill; descent steps go the other way)</span>}
          </p>
        </div>
        <DataViewSlot />
        <ViewPicker />
        <Notices />
        <GraphicsLostNotice view={view} />
      </main>
      <aside className="controls" aria-label="Controls">
        <ControlPanel />
      </aside>
      <section className="readouts" aria-label="Paths and readouts">
        <PathTable />
        <div className="readouts-side">
          <IterationCharts />
          {/* One column beside the charts on wide screens, below them on others (charts.css). */}
          <div className="readouts-rest">
            <Outcomes />
            <SlicePlot />
            <UpdateRule />
          </div>
        </div>
      </section>
    </div>
  );
}
