// The critical-rate ticks under the learning-rate slider (rateTicks.ts), each titled and named "M3: 0.0149", for
// the optimizer the slider's rate goes to (none for Adam, RMSProp, AdaGrad and Newton).
import { useMemo } from 'react';
import { scalarSettings } from '../core/descent/settingsCatalog';
import { editTarget } from '../state/actions';
import { surfaceFor } from '../state/currentSurface';
import { optimizerOf } from '../state/edits';
import { useDownhill } from '../state/store';
import { rateTicks, ticksName } from './rateTicks';
import './rateTicks.css';

export function RateTicks() {
  const spec = useDownhill((s) => s.scenario.surface);
  const ascent = useDownhill((s) => s.scenario.ascent);
  const optimizer = useDownhill((s) => optimizerOf(s.scenario, editTarget(s)));
  const ticks = useMemo(() => {
    const r = surfaceFor(spec);
    return r.ok ? rateTicks(r.surface, scalarSettings.lr, ascent, optimizer) : [];
  }, [spec, ascent, optimizer]);
  if (ticks.length === 0) return null;
  return (
    <div className="rt" role="group" aria-label={ticksName(optimizer)}>
      {ticks.map((t) => (
        <span key={t.text} className="rt-tick" role="img" aria-label={t.text} title={t.text}
          style={{ left: `calc(var(--rt-thumb) / 2 + ${t.fraction} * (100% - var(--rt-thumb)))` }} />
      ))}
    </div>
  );
}
