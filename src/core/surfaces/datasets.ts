// Small fixed datasets for the linear-regression cost J(w, b). The numbers were drawn once from
// createRng(2024) (y = line + Gaussian noise, rounded to 2 places) and are stored literally, so they
// never change with the generator. The two class datasets are for logistic regression.
import type { RegressionModel } from '../types';

/**
 * A set of (x, y) points for fitting ŷ = w x + b (or, for a logistic dataset, p = σ(w x + b) with y ∈ {0, 1}).
 * xs and ys have equal length ≥ 2 and xs are not all equal.
 */
export interface Dataset {
  readonly id: DatasetId;
  /** The model the dataset is meant for: linear unless it says logistic. */
  readonly model?: RegressionModel;
  readonly name: string;
  readonly description: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

export type DatasetId = 'noisy-line' | 'house-prices' | 'outlier' | 'flat' | 'steep' | 'hours-studied' | 'separable';

const DATASETS: readonly Dataset[] = [
  {
    id: 'noisy-line',
    name: 'Noisy line',
    description: '30 points scattered about y = 2x + 1.',
    xLabel: 'x',
    yLabel: 'y',
    xs: [0.02, 0.24, 0.46, 0.54, 0.86, 1.14, 1.15, 1.17, 1.21, 1.79, 2.47, 2.58, 2.62, 2.67, 2.68,
      2.81, 2.82, 2.85, 3.05, 3.3, 3.49, 3.56, 3.72, 3.75, 3.83, 4.5, 4.63, 4.77, 4.79, 4.94],
    ys: [1.12, 1.22, 1.96, 2.42, 1.86, 3.02, 2.5, 3.25, 5.11, 5.43, 5.59, 7.01, 5.6, 6.57, 5.54,
      7.26, 7.77, 6.61, 6.84, 7.51, 8.09, 7.23, 9.09, 9.66, 8.07, 9.2, 11.12, 9.64, 11.1, 10.51],
  },
  {
    id: 'house-prices',
    name: 'House prices',
    description: '20 houses: price against floor area, about $150k per 1000 sq ft.',
    xLabel: 'size (1000 sq ft)',
    yLabel: 'price ($100k)',
    xs: [0.81, 0.96, 1.01, 1.2, 1.33, 1.39, 1.6, 1.93, 2.05, 2.28, 2.41, 2.41, 2.54, 2.69, 2.75,
      2.91, 3.04, 3.21, 3.38, 3.48],
    ys: [1.94, 2.1, 2.3, 2.51, 2.27, 2.68, 3.04, 3.16, 3.88, 4.52, 4.25, 4.06, 3.96, 4.13, 4.49,
      5.13, 4.93, 5.38, 5.76, 5.91],
  },
  {
    id: 'outlier',
    name: 'One outlier',
    description: '12 points close to y = 0.5x + 1 and one far above them (the last): squared error lets it tilt the whole line.',
    xLabel: 'x',
    yLabel: 'y',
    xs: [0.46, 1.07, 1.78, 2.1, 2.11, 2.26, 2.81, 2.9, 2.95, 3.25, 4.35, 4.62, 4.2],
    ys: [1.16, 1.62, 1.99, 2.15, 2.07, 2.03, 2.47, 2.46, 2.32, 2.77, 3.2, 3.33, 10],
  },
  {
    id: 'flat',
    name: 'No trend',
    description: '24 points with no trend, about y = 3: the best slope is close to zero.',
    xLabel: 'x',
    yLabel: 'y',
    xs: [0.4, 0.53, 0.62, 0.7, 0.83, 1.13, 1.39, 1.48, 2.14, 2.16, 2.31, 2.79, 2.95, 3.24, 3.48,
      3.55, 3.58, 3.7, 3.71, 3.95, 4.23, 4.48, 4.75, 4.8],
    ys: [4.4, 3.24, 3.07, 2.99, 2.96, 2.34, 2.71, 2.67, 3.42, 4, 1.99, 2.88, 3.9, 3.53, 3.38,
      3.28, 3.73, 4.82, 3.75, 3.42, 3.45, 2.87, 3.49, 2.91],
  },
  {
    id: 'steep',
    name: 'Steep decline',
    description: '20 points falling steeply, about y = −4x + 6.',
    xLabel: 'x',
    yLabel: 'y',
    xs: [0.12, 0.13, 0.17, 0.19, 0.31, 0.34, 0.41, 0.44, 0.49, 0.58, 0.71, 0.84, 0.89, 1.02, 1.37,
      1.42, 1.6, 1.64, 1.8, 1.98],
    ys: [5.65, 6.16, 5.59, 5.71, 4.03, 5.17, 4.06, 3.89, 4.43, 2.92, 3.18, 3.04, 3.13, 2.75, 0.7,
      -0.21, -0.8, -0.44, -1.23, -1.64],
  },
  {
    id: 'hours-studied',
    model: 'logistic',
    name: 'Hours studied',
    description: '20 students: hours studied against passing (1) or failing (0) the exam; the classes overlap, so the cost has a lowest point.',
    xLabel: 'hours studied',
    yLabel: 'passed',
    // The textbook example (Wikipedia's "Logistic regression"): its fit is w ≈ 1.5046, b ≈ −4.0777.
    xs: [0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 4, 4.25, 4.5, 4.75, 5, 5.5],
    ys: [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1],
  },
  {
    id: 'separable',
    model: 'logistic',
    name: 'Separable classes',
    description: '16 students: everyone who studied under 2.8 hours failed, everyone above passed. The classes are linearly separable.',
    xLabel: 'hours studied',
    yLabel: 'passed',
    xs: [0.5, 0.8, 1.1, 1.4, 1.7, 2, 2.3, 2.6, 3, 3.3, 3.6, 3.9, 4.2, 4.5, 4.8, 5.1],
    ys: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
  },
];

/** Every dataset id, in picker order. */
export const datasetIds: readonly DatasetId[] = DATASETS.map((d) => d.id);

/** True when s names a dataset (for parsing URLs and user input). Pure. */
export function isDatasetId(s: string): s is DatasetId {
  return DATASETS.some((d) => d.id === s);
}

/** The dataset with this id. Pure; the returned object is shared and must not be mutated. */
export function getDataset(id: DatasetId): Dataset {
  const found = DATASETS.find((d) => d.id === id);
  if (found === undefined) throw new Error(`unknown dataset: ${id}`);
  return found;
}
