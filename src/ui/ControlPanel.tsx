// The side panel: surface, learning rate, optimizer, playback, view and teaching switches.
import { useRef } from 'react';
import { ApplyTo } from './ApplyTo';
import { BasinControls } from './BasinControls';
import { ComparePanel } from './compare/ComparePanel';
import { DataLossPanel } from './regression/DataLossPanel';
import { FormulaBox } from './FormulaBox';
import { LearningRate } from './LearningRate';
import { OptimizerControls } from './OptimizerControls';
import { Playback } from './Playback';
import { SurfacePicker } from './SurfacePicker';
import { TeachingSwitches } from './TeachingSwitches';
import { ViewControls } from './ViewControls';

export function ControlPanel() {
  const formula = useRef<HTMLInputElement>(null);
  return (
    <div className="panel-body">
      <section aria-labelledby="cp-play"><h2 id="cp-play">Playback</h2><Playback /></section>
      <section aria-labelledby="cp-surface">
        <h2 id="cp-surface">Landscape</h2>
        <SurfacePicker onChooseFormula={() => formula.current?.focus()} />
        <FormulaBox ref={formula} />
      </section>
      <section aria-labelledby="cp-opt">
        <h2 id="cp-opt">Descent</h2>
        <ApplyTo />
        <LearningRate />
        <OptimizerControls />
      </section>
      <DataLossPanel />
      <ComparePanel />
      <details>
        <summary>More: ascent, schedules, limits, batches</summary>
        <TeachingSwitches />
      </details>
      <section aria-labelledby="cp-view"><h2 id="cp-view">View</h2><ViewControls /><BasinControls /></section>
    </div>
  );
}
