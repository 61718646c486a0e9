// The timeline slider "Iteration", shared by every view: 0 to the last iteration any path has computed.
// Uncontrolled: a move writes simulation.cursor (no store write, but the one pause when a drag starts during
// play); the thumb, the range and the readout follow the simulation from the frame loop (throttled like every
// readout), only when they change.
import { useEffect, useId, useRef } from 'react';
import { showIteration } from '../state/actions';
import { simulation } from '../state/simulation';
import { lastComputed } from '../state/timeline';
import { formatCount } from './format';
import { addThrottledAfterEffect } from './throttledAfterEffect';
import './timeline.css';

export function Timeline() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const out = useRef<HTMLOutputElement>(null);

  useEffect(() => {
    let shownMax = -1, shownValue = -1, shownLive: boolean | null = null;
    const write = (): void => {
      const el = input.current, o = out.current;
      if (!el || !o) return;
      const max = lastComputed(simulation), live = simulation.cursor === null;
      const value = live ? max : Math.min(simulation.cursor!, max);
      if (max === shownMax && value === shownValue && live === shownLive) return;
      // The range first, so the browser does not clamp the new value to the old maximum.
      if (max !== shownMax) el.max = String(max);
      el.value = String(value);
      const text = `${formatCount(value)} of ${formatCount(max)}`;
      el.setAttribute('aria-valuetext', live ? `${text}, the latest` : text);
      o.textContent = live ? `${text} · latest` : text;
      shownMax = max; shownValue = value; shownLive = live;
    };
    write();
    // Like every readout, at most 5 times a second: while dragging, the browser moves the thumb itself.
    return addThrottledAfterEffect(write);
  }, []);

  return (
    <div className="timeline">
      <div className="timeline-head">
        <label htmlFor={id} className="sub">Iteration</label>
        <output ref={out} className="value" htmlFor={id} />
      </div>
      {/* The whole panel's width: scrubbing thousands of iterations needs a long track. */}
      <input id={id} ref={input} type="range" min={0} max={0} step={1} defaultValue={0}
        aria-keyshortcuts="ArrowLeft ArrowRight"
        onChange={(e) => showIteration(Number(e.currentTarget.value))} />
    </div>
  );
}
