// The zustand store: what a person edits, at human speed. Actions live at module level (zustand's
// "no store actions" pattern); each edit replaces the scenario object.
import { create } from 'zustand';
import { createDefaultScenario, type Scenario } from './scenario';

export type ApplyTo = 'all' | 'selected';

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'warning';
}

/** How a path ended, written once when it flips (never per frame). */
export interface Outcome {
  readonly status: 'converged' | 'diverged' | 'max-steps';
  readonly text: string;
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
  };
}

export const useDownhill = create<DownhillState>()(() => createInitialState());
