// Shared shapes of the engine. Maths space: parameters (x, y), cost f, z up.

/** An axis-aligned rectangle of parameter space. */
export interface Domain {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export type CriticalKind = 'min' | 'max' | 'saddle';

/** A known stationary point of a surface. `global` marks a global minimum. */
export interface CriticalPoint {
  readonly kind: CriticalKind;
  readonly x: number;
  readonly y: number;
  readonly f: number;
  readonly global?: boolean;
  /** Short label shown in the scene, e.g. "M1". */
  readonly label?: string;
}

/**
 * A draws-from-a-seed gradient estimate (mini-batch or stochastic). Writes the estimate into out[0..1];
 * consumes random numbers from rng, or with rng null reuses the batch of the previous call (the same
 * batch evaluated at another point). Does not allocate.
 */
export type SampledGradient = (x: number, y: number, out: Float64Array, rng: Rng | null) => void;

/** A cost landscape over two parameters. Every function is pure and allocation-free. */
export interface Surface {
  readonly id: string;
  readonly name: string;
  /** The formula in TeX. */
  readonly tex: string;
  /** Parameter names for the two axes: ['x', 'y'], or ['w', 'b'] for a regression cost. */
  readonly axes: readonly [string, string];
  readonly domain: Domain;
  readonly critical: readonly CriticalPoint[];
  /** f(x, y). */
  f(x: number, y: number): number;
  /** Writes ∂f/∂x, ∂f/∂y into out[0], out[1]. A finite subgradient where f is not differentiable. */
  grad(x: number, y: number, out: Float64Array): void;
  /** Writes fxx, fxy, fyy into out[0], out[1], out[2]. */
  hess(x: number, y: number, out: Float64Array): void;
  /** Present for costs built from data: a mini-batch gradient of batch size k (set by the factory). */
  readonly sampledGrad?: (batch: number) => SampledGradient | null;
  /**
   * Optional fast path for sampling many points at once (used by grid sampling): for i < n writes
   * f(xs[i], ys[i]) into fOut[i] and the gradient into gxOut[i], gyOut[i]. Mutates only the outputs.
   */
  readonly evalMany?: (
    xs: Float64Array, ys: Float64Array, n: number,
    fOut: Float64Array, gxOut: Float64Array, gyOut: Float64Array,
  ) => void;
  /** A sentence for newcomers, shown in the picker. */
  readonly blurb?: string;
  /** For a typed formula: why `critical` is empty or cut short (no critical points found…), for the UI. */
  readonly criticalNote?: string;
  /** For a typed formula: where f is undefined or infinite in the view (drawn dark red), for the UI. */
  readonly undefinedNote?: string;
  /** For a cost built from data: the data, the model and the loss, read-only (see RegressionFacts). */
  readonly regression?: RegressionFacts;
}

/** How a linear model's residuals rᵢ = w xᵢ + b − yᵢ are scored (logistic regression ignores it: cross-entropy). */
export type Loss = { readonly kind: 'mse' } | { readonly kind: 'mae' } | { readonly kind: 'huber'; readonly delta: number };
export type RegressionModel = 'linear' | 'logistic';

/** A person's own (x, y) points: xs and ys of equal length. */
export interface DataPoints {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly name?: string;
  readonly xLabel?: string;
  readonly yLabel?: string;
}

/** What a cost built from data knows about its data, for the data view. Read-only; the functions do not allocate. */
export interface RegressionFacts {
  /** The data in its own units (not standardized). */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly name: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly model: RegressionModel;
  readonly loss: Loss;
  readonly standardize: boolean;
  /** Mean and population standard deviation of xs (x′ = (x − mean)/sd when standardized). */
  readonly xMean: number;
  readonly xSd: number;
  /**
   * (w, b) in parameter space → the line in data units: out[0] = slope, out[1] = intercept (ŷ = slope·x + intercept,
   * or p = σ(slope·x + intercept) for logistic). The identity with standardize off. Mutates only out.
   */
  toDataUnits(w: number, b: number, out: Float64Array): void;
  /** The inverse: a line in data units → (w, b) in parameter space. Mutates only out. */
  fromDataUnits(slope: number, intercept: number, out: Float64Array): void;
  /** The cost's minimum in parameter space, or null where none exists (separable logistic data: see `noMinimum`). */
  readonly best: { readonly w: number; readonly b: number } | null;
  /** Why `best` is null, in a sentence (null when there is a minimum). */
  readonly noMinimum: string | null;
  /** κ = λmax/λmin of the cost's Hessian at its minimum (MSE: everywhere); null without a minimum or curvature (MAE). */
  readonly condition: number | null;
  /**
   * Writes the indices of the mini-batch a run with this seed and batch size used at iteration t (t ≥ 1) into out
   * (length ≥ m); returns how many (k; all m points for the full batch). Replays the run's generator (O(t·k)).
   */
  batchAt(seed: number, batch: number, t: number, out: Int32Array): number;
}

/** A seeded uniform generator in [0, 1). */
export interface Rng {
  next(): number;
}
