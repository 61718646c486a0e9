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
import { Hideable } from './ui/share/Hideable';
import { LessonTitle } from './ui/share/LessonTitle';
import { OpenInDownhill } from './ui/share/OpenInDownhill';
import { ShowAllControls } from './ui/share/ShowAllControls';
import { SlicePlot } from './ui/slices/SlicePlot';
import { Outcomes } from './ui/swarm/Outcomes';
import { UpdateRule } from './ui/UpdateRule';
import { useKeyboardShortcuts } from './ui/useKeyboardShortcuts';
import { ViewPicker } from './ui/ViewPicker';
import { useDownhill } from './state/store';
import { useProjectorPage } from './ui/projector/useProjectorPage';
import { useReducedMotionStart } from './ui/projector/useReducedMotionStart';

export function App({ debug = false, lite = false, fixedFps, embed = false }: { debug?: boolean; lite?: boolean; fixedFps?: number; embed?: boolean }) {
  useKeyboardShortcuts();
  const view = useRef<HTMLDivElement>(null);
  const mode = useDownhill((s) => s.scenario.view);
  const projector = useProjectorPage();
  useReducedMotionStart();
  return (
    <div className={`app view-${mode}${embed ? ' embed' : ''}${projector ? ' projector' : ''}`}>
      <BasinDriver />
      {/* An embed (?embed=1) has no page chrome; its heading stays for screen readers. */}
      {embed && <h1 className="visually-hidden">Downhill</h1>}
      {!embed && <header className="topbar">
        <h1>Downhill</h1>
        <p className="tagline">Watch gradient descent find its way down a cost surface. <span className="help-mouse">Click</span><span className="help-touch">Tap</span> the surface to drop a start; drag a pin to move it.</p>
        <ShareButton />
      </header>}
      <main className="stage">
        <LessonTitle />
        <div ref={view} className="canvas-wrap" role="application" aria-describedby="lab-help lab-description"
          aria-label={mode === 'map' ? 'Map of the cost landscape with descent paths' : '3D cost landscape with descent paths'}>
          <Lab debug={debug} lite={lite} fixedFps={fixedFps} />
          <p id="lab-help" className="lab-help">
            {mode !== 'map' && <>
              <span className="help-mouse">Drag: orbit · scroll: zoom · right-drag: pan · click the surface: add a start · drag a pin: move it ·
              Space: play/pause · ←/→: step back/forward · R: reset (not while typing; arrows move a focused slider)</span>
              <span className="help-touch">Tap the surface: add a start · drag a pin: move it · two fingers: orbit and pinch to zoom</span>
            </>}
            {mode !== '3d' && <span className="help-map"><span className="help-mouse">Map: click to add a start · drag a pin to move it · hover: x, y, f and the gradient ∇f (violet arrow, pointing uphill; descent steps go the other way)</span>
              <span className="help-touch">Map: tap to add a start and read x, y, f and the gradient ∇f there (violet arrow, pointing uphill) · drag a pin to move it</span></span>}
            <span className="help-keys">Keyboard: “Add start” (with the paths) adds a start at typed x, y; the arrow keys on a path’s Select button move its start (Shift: larger steps).</span>
          </p>
        </div>
        <DataViewSlot />
        <ViewPicker />
        <Notices />
        <GraphicsLostNotice view={view} />
        {embed && <OpenInDownhill />}
      </main>
      <aside className="controls" aria-label="Controls">
        <ShowAllControls />
        <ControlPanel />
      </aside>
      <Hideable control="readouts">
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
      </Hideable>
    </div>
  );
}
