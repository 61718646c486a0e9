// The swarm's panel: "Add starts" and the Outcomes tally beneath it.
import { Outcomes } from './Outcomes';
import { SwarmControls } from './SwarmControls';
import './swarm.css';

export function SwarmPanel() {
  return (
    <div className="sw" role="group" aria-label="Swarm">
      <SwarmControls />
      <Outcomes />
    </div>
  );
}
