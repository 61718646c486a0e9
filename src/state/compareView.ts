// What the comparison tools show, apart from the scenario: whether slices and arrows are drawn, and the
// explanation of the last fan or optimizer comparison. Written by compareActions.ts only, at human speed.
import { create } from 'zustand';

export interface Comparison {
  /** "Learning-rate fan from A" or "Optimizers from A". */
  readonly title: string;
  /** One sentence per copy (and notes on clamped rates): what it runs and why. */
  readonly lines: readonly string[];
}

export interface CompareView {
  readonly showSlices: boolean;
  readonly comparison: Comparison | null;
}

export const createCompareView = (): CompareView => ({ showSlices: false, comparison: null });

export const useCompareView = create<CompareView>()(createCompareView);
