// Messages between the app and the basin-map worker.
import type { RunSettings } from '../core/descent/settings';
import type { SurfaceSpec } from '../core/surfaces/spec';

export interface BasinRequest {
  readonly type: 'compute';
  /** Increases with every request; a newer one cancels the older. */
  readonly id: number;
  readonly spec: SurfaceSpec;
  readonly settings: RunSettings;
  readonly grid: number;
}

export type BasinReply =
  | { readonly type: 'progress'; readonly id: number; readonly fraction: number }
  | { readonly type: 'done'; readonly id: number; readonly labels: Int16Array; readonly grid: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
