// The zustand store: what a person edits, at human speed. Actions live at module level (zustand's
// "no store actions" pattern); each edit replaces the scenario object.
import { create } from 'zustand';
import type { OutcomeGroup } from '../core/descent/tally';
import { createDefaultScenario, type Scenario } from './scenario';

export type ApplyTo = 'all' | 'selected';

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'warning';
}

/** How a path ended, written once when it flips (never per frame). */
export interface Outcome {
  readonly status: 'converged' | 'diverged' | 'max-steps' | 'stalled';
  readonly text: string;
}

/** A computed basin map: for a grid of starts, which minimum each reaches (labels as in core/basins). */
export interface BasinMap {
  readonly grid: number;
  readonly labels: Int16Array;
  /** The surface spec and settings it was computed for, as a key. */
  readonly key: string;
}

export interface DownhillState {
  readonly scenario: Scenario;
  readonly playing: boolean;
  /** Id of the selected start, or null. */
  readonly selected: number | null;
  /** Whether setting edits go to every path or only to the selected one. */
  readonly applyTo: ApplyTo;
  /** The text in the formula box, which may differ from the applied formula while typing. */
  readonly formulaDraft: string;
  readonly notices: readonly Notice[];
  /** Outcome of each finished path by start id. */
  readonly outcomes: Readonly<Record<number, Outcome>>;
  /** Bumped to ask the scene to restore the default camera. */
  readonly viewResets: number;
  /** Bumped when paths are reset to their starts. */
  readonly resets: number;
  /** Whether the landscape is coloured by basin of attraction. */
  readonly showBasins: boolean;
  /** The latest basin map, and the progress (0…1) of the one being computed, if any. */
  readonly basinMap: BasinMap | null;
  readonly basinProgress: number | null;
  /** The group of paths picked in the Outcomes tally (emphasised in the view, listed in the table), or null. */
  readonly group: OutcomeGroup | null;
  /** "Show all controls" was pressed: the lesson's hidden controls are shown here (the link still hides them). */
  readonly showAllControls: boolean;
}

/** The state of a fresh page. Pure. */
export function createInitialState(scenario: Scenario = createDefaultScenario()): DownhillState {
  return {
    scenario,
    playing: true,
    selected: null,
    applyTo: 'all',
    formulaDraft: scenario.surface.kind === 'formula' ? scenario.surface.text : '',
    notices: [],
    outcomes: {},
    viewResets: 0,
    resets: 0,
    showBasins: false,
    basinMap: null,
    basinProgress: null,
    group: null,
    showAllControls: false,
  };
}

export const useDownhill = create<DownhillState>()(() => createInitialState());
