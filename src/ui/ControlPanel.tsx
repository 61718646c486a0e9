// The side panel: surface, learning rate, optimizer, playback, view and teaching switches.
import { useRef } from 'react';
import { ApplyTo } from './ApplyTo';
import { BasinControls } from './BasinControls';
import { ComparePanel } from './compare/ComparePanel';
import { DataLossPanel } from './regression/DataLossPanel';
import { FormulaBox } from './FormulaBox';
import { LandscapeDescription } from './access/LandscapeDescription';
import { SoundSwitch } from './access/SoundSwitch';
import { LearningRate } from './LearningRate';
import { OptimizerControls } from './OptimizerControls';
import { Playback } from './Playback';
import { PredictControls } from './predict/PredictControls';
import { SurfacePicker } from './SurfacePicker';
import { TeachingSwitches } from './TeachingSwitches';
import { ViewControls } from './ViewControls';
import { Hideable } from './share/Hideable';

export function ControlPanel() {
  const formula = useRef<HTMLInputElement>(null);
  return (
    <div className="panel-body">
      <Hideable control="playback"><section aria-labelledby="cp-play"><h2 id="cp-play">Playback</h2><Playback /></section></Hideable>
      <section aria-labelledby="cp-predict"><h2 id="cp-predict">Predict</h2><PredictControls /></section>
      <Hideable control={['surface', 'formula']}><section aria-labelledby="cp-surface">
        <h2 id="cp-surface">Landscape</h2>
        <Hideable control="surface"><SurfacePicker onChooseFormula={() => formula.current?.focus()} /></Hideable>
        <Hideable control="formula"><FormulaBox ref={formula} /></Hideable>
        <LandscapeDescription />
      </section></Hideable>
      <Hideable control={['lr', 'optimizer']}><section aria-labelledby="cp-opt">
        <h2 id="cp-opt">Descent</h2>
        <ApplyTo />
        <Hideable control="lr"><LearningRate /></Hideable>
        <Hideable control="optimizer"><OptimizerControls /></Hideable>
      </section></Hideable>
      <DataLossPanel />
      <Hideable control="compare"><ComparePanel /></Hideable>
      <Hideable control="more"><details>
        <summary>More: ascent, schedules, limits, batches</summary>
        <TeachingSwitches />
      </details></Hideable>
      <section aria-labelledby="cp-view"><h2 id="cp-view">View</h2><ViewControls /><Hideable control="basins"><BasinControls /></Hideable><SoundSwitch /></section>
    </div>
  );
}
